import { createFormsHandler } from '@/utils/background/forms';
import {
  forgetTabsOnNavigation,
  openDemoOnDevInstall,
  openLesson,
  openWelcomeOnInstall,
} from '@/utils/background/lifecycle';
import { createPasswordReporter } from '@/utils/background/password-report';
import { rateFor } from '@/utils/background/rate';
import {
  browserSessionStore,
  checkWithSettings,
  createBreachChecker,
} from '@/utils/checks/breached-password';
import { onMessage } from '@/utils/messaging';
import { senderGuards } from '@/utils/sender';
import { loadSettings } from '@/utils/settings';
import { createTabReports } from '@/utils/tab-reports';

/** The background only wires messages to the checks; every handler first checks who is asking:
 * this extension's content scripts, or its own pages. Anything else is refused. */
export default defineBackground(() => {
  const { fromContent, fromPage, fromUs } = senderGuards(
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  const refuse = (): never => {
    throw new Error('refused');
  };
  const checker = createBreachChecker();
  const reports = createTabReports(browserSessionStore());
  const judgeForms = createFormsHandler(reports);
  const passwords = createPasswordReporter(reports);

  onMessage('ratePassword', ({ data, sender }) => {
    if (!fromUs(sender)) return refuse();
    const rating = rateFor(data, sender.url);
    if (fromContent(sender)) void passwords.rating(sender, rating);
    return rating;
  });
  onMessage('checkBreach', async ({ data, sender }) => {
    if (!fromContent(sender)) return refuse();
    const result = await checkWithSettings(checker, String(data.password), await loadSettings());
    void passwords.breach(sender, result);
    return result;
  });
  onMessage('getSettings', ({ sender }) => (fromUs(sender) ? loadSettings() : refuse()));
  onMessage('analyzeForms', ({ data, sender }) =>
    fromContent(sender) && sender.tab?.id !== undefined
      ? judgeForms(data, sender.tab.id, sender.frameId ?? 0)
      : refuse(),
  );
  onMessage('getTabReport', ({ data, sender }) =>
    fromPage(sender) ? reports.get(Number(data.tabId)) : refuse(),
  );
  onMessage('openLesson', ({ data, sender }) => (fromUs(sender) ? openLesson(data.id) : refuse()));

  forgetTabsOnNavigation(reports, passwords.forgetTab);
  openWelcomeOnInstall();
  openDemoOnDevInstall();
});
