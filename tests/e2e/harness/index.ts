/** @module Runs a suite once per real browser. */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { waitForWelcomeTab } from './extension';
import type { BrowserDriver, BrowserName } from './types';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export async function launch(name: BrowserName): Promise<BrowserDriver> {
  const browser = await (name === 'chromium' ? launchChromium() : launchFirefox());
  await waitForWelcomeTab(browser);
  return browser;
}

export { startPageServer } from './server';
export { expectNoNotice, readNotices, waitForNotice } from './notices';
export type { BrowserDriver, NoticeInfo, PageDriver } from './types';
export { blocking, runAxe, summarize, type AxeViolation } from './axe';
export { reload, waitForValue } from './pages';
export { badgeText, openTab, tabIds, waitForBadge } from './tabs';
export { extensionTabs, runtimeId, tabReport } from './extension';
export { reliabilityTable, type ReliabilityRow } from './reliability';
