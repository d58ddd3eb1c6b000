import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkWithSettings,
  createBreachChecker,
  memorySessionStore,
  type SessionStore,
} from '@/utils/checks/breached-password';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { API, fakeRangeFetch, sha1Hex } from './support';

const BREACHED = { password: 52_256_179, hunter2: 38_000, letmein: 9_000 };

/** Passwords whose prefixes all differ, for the LRU tests. */
const DISTINCT = ['alpha-1', 'bravo-2', 'charlie-3', 'delta-4', 'echo-5'];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('cache and in-flight sharing', () => {
  test('N concurrent checks of one prefix make one request', async () => {
    const { fetch, calls } = fakeRangeFetch(BREACHED, 50);
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => checker.check('password', API)),
    );
    expect(calls).toEqual([`${API}5BAA6`]);
    for (const result of results) expect(result).toEqual({ state: 'breached', count: 52_256_179 });
  });

  test('a different password with the same prefix shares the request and gets its own answer', async () => {
    // Both suffixes live under 5BAA6 in the fake range; only "password" is in it.
    const { fetch, calls } = fakeRangeFetch(BREACHED, 20);
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    const sibling = findSiblingOf('password');
    const [a, b] = await Promise.all([checker.check('password', API), checker.check(sibling, API)]);
    expect(calls).toHaveLength(1);
    expect(a).toEqual({ state: 'breached', count: 52_256_179 });
    expect(b).toEqual({ state: 'not-found' });
  });

  test('a cache hit makes no request', async () => {
    const { fetch, calls } = fakeRangeFetch(BREACHED);
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    await checker.check('hunter2', API);
    expect(await checker.check('hunter2', API)).toEqual({ state: 'breached', count: 38_000 });
    expect(await checker.check('not in the list', API)).toEqual({ state: 'not-found' });
    expect(calls).toHaveLength(2);
  });

  test('survives a restarted worker: a new checker on the same session store', async () => {
    const session = memorySessionStore();
    const first = fakeRangeFetch(BREACHED);
    await createBreachChecker({ fetch: first.fetch, session }).check('letmein', API);
    const second = fakeRangeFetch(BREACHED);
    const result = await createBreachChecker({ fetch: second.fetch, session }).check(
      'letmein',
      API,
    );
    expect(result).toEqual({ state: 'breached', count: 9_000 });
    expect(second.calls).toHaveLength(0);
  });

  test('uses browser.storage.session by default', async () => {
    const first = fakeRangeFetch(BREACHED);
    await createBreachChecker({ fetch: first.fetch }).check('password', API);
    expect(Object.keys(await fakeBrowser.storage.session.get())).toContain('breach:index');
    const second = fakeRangeFetch(BREACHED);
    await createBreachChecker({ fetch: second.fetch }).check('password', API);
    expect(second.calls).toHaveLength(0);
  });

  test('sites are kept apart: a range one site cached is fetched again for another', async () => {
    const { fetch, calls } = fakeRangeFetch(BREACHED, 5);
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    await checker.check('password', API, 'https:a.example');
    await checker.check('password', API, 'https:a.example');
    expect(calls).toHaveLength(1);
    // In flight or cached, site B never shares site A's answer, so it cannot time it.
    await Promise.all([
      checker.check('password', API, 'https:b.example'),
      checker.check('password', API, 'https:c.example'),
    ]);
    expect(calls).toHaveLength(3);
  });

  test('the partition names the registrable domain, whatever the subdomain', async () => {
    const { siteOf } = await import('@/utils/background/site');
    expect(siteOf('https://login.shop.example.co.uk/a?b')).toBe('https:example.co.uk');
    expect(siteOf('https://www.example.co.uk/')).toBe('https:example.co.uk');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('http:127.0.0.1');
    expect(siteOf('http://localhost:8080/x')).toBe('http:localhost');
    expect(siteOf('https://user.github.io/')).toBe('https:user.github.io');
    expect(siteOf(undefined)).toBe('unknown:');
  });

  test('ranges of different APIs are kept apart', async () => {
    const { fetch, calls } = fakeRangeFetch(BREACHED);
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    await checker.check('password', API);
    await checker.check('password', 'http://127.0.0.1:9/range/');
    expect(calls).toEqual([`${API}5BAA6`, 'http://127.0.0.1:9/range/5BAA6']);
  });

  test('is bounded: the least recently used range is dropped, in memory and in storage', async () => {
    const session = memorySessionStore();
    const { fetch, calls } = fakeRangeFetch(BREACHED);
    const checker = createBreachChecker({ fetch, session, maxRanges: 3 });
    for (const password of DISTINCT) await checker.check(password, API);
    await checker.check(DISTINCT[4] ?? '', API); // newest: still cached
    expect(calls).toHaveLength(5);
    await checker.check(DISTINCT[0] ?? '', API); // oldest: evicted, fetched again
    expect(calls).toHaveLength(6);
    const index = (await session.get('breach:index')) as string[];
    expect(index).toHaveLength(3);
    const entry = (password: string) =>
      session.get(`breach:range:|${API}|${sha1Hex(password).slice(0, 5)}`);
    // The key names what is kept: the newest is there, the evicted are not.
    expect(await entry(DISTINCT[4] ?? '')).toBeDefined();
    for (const password of DISTINCT.slice(1, 3)) expect(await entry(password)).toBeUndefined();
  });

  test('an entry made under another session key is a miss, never a false "not found"', async () => {
    const session = memorySessionStore();
    await createBreachChecker({ fetch: fakeRangeFetch(BREACHED).fetch, session }).check(
      'password',
      API,
    );
    await session.remove(['breach:key']);
    const second = fakeRangeFetch(BREACHED);
    const result = await createBreachChecker({ fetch: second.fetch, session }).check(
      'password',
      API,
    );
    expect(result).toEqual({ state: 'breached', count: 52_256_179 });
    expect(second.calls).toHaveLength(1);
  });

  test('corrupted storage is ignored, not trusted', async () => {
    const session = memorySessionStore();
    await createBreachChecker({ fetch: fakeRangeFetch(BREACHED).fetch, session }).check(
      'password',
      API,
    );
    await session.set({ [`breach:range:|${API}|5BAA6`]: { tag: 'x', table: { nope: 'yes' } } });
    const second = fakeRangeFetch(BREACHED);
    const result = await createBreachChecker({ fetch: second.fetch, session }).check(
      'password',
      API,
    );
    expect(result).toEqual({ state: 'breached', count: 52_256_179 });
    expect(second.calls).toHaveLength(1);
  });

  test('a failing session store costs persistence, not answers', async () => {
    const broken: SessionStore = {
      get: () => Promise.reject(new Error('gone')),
      set: () => Promise.reject(new Error('quota')),
      remove: () => Promise.reject(new Error('gone')),
    };
    const { fetch, calls } = fakeRangeFetch(BREACHED);
    const checker = createBreachChecker({ fetch, session: broken });
    expect(await checker.check('password', API)).toEqual({ state: 'breached', count: 52_256_179 });
    expect(await checker.check('password', API)).toEqual({ state: 'breached', count: 52_256_179 });
    expect(calls).toHaveLength(1);
  });
});

