/** @module Where the breach cache persists: `browser.storage.session`, which outlives a stopped
 * MV3 service worker but not the browser session, and is never written to disk. */
import { browser } from 'wxt/browser';

/** The slice of `storage.session` the cache uses, so tests and the CLI can pass their own. */
export interface SessionStore {
  get(key: string): Promise<unknown>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** For Node (the CLI) and for browsers without `storage.session`. */
export function memorySessionStore(): SessionStore {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(items.get(key)),
    set: async (next) => {
      for (const [key, value] of Object.entries(next)) items.set(key, structuredClone(value));
    },
    remove: async (keys) => {
      for (const key of keys) items.delete(key);
    },
  };
}

/** `storage.session` when the browser has it (Chrome 102+, Firefox 115+), memory otherwise. */
export function browserSessionStore(): SessionStore {
  const area = browser?.storage?.session;
  if (!area) return memorySessionStore();
  return {
    get: async (key) => (await area.get(key))[key],
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}
