import {
  createBreachChecker,
  checkWithSettings,
  browserSessionStore,
} from '@/utils/checks/breached-password';
import { siteWords } from '@/utils/checks/password-strength/context';
import { ratePassword } from '@/utils/checks/password-strength/rate';
import { sanitizeFindings } from '@/utils/findings-guard';
import { judgeForms } from '@/utils/forms-judge';
import { t } from '@/utils/i18n';
import { onMessage } from '@/utils/messaging';
import { isOwnContentScript, isOwnPage } from '@/utils/sender';
import { loadSettings } from '@/utils/settings';
import { badgeText, createTabReports } from '@/utils/tab-reports';

/** The background only wires messages to the checks; every handler checks who is asking. */
export default defineBackground(() => {
  const id = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  const fromContent = (sender: chrome.runtime.MessageSender) =>
    isOwnContentScript(sender, id, origin);
  const fromUs = (sender: chrome.runtime.MessageSender) =>
    fromContent(sender) || isOwnPage(sender, id, origin);
  const refuse = () => {
    throw new Error('refused');
  };
  const checker = createBreachChecker();
  const reports = createTabReports(browserSessionStore());
  const badge = browser.action ?? browser.browserAction;

  onMessage('ratePassword', ({ data, sender }) => {
    if (!fromUs(sender)) refuse();
    // The site's own name is a context word; the sender's URL says which site, not the page.
    const site = sender.url ? siteWords(new URL(sender.url).hostname) : [];
    const typed = (data.userInputs ?? []).slice(0, 50).map(String);
    return ratePassword(String(data.password), { userInputs: [...site, ...typed] });
  });
  onMessage('checkBreach', async ({ data, sender }) => {
    if (!fromContent(sender)) refuse();
    return checkWithSettings(checker, String(data.password), await loadSettings());
  });
  onMessage('getSettings', ({ sender }) => (fromUs(sender) ? loadSettings() : refuse()));
  onMessage('analyzeForms', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromContent(sender) || tabId === undefined) return refuse();
    const url = String(data.url).slice(0, 2048);
    const findings = sanitizeFindings(
      judgeForms(data.features, { ...data, url }, await loadSettings(), t),
    );
    const merged = await reports.record(tabId, sender.frameId ?? 0, { url, findings });
    await badge.setBadgeText({ tabId, text: badgeText(merged.findings) }).catch(() => undefined);
    return findings;
  });
  onMessage('getTabReport', ({ data, sender }) =>
    isOwnPage(sender, id, origin) ? reports.get(Number(data.tabId)) : refuse(),
  );
  onMessage('openLesson', async ({ data, sender }) => {
    if (!fromUs(sender)) refuse();
    const lesson = String(data.id).replace(/[^a-z0-9-]/g, '');
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#lesson=${lesson}`) });
  });

  // `npm start` (dev mode) lands on the educators' demo page.
  if (import.meta.env.DEV)
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
    });

  // A new page in a tab starts a new report.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void reports.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void reports.forget(tabId));
});
