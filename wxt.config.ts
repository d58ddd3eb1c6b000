import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { languages, loadCatalog } from './scripts/locales';
import { preactWithoutInnerHtml } from './scripts/preact-without-inner-html';
import { noPolyfillInPages } from './scripts/no-polyfill-in-pages';

/** Heedful's build: one codebase, Chrome MV3 and Firefox MV2 from the same entrypoints. */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml(), noPolyfillInPages()],
    resolve: {
      // See utils/content/no-auto-mount.ts: WXT's autoMount helper, never used, kept out of the
      // script every page pays for.
      alias: {
        '@1natsu/wait-element/detectors': resolve(
          import.meta.dirname,
          'utils/content/no-auto-mount.ts',
        ),
        '@1natsu/wait-element': resolve(import.meta.dirname, 'utils/content/no-auto-mount.ts'),
      },
    },
    build: {
      // Source maps would ship the full source twice; AMO rebuilds from the sources zip instead.
      sourcemap: false,
    },
  }),
  hooks: {
    // The sentinel (entrypoints/sentinel.ts) is built as an unlisted script and declared here
    // as the content script of every page and frame; see that file for why.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: ['<all_urls>'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_idle',
          js: ['sentinel.js'],
        },
      ];
    },
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
  // `npm start`: WXT's runner opens Debian's browsers (or CHROMIUM_PATH / FIREFOX_PATH).
  webExt: {
    binaries: {
      chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    },
    // Chromium refuses to run as root with its sandbox (containers, CI boxes).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  zip: {
    // AMO rebuilds from this zip (scripts/verify-sources-zip.ts checks it does, byte for byte).
    // Tests and fixtures are not needed for that; locally made zips never belong in it.
    excludeSources: ['tests/**', '**/*.zip'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `storage` for settings and progress; `activeTab` lets the popup read the current tab's
    // address only when the user opens it. No `tabs`, no `webRequest`, no `history`.
    // `scripting` and host access to pages (MV2 lists hosts among the permissions) inject the
    // engine into a frame that needs it (README, "Page-load cost"); the content script already
    // runs on <all_urls>, so the install warning stays the same.
    permissions: ['storage', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting'])],
    // The one host the background talks to, and only with a 5-hex SHA-1 prefix.
    host_permissions: ['https://api.pwnedpasswords.com/*', '<all_urls>'],
    // Only files from the package run in extension pages: no inline or remote scripts, no eval,
    // no plugins, no <base>. Given in MV3 form for both builds: WXT turns it into MV2's string
    // for Firefox and adds its dev server to `script-src` only in dev mode.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    },
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed_schema.json' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'heedful@heedful.org',
              // 140 (the current ESR) is the first to know `data_collection_permissions`.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned `data_collection_permissions` in 142.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
