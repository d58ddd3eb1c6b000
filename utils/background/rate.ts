/** @module The background's `ratePassword`: the site's own name is a context word, taken from
 * the sender's URL (which the page cannot forge), plus what the person typed in the form. */
import { siteWords } from '../checks/password-strength/context';
import { ratePassword } from '../checks/password-strength/rate';
import type { PasswordRating } from '../checks/password-strength';

export function rateFor(
  data: { password: string; userInputs?: unknown[] },
  senderUrl: string | undefined,
): PasswordRating {
  let site: string[] = [];
  try {
    site = senderUrl ? siteWords(new URL(senderUrl).hostname) : [];
  } catch {
    // An odd sender URL (about:blank, data:) names no site.
  }
  const typed = (data.userInputs ?? []).slice(0, 50).map(String);
  return ratePassword(String(data.password), { userInputs: [...site, ...typed] });
}
