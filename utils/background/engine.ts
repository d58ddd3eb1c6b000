/** @module Injects the engine (`entrypoints/engine`) into the one frame whose sentinel asked.
 * `executeScript` with a packaged file needs no web-accessible resource; it needs host access
 * to the page (README, "Permissions"). The engine shares the sentinel's isolated world. */

const ENGINE = '/engine.js';

export async function injectEngine(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [ENGINE],
    });
  } else {
    await browser.tabs.executeScript(tabId, {
      frameId,
      file: ENGINE,
      matchAboutBlank: true,
      runAt: 'document_start',
    });
  }
}
