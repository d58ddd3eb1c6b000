/** @module The background's `ratePassword`: the site's own name is a context word, taken from
 * the sender's URL (which the page cannot forge), plus what the person typed in the form. */
import { getDomainWithoutSuffix } from 'tldts';
import { siteWords } from '../checks/password-strength/context';
import { ratePassword } from '../checks/password-strength/rate';
import type { PasswordRating } from '../checks/password-strength';

/** Same bound as the content script's `RATED_PREFIX` (the rating counts length up to 128). */
export const RATED_PREFIX = 128;

export function rateFor(
  data: { password: string; userInputs?: unknown[] },
  senderUrl: string | undefined,
): PasswordRating {
  const typed = (Array.isArray(data.userInputs) ? data.userInputs : [])
    .slice(0, 50)
    .map((word) => String(word).slice(0, 100));
  // The content script sends at most this much; a message from elsewhere is cut the same way.
  const password = String(data.password).slice(0, RATED_PREFIX);
  return ratePassword(password, { userInputs: typed, siteWords: siteOf(senderUrl) });
}

/** The site's name: its registrable name without the public suffix, and its brand parts
 * (`login.example-bank.co.uk` → examplebank, example, bank). Subdomains are left out: they name
 * a service (`shop`, `mail`), not the site. Hosts with no registrable name (an intranet name,
 * an IP address) fall back to their labels. */
export function siteOf(senderUrl: string | undefined): string[] {
  try {
    const hostname = senderUrl ? new URL(senderUrl).hostname : '';
    if (!hostname) return [];
    return siteWords(getDomainWithoutSuffix(hostname) || hostname);
  } catch {
    // An odd sender URL (about:blank, data:) names no site.
    return [];
  }
}
