/** @module The current tab's findings for the popup, asked of the background. */
import type { TabReport } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';
import { tabIdFromSearch } from './location';

export interface PopupTab {
  report: TabReport | null;
  /** The page address, from the report or the tab (activeTab grants it while the popup is open). */
  url: string | null;
}

/** `?tabId=N` wins over the active tab, so the popup can be opened as a tab for a given page. */
export async function loadPopupTab(search = location.search): Promise<PopupTab> {
  const fromQuery = tabIdFromSearch(search);
  let tabId = fromQuery;
  let tabUrl: string | null = null;
  if (tabId === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? null;
    tabUrl = tab?.url ?? null;
  }
  if (tabId === null) return { report: null, url: null };
  try {
    const report = await sendMessage('getTabReport', { tabId });
    return { report, url: report.url ?? tabUrl };
  } catch {
    // No content script on this page (browser pages, store pages) or the background is waking.
    return { report: null, url: tabUrl };
  }
}

/** Calls `changed` whenever the background records findings for a tab (it keeps each tab's
 * report in `storage.session` as `tab:<id>`), so a popup opened before a page's forms were
 * judged shows them when they arrive. Returns the unsubscribe. */
export function onTabReports(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && Object.keys(changes).some((key) => key.startsWith('tab:'))) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
