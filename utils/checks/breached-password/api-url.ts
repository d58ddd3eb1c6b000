/** @module Which range API addresses are acceptable, and the one way a request URL is built
 * from one. Free of the storage that `utils/settings.ts` brings along: importing that in Node
 * (the CLI) starts WXT storage and crashes.
 *
 * Only `https:`, or `http:` on loopback (a local mirror or a test server), with no credentials,
 * query or fragment. The stored form always ends in `/`, so the prefix becomes the last path
 * segment: `http://localhost` + `FC8C5` must never become the host `localhostfc8c5`, nor
 * `https://api.pwnedpasswords.com` + prefix a DNS look-up that names the prefix. */
import { isLoopbackHost } from '../../loopback';

export const DEFAULT_RANGE_API_URL = 'https://api.pwnedpasswords.com/range/';

const PREFIX = /^[0-9A-F]{5}$/;

/** The normalised form of a range API address (trailing `/` added), or null if unacceptable.
 * Options page, managed policy, background and CLI all store and use this form. */
export function normalizeRangeApiUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  // `value.includes` catches an empty `?` or `#`, which `URL` reports as ''.
  if (url.username || url.password || url.search || url.hash || /[?#]/.test(value)) return null;
  if (!isAllowedEndpoint(url)) return null;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.origin + url.pathname;
}

/** The browsers' rule, shared with the secure-context check. */
export { isLoopbackHost } from '../../loopback';

export function isAcceptableRangeApiUrl(value: unknown): value is string {
  return normalizeRangeApiUrl(value) !== null;
}

/** The request for one 5-hex prefix, or null if the address is unacceptable. The final URL is
 * checked again, so nothing appended can change where the request goes. */
export function rangeUrlFor(apiUrl: string, prefix: string): string | null {
  const base = normalizeRangeApiUrl(apiUrl);
  if (base === null || !PREFIX.test(prefix)) return null;
  const url = new URL(prefix, base);
  const same =
    url.origin === new URL(base).origin && url.pathname === new URL(base).pathname + prefix;
  return same && isAllowedEndpoint(url) && !url.search && !url.hash ? url.href : null;
}

function isAllowedEndpoint(url: URL): boolean {
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}
