import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createDemoChecker,
  DEMO_BREACHED,
  DEMO_PADDING_LINES,
  DEMO_RANGE_API,
  demoFetch,
} from '@/components/demo/demo-breach';
import { parseRange, rangeRequestFor } from '@/utils/checks/breached-password';

const PADDED = { headers: { 'Add-Padding': 'true' } };

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('demoFetch speaks the range protocol', () => {
  test('a padded answer: SUFFIX:COUNT lines, CRLF, the demo suffix and count-0 padding', async () => {
    const { prefix, suffix } = rangeRequestFor('password');
    const response = await demoFetch(DEMO_RANGE_API + prefix, PADDED);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/plain');
    const body = await response.text();
    const lines = body.split('\r\n');
    for (const line of lines) expect(line).toMatch(/^[0-9A-F]{35}:\d+$/);
    expect(lines.filter((l) => l.endsWith(':0'))).toHaveLength(DEMO_PADDING_LINES);
    expect(lines).toContain(`${suffix}:9600000`);
    // Sorted together, so padding cannot be told apart by position.
    expect([...lines].sort()).toEqual(lines);
    expect(parseRange(body)?.get(suffix)).toBe(9_600_000);
  });

  test('padding only when asked for, as the API does', async () => {
    const { prefix } = rangeRequestFor('password');
    const body = await (await demoFetch(DEMO_RANGE_API + prefix)).text();
    expect(body.split('\r\n')).toHaveLength(1);
  });

  test('a prefix no demo password has: padding only, which parses as "none breached"', async () => {
    const prefix = rangeRequestFor('a strong passphrase nobody uses').prefix;
    const body = await (await demoFetch(DEMO_RANGE_API + prefix, PADDED)).text();
    expect(parseRange(body)?.size).toBe(0);
  });

  test.each(['', 'abcde', '12345X', '123456'])(
    'refuses the malformed prefix %j',
    async (prefix) => {
      expect((await demoFetch(DEMO_RANGE_API + prefix, PADDED)).status).toBe(404);
    },
  );

  test('answers no other URL', async () => {
    const { prefix } = rangeRequestFor('password');
    const response = await demoFetch(`https://api.pwnedpasswords.com/range/${prefix}`, PADDED);
    expect(response.status).toBe(404);
  });
});

describe('the demo checker is the real createBreachChecker', () => {
  test.each(DEMO_BREACHED)('$password is breached, $count times', async ({ password, count }) => {
    const result = await createDemoChecker().check(password, DEMO_RANGE_API);
    expect(result).toEqual({ state: 'breached', count });
  });

  test('a strong unknown password is not found', async () => {
    const result = await createDemoChecker().check('violet kettle harbour jazz', DEMO_RANGE_API);
    expect(result).toEqual({ state: 'not-found' });
  });

  test('never touches the network', async () => {
    const network = vi.spyOn(globalThis, 'fetch');
    const checker = createDemoChecker();
    await checker.check('iloveyou', DEMO_RANGE_API);
    await checker.check('something else entirely 42', DEMO_RANGE_API);
    expect(network).not.toHaveBeenCalled();
  });

  test('the demo list has the famous ones, each with a count', () => {
    const passwords = DEMO_BREACHED.map((d) => d.password);
    expect(passwords).toEqual(expect.arrayContaining(['password', '123456', 'qwerty123']));
    expect(passwords.length).toBeGreaterThanOrEqual(8);
    for (const { count } of DEMO_BREACHED) expect(count).toBeGreaterThan(0);
  });
});
