/** @module Which range API URLs are acceptable, without the storage that `utils/settings.ts`
 * brings along: importing that in Node (the CLI) starts WXT storage and crashes. Same rule:
 * only `https:`, or `http:` on loopback (a local mirror or test server). */

import { isLoopbackHost } from '../../loopback';

export const DEFAULT_RANGE_API_URL = 'https://api.pwnedpasswords.com/range/';

export function isAcceptableRangeApiUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

/** The browsers' rule, shared with the secure-context check. */
export { isLoopbackHost } from '../../loopback';
