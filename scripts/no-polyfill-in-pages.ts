/** @module A Vite plugin: the scripts that run inside web pages (the sentinel, the engine and
 * the notice UI) get WXT's plain `browser` (`globalThis.browser` in Firefox, `chrome` in Chrome)
 * instead of `webextension-polyfill`. Both browsers we support have promise-based APIs in
 * these contexts (Chrome MV3, Firefox's own `browser`), and the polyfill's start-up, which
 * touches every `chrome.*` namespace, cost ~1 ms on every page with a field (README,
 * "Page-load cost"). Extension pages and the background keep the polyfill. */
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const PLAIN = '@wxt-dev/browser';
/** The entrypoints injected into pages. */
const IN_PAGES = /entrypoints[\\/](sentinel|engine|notices)\b/;

export function noPolyfillInPages(): Plugin {
  let inPages = false;
  return {
    name: 'heedful:no-polyfill-in-pages',
    enforce: 'pre',
    options(options) {
      // WXT builds each script entrypoint on its own (IIFE), so this is known per build.
      inPages = IN_PAGES.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    async resolveId(source, importer, options) {
      if (!inPages || source !== POLYFILL) return null;
      return this.resolve(PLAIN, importer, { ...options, skipSelf: true });
    },
  };
}
