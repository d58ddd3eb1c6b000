/** @module The background side of `mfa-available`. A content script reports a sign-in (no
 * password, only that a person submitted one); the tab's next page on the same site, within two
 * minutes, or the same page if it does not navigate, asks and gets the notice once. Not again for
 * that site for 30 days, or at all after "Never". */
import type { SessionStore } from '../checks/breached-password/session-store';
import type { MfaSite } from '../checks/mfa-available/lookup';
import { normalizeQuiet, type QuietStore } from './mfa-memory';

export type MfaChoice = 'done' | 'later' | 'never';

export interface MfaNoticeData extends MfaSite {
  lesson: 'mfa';
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How long after a sign-in its next page may still show the notice. */
export const SIGN_IN_WINDOW_MS = 2 * MINUTE;
/** "Not now", and any notice shown: quiet for this long. */
export const QUIET_MS = 30 * DAY;
/** "Done": the person turned it on; a year later a reminder does no harm. */
export const DONE_MS = 365 * DAY;

export interface MfaDeps {
  lookup(hostname: string): MfaSite | null;
  /** Pending sign-ins per tab (`storage.session`: gone with the browser session). */
  session: SessionStore;
  quiet: QuietStore;
  now?: () => number;
}

interface Pending {
  site: string;
  at: number;
}

const key = (tabId: number) => `mfa:${tabId}`;

export function createMfaNotices({ lookup, session, quiet, now = Date.now }: MfaDeps) {
  const siteOf = (url: string | undefined): MfaSite | null => {
    try {
      return url ? lookup(new URL(url).hostname) : null;
    } catch {
      return null;
    }
  };
  // Asks from one tab can overlap (load, then a while after submit): one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const readQuiet = async () => normalizeQuiet(await quiet.get().catch(() => ({})), now());
  const setQuiet = (site: string, until: number | 'never') =>
    inTurn(async () => {
      const current = await readQuiet();
      delete current[site];
      await quiet.set({ ...current, [site]: until });
    });

  return {
    /** A trusted sign-in submit on `url` in tab `tabId`. Unlisted sites, and sites listed
     * without two-step methods, leave nothing behind. */
    async signedIn(tabId: number, url: string | undefined): Promise<void> {
      const found = siteOf(url);
      if (!found || found.methods.length === 0) return;
      const pending: Pending = { site: found.site, at: now() };
      await session.set({ [key(tabId)]: pending }).catch(() => undefined);
    },

    /** Cheap first question on every page load: is any sign-in of this tab waiting? */
    async waiting(tabId: number): Promise<boolean> {
      return (await session.get(key(tabId)).catch(() => undefined)) !== undefined;
    },

    /** The notice for this page, if a sign-in on its site in this tab is waiting; once. */
    take(tabId: number, url: string | undefined): Promise<MfaNoticeData | null> {
      return inTurn(async () => {
        const pending = (await session.get(key(tabId)).catch(() => undefined)) as
          Pending | undefined;
        if (!pending || typeof pending.site !== 'string') return null;
        if (!(now() - pending.at <= SIGN_IN_WINDOW_MS)) {
          await session.remove([key(tabId)]).catch(() => undefined);
          return null;
        }
        const found = siteOf(url);
        // A page of another site (a single sign-on hop): the sign-in may still land here later.
        if (!found || found.site !== pending.site) return null;
        await session.remove([key(tabId)]).catch(() => undefined);
        const current = await readQuiet();
        if (found.site in current) return null;
        await quiet.set({ ...current, [found.site]: now() + QUIET_MS });
        return { ...found, lesson: 'mfa' };
      });
    },

    /** Done / Not now / Never for the site of `url` (never a site the page names itself). */
    async answer(url: string | undefined, choice: MfaChoice): Promise<void> {
      const found = siteOf(url);
      if (!found) return;
      const until = choice === 'never' ? 'never' : now() + (choice === 'done' ? DONE_MS : QUIET_MS);
      await setQuiet(found.site, until);
    },

    forgetTab(tabId: number): Promise<void> {
      return session.remove([key(tabId)]).catch(() => undefined);
    },
  };
}
