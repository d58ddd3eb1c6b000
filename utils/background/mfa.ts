/** @module Wires `mfa-available` to the message protocol: settings and paused sites first, then
 * the notices. The table is imported here, so it is part of the background bundle only. */
import { browserSessionStore } from '../checks/breached-password/session-store';
import { lookupHost } from '../checks/mfa-available/table';
import { hostnameOf } from '../hostname';
import { isPaused, loadSettings } from '../settings';
import { localQuietStore } from './mfa-memory';
import { createMfaNotices, type MfaChoice, type MfaNoticeData } from './mfa-notices';

const CHOICES: readonly MfaChoice[] = ['done', 'later', 'never'];

export function createMfaHandlers() {
  const notices = createMfaNotices({
    lookup: lookupHost,
    session: browserSessionStore(),
    quiet: localQuietStore,
  });
  const enabledOn = async (url: string | undefined) => {
    const host = hostnameOf(url);
    if (host === null) return false;
    const settings = await loadSettings();
    return settings.checks['mfa-available'] && !isPaused(settings, host);
  };
  browser.tabs.onRemoved.addListener((tabId) => void notices.forgetTab(tabId));

  // The sign-in's message arrives before the next page's question, but its handler awaits
  // storage: the question waits for it, so a fast navigation cannot overtake the record.
  const recording = new Map<number, Promise<void>>();

  return {
    signedIn(tabId: number, url: string | undefined): Promise<void> {
      const done = (async () => {
        if (await enabledOn(url)) await notices.signedIn(tabId, url);
      })();
      recording.set(tabId, done);
      void done.finally(() => recording.get(tabId) === done && recording.delete(tabId));
      return done;
    },
    /** A two-step notice may be due in this tab: its top frame needs the engine. */
    async waiting(tabId: number): Promise<boolean> {
      await recording.get(tabId)?.catch(() => undefined);
      return notices.waiting(tabId);
    },
    async take(tabId: number, url: string | undefined): Promise<MfaNoticeData | null> {
      await recording.get(tabId)?.catch(() => undefined);
      if (!(await notices.waiting(tabId))) return null;
      return (await enabledOn(url)) ? notices.take(tabId, url) : null;
    },
    answer(url: string | undefined, choice: unknown): Promise<void> {
      const known = CHOICES.find((c) => c === choice);
      return known ? notices.answer(url, known) : Promise.resolve();
    },
    site(url: unknown) {
      const host = hostnameOf(url);
      return host === null ? null : lookupHost(host);
    },
  };
}
