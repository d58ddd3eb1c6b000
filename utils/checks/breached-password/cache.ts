/**
 * @module The per-prefix range cache: an in-memory LRU over `storage.session`, with in-flight
 * loads shared so N checks of one prefix make one request.
 *
 * What is stored, and why it is safe: for each (API, prefix) only the *range* — the public
 * answer the server gave to anyone asking for that prefix — with every suffix replaced by
 * `HMAC-SHA256(sessionKey, suffix)` cut to 64 bits. Never the password, never the typed
 * suffix, never which of the ~1,000 entries (if any) was ours, so the stored form cannot
 * contain the full SHA-1 and cannot be joined back to it: the prefix is there, but it already
 * went over the network. The alternative of caching "hash of our password → count" would keep
 * a verifier for the exact password, which anyone reading the storage could guess against
 * offline; a digest of public data reveals nothing beyond the prefix. The key is random per
 * browser session and lives beside the cache only so a restarted service worker can reuse it;
 * each entry carries a tag of its key, so an entry made under another key is a miss, never a
 * false "not found".
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { isDigestKey, newDigestKey, suffixDigester } from './digest';
import type { SessionStore } from './session-store';
import type { UnavailableReason } from './types';

/** Suffix → count of one freshly parsed range; never persisted as such. */
export type RangeCounts = Map<string, number>;
export type RangeFill = () => Promise<
  { ok: true; counts: RangeCounts } | { ok: false; reason: UnavailableReason }
>;
export type CountResult = { ok: true; count: number } | { ok: false; reason: UnavailableReason };

export interface RangeCache {
  /** The count for `suffix` in the range `entryKey` names (0 = not in it), filling on a miss. */
  countFor(entryKey: string, suffix: string, fill: RangeFill): Promise<CountResult>;
}

/** Digest (16 hex) → count. */
type Table = Record<string, number>;
interface StoredEntry {
  tag: string;
  table: Table;
}

const KEY_ITEM = 'breach:key';
const INDEX_ITEM = 'breach:index';
const ENTRY_PREFIX = 'breach:range:';

/** ~1,000 entries × ~22 bytes per range: 32 ranges stay well inside the 10 MB session quota. */
export const DEFAULT_MAX_RANGES = 32;

export function createRangeCache(
  session: SessionStore,
  maxRanges = DEFAULT_MAX_RANGES,
): RangeCache {
  const memory = new Map<string, Table>();
  const inflight = new Map<
    string,
    Promise<{ ok: true; table: Table } | { ok: false; reason: UnavailableReason }>
  >();
  const state = loadState(session);
  let writes: Promise<unknown> = Promise.resolve();

  /** Session writes happen one at a time so the index never loses an update; a failed write
   * (quota, storage gone) only costs persistence, never the answer. */
  const persist = (work: () => Promise<void>) => {
    writes = writes.then(work).catch(() => {});
  };

  const remember = (entryKey: string, table: Table, index: string[], stored: boolean) => {
    memory.delete(entryKey);
    memory.set(entryKey, table);
    const at = index.indexOf(entryKey);
    if (at >= 0) index.splice(at, 1);
    index.push(entryKey);
    const evicted = index.splice(0, Math.max(0, index.length - maxRanges));
    for (const old of evicted) memory.delete(old);
    persist(async () => {
      if (!stored) {
        const { tag } = await state;
        await session.set({ [ENTRY_PREFIX + entryKey]: { tag, table } satisfies StoredEntry });
      }
      if (evicted.length) await session.remove(evicted.map((k) => ENTRY_PREFIX + k));
      await session.set({ [INDEX_ITEM]: [...index] });
    });
  };

  const load = async (entryKey: string, fill: RangeFill) => {
    const { tag, digest, index } = await state;
    const stored = await session.get(ENTRY_PREFIX + entryKey).catch(() => undefined);
    if (isStoredEntry(stored) && stored.tag === tag && index.includes(entryKey)) {
      remember(entryKey, stored.table, index, true);
      return { ok: true as const, table: stored.table };
    }
    const filled = await fill();
    if (!filled.ok) return filled;
    const table: Table = {};
    for (const [suffix, count] of filled.counts) table[digest(suffix)] = count;
    remember(entryKey, table, index, false);
    return { ok: true as const, table };
  };

  return {
    async countFor(entryKey, suffix, fill) {
      let table = memory.get(entryKey);
      if (table) {
        const { index } = await state;
        remember(entryKey, table, index, true);
      } else {
        let pending = inflight.get(entryKey);
        if (!pending) {
          pending = load(entryKey, fill).finally(() => inflight.delete(entryKey));
          inflight.set(entryKey, pending);
        }
        const loaded = await pending;
        if (!loaded.ok) return loaded;
        table = loaded.table;
      }
      const { digest } = await state;
      return { ok: true, count: table[digest(suffix)] ?? 0 };
    },
  };
}

/** The session key (made on first use) and the LRU index, read once per worker lifetime. */
async function loadState(session: SessionStore) {
  let key = await session.get(KEY_ITEM).catch(() => undefined);
  let index: string[] = [];
  if (isDigestKey(key)) {
    const stored = await session.get(INDEX_ITEM).catch(() => undefined);
    if (Array.isArray(stored)) index = stored.filter((k): k is string => typeof k === 'string');
  } else {
    key = newDigestKey();
    await session.set({ [KEY_ITEM]: key }).catch(() => {});
  }
  const keyHex = key as string;
  const tag = bytesToHex(hmac(sha256, hexToBytes(keyHex), utf8ToBytes('tag'))).slice(0, 16);
  return { tag, digest: suffixDigester(keyHex), index };
}

/** Storage can hold anything: accept an entry only if every part has the shape we write. */
function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { tag, table } = value as Partial<StoredEntry>;
  if (typeof tag !== 'string' || typeof table !== 'object' || table === null) return false;
  return Object.entries(table).every(
    ([digest, count]) =>
      /^[0-9a-f]{16}$/.test(digest) && Number.isSafeInteger(count) && (count as number) > 0,
  );
}
