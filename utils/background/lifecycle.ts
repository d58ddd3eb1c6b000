/** @module Tab and install events the background follows. */
import type { createTabReports } from '../tab-reports';

/** A new page in a tab starts a new report; a closed tab leaves nothing behind, and a
 * tombstone so a late message from it cannot bring its report back. */
export function forgetTabsOnNavigation(
  reports: ReturnType<typeof createTabReports>,
  alsoForget: (tabId: number) => void = () => undefined,
): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    alsoForget(tabId);
    void reports.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    alsoForget(tabId);
    void reports.close(tabId);
  });
}

/** The welcome page, once: on a fresh install, never on an update or a browser update. */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });
}

/** `npm start` (dev mode) lands on the educators' demo page. */
export function openDemoOnDevInstall(): void {
  if (!import.meta.env.DEV) return;
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
  });
}

/** Opens a lesson in the popup page, in a tab; the id is reduced to the characters ids use. */
export async function openLesson(id: unknown): Promise<void> {
  const lesson = String(id).replace(/[^a-z0-9-]/g, '');
  await browser.tabs.create({
    url: browser.runtime.getURL(`/popup.html?view=tab#lesson=${lesson}`),
  });
}
