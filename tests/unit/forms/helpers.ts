/** @module Shared helpers for the forms tests: inline HTML to a linkedom document, English. */
import { parseHTML } from 'linkedom';
import { loadCatalog } from '@/scripts/locales';
import { translatorFor } from '@/utils/i18n-catalog';

export const tEn = translatorFor(loadCatalog('en'));

export function doc(html: string): Document {
  return (
    parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
      document: Document;
    }
  ).document;
}
