/** @module The background's `ratePassword`: the site's own name is a context word, taken from
 * the sender's URL (which the page cannot forge), plus what the person typed in the form. */
import { siteWords } from '../checks/password-strength/context';
import { ratePassword } from '../checks/password-strength/rate';
import type { PasswordRating } from '../checks/password-strength';

/** Same bound as the content script's `RATED_PREFIX` (the rating counts length up to 128). */
export const RATED_PREFIX = 128;

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
  const typed = (Array.isArray(data.userInputs) ? data.userInputs : [])
    .slice(0, 50)
    .map((word) => String(word).slice(0, 100));
  // The content script sends at most this much; a message from elsewhere is cut the same way.
  const password = String(data.password).slice(0, RATED_PREFIX);
  return ratePassword(password, { userInputs: [...site, ...typed] });
}
