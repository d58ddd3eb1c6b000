/** @module A translator over message catalogs in Chrome's `messages.json` format, for the CLI and
 * tests (Node has no `browser.i18n`), with the same `$1`…`$9` substitution rules. */
import type { Translate } from './i18n';

export interface MessageEntry {
  message: string;
  description?: string;
}
export type Catalog = Record<string, MessageEntry>;

export function translatorFor(catalog: Catalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\d)/g, (_, n: string) =>
      String(substitutions[Number(n) - 1] ?? ''),
    );
  };
}
