/** @module Asking the extension itself, from a short-lived extension page: its runtime id (part
 * of WXT's event names) and a tab's report, through the same message protocol the popup uses. */
import type { TabReport } from '../../../utils/messaging';
import type { BrowserDriver } from './types';

type Api = typeof chrome;

async function inExtensionPage<T, A>(
  browser: BrowserDriver,
  fn: (arg: A) => T | Promise<T>,
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

/** `runtime.id`: the Chrome extension id, or the Firefox add-on id. */
export function runtimeId(browser: BrowserDriver): Promise<string> {
  return inExtensionPage(
    browser,
    () => ((globalThis as { browser?: Api }).browser ?? chrome).runtime.id,
    undefined,
  );
}

/** What the popup would show for `tabId`: `getTabReport` in @webext-core/messaging's envelope. */
export async function tabReport(browser: BrowserDriver, tabId: number): Promise<TabReport> {
  const reply = await inExtensionPage(
    browser,
    (id) =>
      ((globalThis as { browser?: Api }).browser ?? chrome).runtime.sendMessage({
        id: 1,
        type: 'getTabReport',
        data: { tabId: id },
        timestamp: Date.now(),
      }) as Promise<{ res?: TabReport; err?: unknown }>,
    tabId,
  );
  if (!reply?.res) throw new Error(`getTabReport failed: ${JSON.stringify(reply)}`);
  return reply.res;
}

/** Addresses of the extension's own pages open in tabs (the welcome page, lessons…), asked of
 * the extension itself: the drivers do not always report extension tabs' addresses. */
export function extensionTabs(browser: BrowserDriver): Promise<string[]> {
  return inExtensionPage(
    browser,
    () =>
      ((globalThis as { browser?: Api }).browser ?? chrome).extension
        .getViews({ type: 'tab' })
        .filter((view) => view !== window)
        .map((view) => view.location.href),
    undefined,
  );
}

/** Installing opens the welcome tab; tests start once it is there, so a tab opening late never
 * counts as one a test opened. Returns quietly after the timeout: welcome.test.ts asserts it. */
export async function waitForWelcomeTab(browser: BrowserDriver, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if ((await extensionTabs(browser)).some((url) => /\/welcome\.html/.test(url))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
