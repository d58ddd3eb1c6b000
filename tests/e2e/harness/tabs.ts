/** @module Tabs as the extension sees them: the id of the tab a test page is in, and the toolbar
 * badge of a tab. Asked from a short-lived extension page: tab ids and badges need no `tabs`
 * permission, so this works with the permissions Heedful really ships with. */
import type { BrowserDriver, PageDriver } from './types';

async function inExtensionPage<T, A>(
  browser: BrowserDriver,
  fn: (arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.goto(await browser.extensionUrl('popup.html'));
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

/** Ids of every open tab except the extension page that asks. */
export function tabIds(browser: BrowserDriver): Promise<number[]> {
  return inExtensionPage(
    browser,
    async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const self = await api.tabs.getCurrent();
      const tabs = await api.tabs.query({});
      return tabs.flatMap((tab) => (tab.id !== undefined && tab.id !== self?.id ? [tab.id] : []));
    },
    undefined,
  );
}

/** Opens `url` in a new tab and tells which tab id it got: the one id that was not there before.
 * Tab URLs would be simpler, but reading them needs the `tabs` permission. */
export async function openTab(
  browser: BrowserDriver,
  url: string,
): Promise<{ page: PageDriver; tabId: number }> {
  const before = new Set(await tabIds(browser));
  const page = await browser.newPage();
  const fresh = (await tabIds(browser)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab, found ${JSON.stringify(fresh)}`);
  await page.goto(url);
  return { page, tabId: fresh[0]! };
}

/** The toolbar badge of a tab (`action` in MV3, `browserAction` in Firefox MV2). */
export function badgeText(browser: BrowserDriver, tabId: number): Promise<string> {
  return inExtensionPage(
    browser,
    (id) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const badge =
        api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction;
      return badge.getBadgeText({ tabId: id });
    },
    tabId,
  );
}

/** Waits until a tab's badge reads `text`; the forms check reports shortly after page load. */
export async function waitForBadge(
  browser: BrowserDriver,
  tabId: number,
  text: string,
  timeout = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await badgeText(browser, tabId);
    if (seen === text) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `badge of tab ${tabId} is ${JSON.stringify(seen)}, expected ${JSON.stringify(text)}`,
  );
}

/** Sets a tab's browser zoom (as Ctrl+plus does, not CSS `zoom`), from an extension page:
 * `tabs.setZoom` needs no permission. Chromium keeps zoom per origin, so tests set it back. */
export function setZoom(browser: BrowserDriver, tabId: number, factor: number): Promise<void> {
  return inExtensionPage(
    browser,
    async ({ id, zoom }) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.tabs.setZoom(id, zoom);
    },
    { id: tabId, zoom: factor },
  );
}
