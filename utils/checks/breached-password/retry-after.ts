/** @module How long a 429 asks us to stay away, from its `Retry-After` header. */

/** Without a usable header we still back off: hammering a rate-limited API only extends it. */
export const DEFAULT_RETRY_AFTER_MS = 10_000;
/** A hostile or broken mirror must not switch the check off for the rest of the session. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number): number {
  const value = header?.trim() ?? '';
  let ms = DEFAULT_RETRY_AFTER_MS;
  if (/^[0-9]{1,10}$/.test(value)) ms = Number(value) * 1000;
  // Dates have a weekday and a month name; without letters, `Date.parse('-3')` is a year.
  else if (/[A-Za-z]/.test(value)) {
    const date = Date.parse(value);
    if (!Number.isNaN(date)) ms = date - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
