/** @module The background's side of `password-reuse`: computing tags (scrypt, slow on purpose,
 * so never on a page's thread), storing them on submit, judging them on settle. Every entry
 * point re-reads the settings: with the check off, nothing is computed and nothing is stored. */
import {
  judgeReuse,
  newSalt,
  normalizeGroups,
  normalizeSiteTags,
  passwordTag,
  sameServiceFrom,
  siteOfUrl,
  withSite,
  type PasswordTag,
  type ReuseResult,
  type ServiceGroups,
} from '../checks/password-reuse';
import {
  forgetAllReuse,
  fromHex,
  reuseGroupsItem,
  reuseSaltItem,
  reuseSitesItem,
  toHex,
} from '../checks/password-reuse/storage';
import { loadSettings } from '../settings';

export interface ReuseDeps {
  enabled(): Promise<boolean>;
  /** Other "same service" sources (the 2FA Directory's additional domains). */
  extraGroups?: () => ServiceGroups;
  now?: () => number;
  tag?: (password: string, salt: Uint8Array) => PasswordTag;
}

const NONE: ReuseResult = { state: 'none' };
/** No one's password is longer; a page pasting megabytes must not buy seconds of scrypt. */
const MAX_LENGTH = 1_024;
const usable = (password: string) => password.length > 0 && password.length <= MAX_LENGTH;

export function createReuseService(deps: ReuseDeps) {
  const tagOf = deps.tag ?? passwordTag;
  const now = deps.now ?? Date.now;
  // One read-modify-write at a time: two submits in a row must both land.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const salt = async (create: boolean): Promise<Uint8Array | null> => {
    const stored = fromHex(await reuseSaltItem.getValue());
    if (stored || !create) return stored;
    const fresh = newSalt();
    await reuseSaltItem.setValue(toHex(fresh));
    return fresh;
  };

  const sameService = async () =>
    sameServiceFrom(normalizeGroups(await reuseGroupsItem.getValue()), deps.extraGroups?.() ?? []);

  return {
    /** A trusted submit: remember this site's tag. */
    remember: (password: string, senderUrl: string | undefined): Promise<void> =>
      serial(async () => {
        const site = siteOfUrl(senderUrl);
        if (!site || !usable(password) || !(await deps.enabled())) return;
        const tag = tagOf(password, (await salt(true))!);
        const sites = normalizeSiteTags(await reuseSitesItem.getValue());
        await reuseSitesItem.setValue(withSite(sites, site, tag, now()));
      }),

    /** A settled password: does it belong to another site, or is this site imitating it? */
    check: (password: string, senderUrl: string | undefined): Promise<ReuseResult> =>
      serial(async () => {
        const site = siteOfUrl(senderUrl);
        if (!site || !usable(password) || !(await deps.enabled())) return NONE;
        const sites = normalizeSiteTags(await reuseSitesItem.getValue());
        const key = await salt(false);
        if (!key || Object.keys(sites).length === 0) return NONE;
        const host = new URL(senderUrl!).hostname;
        return judgeReuse(host, site, tagOf(password, key), sites, await sameService());
      }),

    /** Turning the check off forgets what it kept. */
    forgetAll: () => serial(forgetAllReuse),
  };
}

/** Tags are kept only where the browser's own policy allows it, never a cached one. */
export const reuseEnabled = async () =>
  (await loadSettings({ sure: true })).checks['password-reuse'];

/** When the check goes off (by the person or by policy), the tags and the salt go too. */
export function forgetReuseWhenOff(forgetAll: () => Promise<void>): void {
  const sweep = async () => {
    if (!(await reuseEnabled())) await forgetAll();
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') void sweep();
  });
  void sweep();
}
