/** @module breached-password: the k-anonymity check the background runs for a settled
 * password. Only the 5-hex SHA-1 prefix leaves the device; see `cache.ts` for what is kept. */
import type { Settings } from '../../settings-model';
import { normalizeRangeApiUrl, rangeUrlFor } from './api-url';
import { createBackoff } from './backoff';
import { createRangeCache, DEFAULT_MAX_RANGES, type RangeFill } from './cache';
import { fetchRange } from './fetch-range';
import { rangeRequestFor } from './hash';
import { parseRange } from './parse';
import { browserSessionStore, type SessionStore } from './session-store';
import type { BreachResult } from './types';

export type { BreachResult, UnavailableReason } from './types';
export { rangeRequestFor } from './hash';
export { parseRange } from './parse';
export { memorySessionStore, browserSessionStore, type SessionStore } from './session-store';
export {
  DEFAULT_RANGE_API_URL,
  isAcceptableRangeApiUrl,
  normalizeRangeApiUrl,
  rangeUrlFor,
} from './api-url';

export interface BreachCheckerDeps {
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default `browser.storage.session`, or memory where it does not exist */
  session?: SessionStore;
  /** @default Date.now */
  now?: () => number;
  /** The whole request, body included. @default 5000 */
  timeoutMs?: number;
  /** Largest body read before giving up. @default 1 MiB */
  maxBytes?: number;
  /** Ranges kept in the cache. @default 32 */
  maxRanges?: number;
  /** @default `navigator.onLine === false` */
  isOffline?: () => boolean;
}

export interface BreachChecker {
  /** `partition` is the site that asked (background: the sender's registrable domain): a
   * range cached for one site is never an instant answer for another, which could otherwise
   * time the answer to learn what was checked there. */
  /** The request is `apiUrl` (normalised) with the 5-hex prefix as its last path segment; a
   * fault is `unavailable`, never "not found". */
  check(password: string, apiUrl: string, partition?: string): Promise<BreachResult>;
}

export function createBreachChecker(deps: BreachCheckerDeps = {}): BreachChecker {
  const session = deps.session ?? browserSessionStore();
  const now = deps.now ?? Date.now;
  const cache = createRangeCache(session, deps.maxRanges ?? DEFAULT_MAX_RANGES);
  const backoff = createBackoff(session, now);
  const options = {
    fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: deps.timeoutMs ?? 5000,
    maxBytes: deps.maxBytes ?? 1024 * 1024,
    now,
    isOffline: deps.isOffline,
  } satisfies Parameters<typeof fetchRange>[1];

  const fillFrom =
    (apiUrl: string, prefix: string): RangeFill =>
    async () => {
      if (await backoff.isBlocked(apiUrl)) return { ok: false, reason: 'rate-limited' };
      // Built and checked as a whole URL: the prefix is a path segment, never part of the host.
      const url = rangeUrlFor(apiUrl, prefix);
      if (url === null) return { ok: false, reason: 'invalid-url' };
      const response = await fetchRange(url, options);
      if (!response.ok) {
        if (response.retryAfterMs !== undefined) await backoff.block(apiUrl, response.retryAfterMs);
        return response;
      }
      const counts = parseRange(response.body);
      return counts ? { ok: true, counts } : { ok: false, reason: 'bad-response' };
    };

  return {
    async check(password, rawApiUrl, partition = '') {
      const apiUrl = normalizeRangeApiUrl(rawApiUrl);
      if (apiUrl === null) return { state: 'unavailable', reason: 'invalid-url' };
      try {
        const { prefix, suffix } = rangeRequestFor(password);
        const result = await cache.countFor(
          `${partition.replaceAll('|', '')}|${apiUrl}|${prefix}`,
          suffix,
          fillFrom(apiUrl, prefix),
        );
        if (!result.ok) return { state: 'unavailable', reason: result.reason };
        return result.count > 0
          ? { state: 'breached', count: result.count }
          : { state: 'not-found' };
      } catch {
        // Nothing above should throw; if something does, the user hears "unavailable", not "safe".
        return { state: 'unavailable', reason: 'bad-response' };
      }
    },
  };
}

/** The check as settings shape it: switched off means no network at all. */
export function checkWithSettings(
  checker: BreachChecker,
  password: string,
  settings: Pick<Settings, 'checks' | 'rangeApiUrl'>,
  partition?: string,
): Promise<BreachResult> {
  if (!settings.checks['breached-password'])
    return Promise.resolve({ state: 'unavailable', reason: 'disabled' });
  return checker.check(password, settings.rangeApiUrl, partition);
}
