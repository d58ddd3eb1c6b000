/** @module Merges `locales/<lang>/*.json` (one file per area, so areas never collide) into the
 * single `_locales/<lang>/messages.json` a browser reads. Used by the build and by Node code. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../utils/i18n-catalog';

export const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

export function languages(dir = LOCALES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => !name.includes('.'))
    .sort();
}

export function loadCatalog(lang: string, dir = LOCALES_DIR): Catalog {
  const catalog: Catalog = {};
  for (const file of readdirSync(join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Catalog;
    for (const [key, entry] of Object.entries(part)) {
      if (key in catalog) throw new Error(`locales/${lang}/${file}: "${key}" is defined twice`);
      catalog[key] = entry;
    }
  }
  return catalog;
}
