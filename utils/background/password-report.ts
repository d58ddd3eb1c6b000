/** @module Password results in the tab's report, so the popup and the badge count them too. A
 * finding says only that a weak or breached password was typed on this page: no password, no
 * hash, no count is kept. */
import type { PasswordCheckId } from '../checks';
import type { BreachResult } from '../checks/breached-password/types';
import type { Finding } from '../checks/findings';
import type { ReuseResult } from '../checks/password-reuse/descriptor';
import type { PasswordRating } from '../checks/password-strength';
import { PASSWORD_CHECKS } from '../checks/password-checks';
import { t } from '../i18n';
import { badgeText, type createTabReports } from '../tab-reports';

type Reports = ReturnType<typeof createTabReports>;

export interface SenderTab {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export function createPasswordReporter(reports: Reports) {
  const badge = browser.action ?? browser.browserAction;
  // Ratings come once per keystroke: write only when a frame's answer actually changes.
  const last = new Map<string, boolean>();
  const record = async (sender: SenderTab, source: PasswordCheckId, findings: Finding[]) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const slot = `${tabId}:${sender.frameId ?? 0}:${source}:${sender.url ?? ''}`;
    if (last.get(slot) === findings.length > 0) return;
    last.set(slot, findings.length > 0);
    if (last.size > 1_000) last.clear();
    const merged = await reports.record(
      tabId,
      sender.frameId ?? 0,
      { url: String(sender.url ?? ''), findings },
      source,
    );
    await badge
      .setBadgeText({ tabId, text: badgeText(merged.findings, merged.incomplete) })
      .catch(() => undefined);
  };
  return {
    /** A new page in the tab: its earlier answers no longer stand. */
    forgetTab(tabId: number): void {
      for (const slot of [...last.keys()]) if (slot.startsWith(`${tabId}:`)) last.delete(slot);
    },
    rating(sender: SenderTab, rating: PasswordRating): Promise<void> {
      const check = PASSWORD_CHECKS['password-strength'];
      return record(sender, check.id, check.findings(rating, { t }));
    },
    reuse(sender: SenderTab, result: ReuseResult): Promise<void> {
      const check = PASSWORD_CHECKS['password-reuse'];
      return record(sender, check.id, check.findings(result, { t }));
    },
    breach(sender: SenderTab, result: BreachResult): Promise<void> {
      const check = PASSWORD_CHECKS['breached-password'];
      return record(sender, check.id, check.findings(result, { t }));
    },
  };
}
