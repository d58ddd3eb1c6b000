/** @module What Heedful remembers about two-step notices, in `local:mfaNotices`: listed domain →
 * until when not to show it again (or `never`). Only domains the person signed in to that the
 * directory lists, each with an expiry; nothing else about their browsing. */
import { storage } from 'wxt/utils/storage';

export type Quiet = Record<string, number | 'never'>;

export interface QuietStore {
  get(): Promise<unknown>;
  set(value: Quiet): Promise<void>;
}

/** A person who uses Heedful for years signs in to far fewer listed sites than this. */
const MAX_SITES = 500;

export const mfaNoticesItem = storage.defineItem<Quiet>('local:mfaNotices', { fallback: {} });

export const localQuietStore: QuietStore = {
  get: () => mfaNoticesItem.getValue(),
  set: (value) => mfaNoticesItem.setValue(value),
};

/** Keeps valid, unexpired entries only (storage can hold anything), newest expiries last. */
export function normalizeQuiet(raw: unknown, now: number): Quiet {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const kept = Object.entries(raw as Record<string, unknown>).filter(
    ([site, until]) =>
      site.length <= 253 && (until === 'never' || (typeof until === 'number' && until > now)),
  ) as [string, number | 'never'][];
  return Object.fromEntries(kept.slice(-MAX_SITES));
}
