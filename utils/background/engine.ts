/** @module Injects the engine (`entrypoints/engine`) into the one frame whose sentinel asked,
 * and the notice UI (`entrypoints/notices.ts`) into the one frame whose engine has a notice.
 * `executeScript` with a packaged file needs no web-accessible resource; it needs host access
 * to the page (README, "Permissions"). Both share the sentinel's isolated world. */

const ENGINE = '/engine.js';
const NOTICES = '/notices.js';

async function inject(file: string, tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [file],
    });
  } else {
    await browser.tabs.executeScript(tabId, {
      frameId,
      file,
      matchAboutBlank: true,
      runAt: 'document_start',
    });
  }
}

export const injectEngine = (tabId: number, frameId: number) => inject(ENGINE, tabId, frameId);
export const injectNotices = (tabId: number, frameId: number) => inject(NOTICES, tabId, frameId);
