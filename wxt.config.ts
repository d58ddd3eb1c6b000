import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { languages, loadCatalog } from './scripts/locales';

/** Heedful's build: one codebase, Chrome MV3 and Firefox MV2 from the same entrypoints. */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      // Source maps would ship the full source twice; AMO rebuilds from the sources zip instead.
      sourcemap: false,
    },
  }),
  hooks: {
    // One `messages.json` per language, merged from `locales/<lang>/*.json`.
    'build:publicAssets': (_wxt, files) => {
      for (const lang of languages()) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(loadCatalog(lang)),
        });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `storage` for settings and progress; `activeTab` lets the popup read the current tab's
    // address only when the user opens it. No `tabs`, no `webRequest`, no `history`.
    permissions: ['storage', 'activeTab'],
    // The one host the background talks to, and only with a 5-hex SHA-1 prefix.
    host_permissions: ['https://api.pwnedpasswords.com/*'],
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed_schema.json' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'heedful@heedful.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
