import { createFairQueue } from '@/utils/background/fair-queue';
import { injectEngine, injectNotices } from '@/utils/background/engine';
import { injectWhenAsked } from '@/utils/background/wake';
import { createFormsHandler, refreshBadges } from '@/utils/background/forms';
import {
  forgetTabsOnNavigation,
  openDemoOnDevInstall,
  openLesson,
  openWelcomeOnInstall,
} from '@/utils/background/lifecycle';
import { createMfaHandlers } from '@/utils/background/mfa';
import { createPasswordReporter } from '@/utils/background/password-report';
import { PASSWORD_CHECKS } from '@/utils/checks/password-checks';
import { serviceGroups } from '@/utils/checks/mfa-available/groups';
import {
  createReuseService,
  forgetReuseWhenOff,
  reuseEnabled,
} from '@/utils/background/password-reuse';
import { rateFor } from '@/utils/background/rate';
import { siteOf } from '@/utils/background/site';
import {
  browserSessionStore,
  checkWithSettings,
  createBreachChecker,
} from '@/utils/checks/breached-password';
import { t } from '@/utils/i18n';
import { onMessage } from '@/utils/messaging';
import { NOT_A_PROBLEM_KEY } from '@/utils/not-a-problem';
import { senderGuards } from '@/utils/sender';
import { loadSettings } from '@/utils/settings';
import { createTabReports } from '@/utils/tab-reports';
import { underSettings } from '@/utils/report-settings';

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
  // Reports store codes, never sentences: `t` writes them when the popup asks.
  const reports = createTabReports(browserSessionStore(), { t });
  const judgeForms = createFormsHandler(reports);
  const passwords = createPasswordReporter(reports);
  const mfa = createMfaHandlers();
  const reuse = createReuseService({ enabled: reuseEnabled, extraGroups: serviceGroups });

  // Rating blocks this thread; tabs take turns so one page cannot starve the others.
  const ratings = createFairQueue();
  onMessage('ratePassword', async ({ data, sender }) => {
    if (!fromUs(sender)) return refuse();
    const lane = sender.tab?.id !== undefined ? `tab:${sender.tab.id}` : 'extension';
    const rating = await ratings.run(lane, () => rateFor(data, sender.url));
    if (fromContent(sender)) void passwords.rating(sender, rating);
    return rating;
  });
  onMessage('checkBreach', async ({ data, sender }) => {
    if (!fromContent(sender)) return refuse();
    // The cache is partitioned by the asking site (see `siteOf`), from the sender's URL.
    const result = await checkWithSettings(
      checker,
      String(data.password),
      await loadSettings({ sure: true }),
      siteOf(sender.url),
    );
    void passwords.breach(sender, result);
    return result;
  });
  onMessage('rememberPassword', ({ data, sender }) =>
    fromContent(sender) ? reuse.remember(String(data.password), sender.url) : refuse(),
  );
  onMessage('checkReuse', async ({ data, sender }) => {
    if (!fromContent(sender)) return refuse();
    const check = PASSWORD_CHECKS['password-reuse'];
    const result = await check.run(String(data.password), {
      check: reuse.check,
      senderUrl: sender.url,
    });
    void passwords.reuse(sender, result);
    return result;
  });
  onMessage('getSettings', ({ sender }) => (fromUs(sender) ? loadSettings() : refuse()));
  onMessage('analyzeForms', ({ data, sender }) =>
    fromContent(sender) && sender.tab?.id !== undefined
      ? judgeForms(data, sender.tab.id, sender.frameId ?? 0)
      : refuse(),
  );
  onMessage('getTabReport', async ({ data, sender }) =>
    fromPage(sender)
      ? underSettings(await reports.get(Number(data.tabId)), await loadSettings())
      : refuse(),
  );
  onMessage('signedIn', ({ sender }) =>
    fromContent(sender) ? mfa.signedIn(sender.tab!.id!, sender.url) : refuse(),
  );
  onMessage('takeMfaNotice', ({ sender }) =>
    fromContent(sender) && sender.frameId === 0 ? mfa.take(sender.tab!.id!, sender.url) : refuse(),
  );
  onMessage('loadNotices', ({ sender }) =>
    fromContent(sender) ? injectNotices(sender.tab!.id!, sender.frameId ?? 0) : refuse(),
  );
  onMessage('answerMfaNotice', ({ data, sender }) =>
    fromContent(sender) ? mfa.answer(sender.url, data.choice) : refuse(),
  );
  onMessage('getSiteMfa', ({ data, sender }) => (fromPage(sender) ? mfa.site(data.url) : refuse()));
  onMessage('openLesson', ({ data, sender }) => (fromUs(sender) ? openLesson(data.id) : refuse()));

  injectWhenAsked({
    fromContent,
    inject: injectEngine,
    mfaWaiting: mfa.waiting,
    settings: loadSettings,
    takeMfa: mfa.take,
  });
  forgetTabsOnNavigation(reports, passwords.forgetTab);
  // Frames whose findings show no notice do not look again on such a change; their badge does.
  browser.storage.onChanged.addListener((changes, area) => {
    const relevant = ['settings', 'policy', NOT_A_PROBLEM_KEY].some((key) => key in changes);
    if (area === 'local' && relevant) void refreshBadges(reports);
  });
  openWelcomeOnInstall();
  openDemoOnDevInstall();
  forgetReuseWhenOff(reuse.forgetAll);
});