describe('what the cache writes', () => {
  test('storage never holds a password, its full SHA-1 or its suffix', async () => {
    const { fetch } = fakeRangeFetch(BREACHED);
    const checker = createBreachChecker({ fetch });
    const typed = ['password', 'hunter2', 'letmein', 'not-breached-1', 'Tr0ub4dor&3'];
    for (const password of typed) await checker.check(password, API);
    const stored = JSON.stringify(await fakeBrowser.storage.session.get());
    expect(stored.length).toBeGreaterThan(1000); // the ranges really are there
    for (const password of typed) {
      const hex = sha1Hex(password);
      for (const secret of [password, hex, hex.slice(5)]) {
        expect(stored).not.toContain(secret);
        expect(stored).not.toContain(secret.toLowerCase());
      }
    }
    // Apart from the random session key, no long hex run (a suffix or hash) is stored at all.
    const { 'breach:key': key, ...rest } = await fakeBrowser.storage.session.get();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rest)).not.toMatch(/[0-9A-Fa-f]{35}/);
  });
});

describe('checkWithSettings', () => {
  test('switched off: "disabled", and no network at all', async () => {
    const { fetch, calls } = fakeRangeFetch(BREACHED);
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    const settings = {
      ...DEFAULT_SETTINGS,
      checks: { ...DEFAULT_SETTINGS.checks, 'breached-password': false },
    };
    expect(await checkWithSettings(checker, 'password', settings)).toEqual({
      state: 'unavailable',
      reason: 'disabled',
    });
    expect(calls).toHaveLength(0);
  });

  test('switched on: uses settings.rangeApiUrl', async () => {
    const { fetch, calls } = fakeRangeFetch(BREACHED);
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    const settings = { ...DEFAULT_SETTINGS, rangeApiUrl: API };
    expect(await checkWithSettings(checker, 'hunter2', settings)).toMatchObject({
      state: 'breached',
    });
    expect(calls[0]?.startsWith(API)).toBe(true);
  });

  test.each(['http://example.com/range/', 'ftp://127.0.0.1/', 'not a url', 'https://u:p@x.org/'])(
    'refuses %s without a request',
    async (apiUrl) => {
      const { fetch, calls } = fakeRangeFetch(BREACHED);
      const checker = createBreachChecker({ fetch, session: memorySessionStore() });
      expect(await checker.check('password', apiUrl)).toEqual({
        state: 'unavailable',
        reason: 'invalid-url',
      });
      expect(calls).toHaveLength(0);
    },
  );
});

/** Another string whose SHA-1 shares the 5-hex prefix of `password` (found by brute force). */
function findSiblingOf(password: string): string {
  const sibling = 'sibling-256871';
  expect(sha1Hex(sibling).slice(0, 5)).toBe(sha1Hex(password).slice(0, 5));
  return sibling;
}
