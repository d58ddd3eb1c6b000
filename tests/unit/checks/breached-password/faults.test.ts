import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createBreachChecker,
  memorySessionStore,
  type BreachResult,
} from '@/utils/checks/breached-password';
import { startRangeServer, type FaultMode, type RangeServer } from '@/tests/support/range-server';
import { sha1Hex } from './support';

const BREACHED = { password: 52_256_179, hunter2: 38_000 };
let server: RangeServer;
let clock: number;

/** A checker on a fresh session, with a short timeout so the slow faults stay fast. */
const newChecker = () =>
  createBreachChecker({ session: memorySessionStore(), timeoutMs: 400, now: () => clock });

beforeAll(async () => {
  server = await startRangeServer({ breached: BREACHED });
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.setFault(null);
  server.requests.length = 0;
  clock = 1_000_000;
});

describe('against the local range server', () => {
  test('speaks the protocol: breached with the exact count, not-found otherwise', async () => {
    const checker = newChecker();
    expect(await checker.check('password', server.url)).toEqual({
      state: 'breached',
      count: 52_256_179,
    });
    expect(await checker.check('hunter2', server.url)).toEqual({
      state: 'breached',
      count: 38_000,
    });
    expect(await checker.check('a long unbreached phrase 7', server.url)).toEqual({
      state: 'not-found',
    });
  });

  test('sends only a 5-hex prefix, with Add-Padding: true, and nothing of the password', async () => {
    const checker = newChecker();
    const typed = ['password', 'hunter2', 'Tr0ub4dor&3', 'ünïcødé pass'];
    for (const password of typed) await checker.check(password, server.url);
    const gets = server.requests.filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(typed.length);
    for (const request of gets) {
      expect(request.path).toMatch(/^\/range\/[0-9A-F]{5}$/);
      expect(request.headers['add-padding']).toBe('true');
      expect(request.headers.cookie).toBeUndefined();
    }
    const wire = JSON.stringify(server.requests);
    for (const password of typed) {
      expect(wire).not.toContain(password);
      expect(wire.toUpperCase()).not.toContain(sha1Hex(password).slice(5));
    }
  });

  test('padded responses have 800-1000 lines, count-0 lines among them', async () => {
    const response = await fetch(`${server.url}5BAA6`, { headers: { 'Add-Padding': 'true' } });
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines.length).toBeGreaterThanOrEqual(800);
    expect(lines.length).toBeLessThanOrEqual(1000);
    expect(lines.filter((l) => l.endsWith(':0')).length).toBeGreaterThan(700);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('answers the CORS preflight for Add-Padding', async () => {
    const response = await fetch(`${server.url}5BAA6`, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://x', 'Access-Control-Request-Headers': 'add-padding' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/add-padding/i);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });
});

describe('every fault ends as "unavailable", and the next check works', () => {
  test.each<[FaultMode, BreachResult]>([
    ['status-503', { state: 'unavailable', reason: 'server-error' }],
    ['timeout', { state: 'unavailable', reason: 'timeout' }],
    ['slow-drip', { state: 'unavailable', reason: 'timeout' }],
    ['huge-body', { state: 'unavailable', reason: 'bad-response' }],
    ['invalid-utf8', { state: 'unavailable', reason: 'bad-response' }],
    ['html', { state: 'unavailable', reason: 'bad-response' }],
    ['wrong-content-type', { state: 'unavailable', reason: 'bad-response' }],
    ['reset', { state: 'unavailable', reason: 'offline' }],
  ])('%s', async (fault, expected) => {
    const checker = newChecker();
    server.setFault(fault);
    expect(await checker.check('password', server.url)).toEqual(expected);
    server.setFault(null);
    // Same prefix again: the fault was not cached.
    expect(await checker.check('password', server.url)).toEqual({
      state: 'breached',
      count: 52_256_179,
    });
  });

  test.each<[FaultMode, number]>([
    ['429', 1000],
    [{ status: 429, retryAfter: 120 }, 120_000],
    [{ status: 429, retryAfter: new Date(1_000_000 + 30_000).toUTCString() }, 30_000],
    ['429-no-retry-after', 10_000],
  ])('%j: no request to that API until Retry-After has passed', async (fault, waitMs) => {
    const checker = newChecker();
    server.setFault(fault);
    expect(await checker.check('password', server.url)).toEqual({
      state: 'unavailable',
      reason: 'rate-limited',
    });
    server.setFault(null);
    const sent = server.requests.length;
    clock += waitMs - 1;
    expect(await checker.check('hunter2', server.url)).toEqual({
      state: 'unavailable',
      reason: 'rate-limited',
    });
    expect(server.requests.length).toBe(sent);
    clock += 1;
    expect(await checker.check('hunter2', server.url)).toEqual({
      state: 'breached',
      count: 38_000,
    });
  });

  test('a cached answer is still given while rate-limited', async () => {
    const checker = newChecker();
    await checker.check('hunter2', server.url);
    server.setFault('429');
    await checker.check('password', server.url);
    expect(await checker.check('hunter2', server.url)).toEqual({
      state: 'breached',
      count: 38_000,
    });
  });

  test('the rate limit survives a restarted worker', async () => {
    const session = memorySessionStore();
    const make = () => createBreachChecker({ session, timeoutMs: 400, now: () => clock });
    server.setFault({ status: 429, retryAfter: 60 });
    await make().check('password', server.url);
    server.setFault(null);
    const sent = server.requests.length;
    expect(await make().check('hunter2', server.url)).toMatchObject({ reason: 'rate-limited' });
    expect(server.requests.length).toBe(sent);
  });

  test('a server that is gone is "offline"; one that comes back works', async () => {
    const gone = await startRangeServer({ breached: BREACHED });
    await gone.close();
    const checker = newChecker();
    expect(await checker.check('password', gone.url)).toEqual({
      state: 'unavailable',
      reason: 'offline',
    });
    expect(await checker.check('password', server.url)).toMatchObject({ state: 'breached' });
  });

  test('a wrong path (404) is a bad response, not "not found"', async () => {
    const checker = newChecker();
    const wrong = server.url.replace('/range/', '/nope/');
    expect(await checker.check('password', wrong)).toEqual({
      state: 'unavailable',
      reason: 'bad-response',
    });
  });

  test('navigator.onLine === false: "offline" without a request', async () => {
    const checker = newChecker();
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', {
      value: { onLine: false },
      configurable: true,
    });
    try {
      expect(await checker.check('password', server.url)).toEqual({
        state: 'unavailable',
        reason: 'offline',
      });
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'navigator', descriptor);
      else Reflect.deleteProperty(globalThis, 'navigator');
    }
    expect(server.requests).toHaveLength(0);
  });
});
