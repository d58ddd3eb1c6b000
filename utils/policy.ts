/** @module Organisation policy (`storage.managed`) without making every page wait for it.
 *
 * Chromium answers the first `storage.managed.get` of a browser session only once its policy
 * service has started: ~2.2 s after launch here, 3–8 s on other machines, and sometimes far
 * longer or never (Ghostery #3367, Privacy Badger #2982, w3c/webextensions#497). Settings go
 * with every engine's start and every forms verdict, so the first pages after a browser start
 * waited that long for their first notice, and in about half of our test runs for more than
 * 45 s. Here the policy last read is kept in `storage.local` and used at once while the browser
 * is still working on its answer; once it has answered, each read asks it again (~1 ms), so a
 * changed policy applies at once as before.
 *
 * What a policy decides that sends anything off the device (whether the breach check runs and
 * where it asks, whether reuse tags are kept) waits for the browser's answer instead (`sure`),
 * up to `SURE_MS`: a person's password settles a second after typing, so that wait is rarely
 * felt, and a policy that turns a check off is never skipped for a cached or missing one. */
import { normalizePolicy, type Policy } from './settings-model';

/** No policy: the person's own settings apply. A new object each time; callers may keep it. */
const none = (): Policy => ({ checks: {} });

/** How long `now` waits for the browser when no policy was ever cached (the first start). */
export const PATIENCE_MS = 200;
/** How long `sure` waits for the browser before it settles for the cached policy. */
export const SURE_MS = 10_000;

export interface PolicyDeps {
  /** The browser's policy: `storage.managed.get()`. Throws in Firefox when there is none. */
  read(): Promise<unknown>;
  /** The policy last read, as stored (may be missing or damaged). */
  cached(): Promise<unknown>;
  remember(policy: Policy): Promise<void>;
  /** Resolves after `ms`. */
  wait(ms: number): Promise<void>;
}

export interface PolicySource {
  /** For what a person sees: no waiting on a slow browser when a policy was cached. */
  now(): Promise<Policy>;
  /** For what leaves the device: the browser's own answer unless it takes `SURE_MS`. */
  sure(): Promise<Policy>;
}

const LATE: unique symbol = Symbol('late');

export function policySource(deps: PolicyDeps): PolicySource {
  // True once the browser answered in this context: from then on it answers in ~1 ms.
  let answered = false;
  let pending: Promise<Policy> | undefined;
  let remembered: string | undefined;

  const live = (): Promise<Policy> =>
    (pending ??= deps
      .read()
      .then(normalizePolicy, none)
      .then((policy) => {
        answered = true;
        pending = undefined;
        const text = JSON.stringify(policy);
        // Written only when it changed: each write wakes every `storage.onChanged` listener.
        if (text !== remembered) {
          remembered = text;
          void deps.remember(policy).catch(() => undefined);
        }
        return policy;
      }));

  const cached = async (): Promise<Policy | undefined> => {
    const raw = await deps.cached().catch(() => undefined);
    if (raw === undefined || raw === null) return undefined;
    const policy = normalizePolicy(raw);
    remembered ??= JSON.stringify(policy);
    return policy;
  };

  const within = (reading: Promise<Policy>, ms: number): Promise<Policy | typeof LATE> =>
    Promise.race([reading, deps.wait(ms).then((): typeof LATE => LATE)]);

  return {
    async now() {
      const reading = live();
      if (answered) return reading;
      const last = await cached();
      if (last) return last;
      const first = await within(reading, PATIENCE_MS);
      return first === LATE ? none() : first;
    },
    async sure() {
      const reading = live();
      if (answered) return reading;
      const first = await within(reading, SURE_MS);
      if (first !== LATE) return first;
      return (await cached()) ?? none();
    },
  };
}
