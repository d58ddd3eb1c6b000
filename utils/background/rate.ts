/** @module The background's `ratePassword`: the site's own name is a context word, taken from
 * the sender's URL (which the page cannot forge), plus what the person typed in the form. */
import { getDomainWithoutSuffix } from 'tldts';
import { siteWords } from '../checks/password-strength/context';
import { ratePassword } from '../checks/password-strength/rate';
import type { PasswordRating } from '../checks/password-strength';

export function rateFor(
  data: { password: string; userInputs?: unknown[] },
  senderUrl: string | undefined,
): PasswordRating {
  const typed = (data.userInputs ?? []).slice(0, 50).map(String);
  return ratePassword(String(data.password), { userInputs: typed, siteWords: siteOf(senderUrl) });
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
