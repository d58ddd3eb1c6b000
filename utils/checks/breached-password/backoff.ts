/** @module "Come back later" from a 429, per API, kept in the session store so a restarted
 * service worker keeps honouring it. */
import type { SessionStore } from './session-store';

const ITEM = 'breach:blocked-until';

export interface Backoff {
  /** True while `apiUrl` asked us to wait. */
  isBlocked(apiUrl: string): Promise<boolean>;
  block(apiUrl: string, forMs: number): Promise<void>;
}

export function createBackoff(session: SessionStore, now: () => number): Backoff {
  let until: Promise<Record<string, number>> | undefined;
  const read = () =>
    (until ??= session
      .get(ITEM)
      .then((value) => sanitize(value))
      .catch(() => sanitize(undefined)));
  return {
    async isBlocked(apiUrl) {
      return ((await read())[apiUrl] ?? 0) > now();
    },
    async block(apiUrl, forMs) {
      const map = await read();
      map[apiUrl] = now() + forMs;
      // Expired entries are dropped on every write, so the item stays tiny.
      for (const [api, time] of Object.entries(map)) if (time <= now()) delete map[api];
      await session.set({ [ITEM]: { ...map } }).catch(() => {});
    },
  };
}

function sanitize(value: unknown): Record<string, number> {
  const map: Record<string, number> = Object.create(null) as Record<string, number>;
  if (typeof value !== 'object' || value === null) return map;
  for (const [api, time] of Object.entries(value)) if (typeof time === 'number') map[api] = time;
  return map;
}
