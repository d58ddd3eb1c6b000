/** @module Runs a suite once per real browser. */
import type { BrowserName } from './types';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export { launch, withBrowser, type BrowserSetup, type BrowserSetupOptions } from './with-browser';

export { startPageServer } from './server';
export { expectNoNotice, readNotices, waitForNotice } from './notices';
export type { BrowserDriver, NoticeInfo, PageDriver } from './types';
export { blocking, runAxe, summarize, type AxeViolation } from './axe';
export { reload, waitForValue } from './pages';
export { badgeText, openTab, setZoom, tabIds, waitForBadge } from './tabs';
export { extensionTabs, runtimeId, tabReport } from './extension';
export { reliabilityTable, type ReliabilityRow } from './reliability';
