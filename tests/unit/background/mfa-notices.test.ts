import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { memorySessionStore } from '@/utils/checks/breached-password';
import { lookupSite, type MfaTable } from '@/utils/checks/mfa-available';
import { normalizeQuiet, type Quiet } from '@/utils/background/mfa-memory';
import {
  createMfaNotices,
  DONE_MS,
  QUIET_MS,
  SIGN_IN_WINDOW_MS,
} from '@/utils/background/mfa-notices';

const table: MfaTable = {
  'example.co.uk': ['ak', 'example.co.uk/2fa'],
  'example.de': 'example.co.uk',
  'plain.com': ['', ''],
};

function setup() {
  let clock = 1_000_000;
  let stored: unknown = {};
  const session = memorySessionStore();
  const notices = createMfaNotices({
    lookup: (host) => lookupSite(table, host),
    session,
    quiet: {
      get: async () => structuredClone(stored),
      set: async (value: Quiet) => void (stored = structuredClone(value)),
    },
    now: () => clock,
  });
  return {
    notices,
    session,
    stored: () => stored as Quiet,
    advance: (ms: number) => void (clock += ms),
    now: () => clock,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('two-step notices after a sign-in', () => {
  test('the next page of the site in that tab gets the notice once', async () => {
    const s = setup();
    await s.notices.signedIn(7, 'https://login.example.co.uk/signin');
    expect(await s.notices.waiting(7)).toBe(true);
    s.advance(5_000);
    const notice = await s.notices.take(7, 'https://www.example.co.uk/home');
    expect(notice).toEqual({
      site: 'example.co.uk',
      methods: ['security-key', 'authenticator-app'],
      guide: 'https://example.co.uk/2fa',
      lesson: 'mfa',
    });
    expect(await s.notices.take(7, 'https://www.example.co.uk/home')).toBeNull();
    expect(await s.notices.waiting(7)).toBe(false);
    expect(s.stored()).toEqual({ 'example.co.uk': s.now() + QUIET_MS });
  });

  test('an additional domain counts as the same site', async () => {
    const s = setup();
    await s.notices.signedIn(1, 'https://example.de/');
    expect((await s.notices.take(1, 'https://example.co.uk/'))?.site).toBe('example.co.uk');
  });

  test('not in another tab, not on another site, not after two minutes', async () => {
    const s = setup();
    await s.notices.signedIn(1, 'https://example.co.uk/');
    expect(await s.notices.take(2, 'https://example.co.uk/')).toBeNull();
    // A single sign-on hop through another site leaves the sign-in waiting.
    expect(await s.notices.take(1, 'https://sso.other.example/')).toBeNull();
    s.advance(SIGN_IN_WINDOW_MS + 1);
    expect(await s.notices.take(1, 'https://example.co.uk/')).toBeNull();
  });

  test('sites listed without two-step sign-in and unlisted sites leave nothing behind', async () => {
    const s = setup();
    await s.notices.signedIn(1, 'https://plain.com/');
    await s.notices.signedIn(2, 'https://unlisted.example/');
    await s.notices.signedIn(3, 'not a url');
    for (const tab of [1, 2, 3]) expect(await s.notices.waiting(tab)).toBe(false);
  });

  test('never more than once per site in 30 days', async () => {
    const s = setup();
    await s.notices.signedIn(1, 'https://example.co.uk/');
    expect(await s.notices.take(1, 'https://example.co.uk/')).not.toBeNull();
    s.advance(QUIET_MS - 1_000);
    await s.notices.signedIn(1, 'https://example.co.uk/');
    expect(await s.notices.take(1, 'https://example.co.uk/')).toBeNull();
    s.advance(2_000);
    await s.notices.signedIn(1, 'https://example.co.uk/');
    expect(await s.notices.take(1, 'https://example.co.uk/')).not.toBeNull();
  });

  test.each([
    ['later', QUIET_MS],
    ['done', DONE_MS],
  ] as const)('"%s" keeps the site quiet for its time', async (choice, ms) => {
    const s = setup();
    await s.notices.answer('https://www.example.de/', choice);
    expect(s.stored()).toEqual({ 'example.co.uk': s.now() + ms });
  });

  test('"never" is kept with no expiry, and only for the asking page\'s site', async () => {
    const s = setup();
    await s.notices.answer('https://login.example.co.uk/', 'never');
    await s.notices.answer('https://unlisted.example/', 'never');
    expect(s.stored()).toEqual({ 'example.co.uk': 'never' });
    s.advance(10 * DONE_MS);
    await s.notices.signedIn(1, 'https://example.co.uk/');
    expect(await s.notices.take(1, 'https://example.co.uk/')).toBeNull();
  });

  test('two asks at once get one notice between them', async () => {
    const s = setup();
    await s.notices.signedIn(1, 'https://example.co.uk/');
    const answers = await Promise.all([
      s.notices.take(1, 'https://example.co.uk/'),
      s.notices.take(1, 'https://example.co.uk/'),
    ]);
    expect(answers.filter(Boolean)).toHaveLength(1);
  });
});

describe('normalizeQuiet', () => {
  test('keeps unexpired numbers and "never"; drops the rest', () => {
    expect(
      normalizeQuiet({ a: 10, b: 'never', c: 'soon', d: 1, e: null, ['x'.repeat(300)]: 99 }, 5),
    ).toEqual({ a: 10, b: 'never' });
    expect(normalizeQuiet([1, 2], 0)).toEqual({});
    expect(normalizeQuiet(null, 0)).toEqual({});
  });

  test('keeps at most 500 sites', () => {
    const many = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`s${i}.example`, 99]));
    expect(Object.keys(normalizeQuiet(many, 0))).toHaveLength(500);
  });
});
