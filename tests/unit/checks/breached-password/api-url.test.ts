import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  createBreachChecker,
  memorySessionStore,
  normalizeRangeApiUrl,
  rangeUrlFor,
} from '@/utils/checks/breached-password';
import { normalizePolicy, normalizeSettings } from '@/utils/settings-model';

describe('normalizeRangeApiUrl', () => {
  test.each<[unknown, string | null]>([
    ['https://api.pwnedpasswords.com/range/', 'https://api.pwnedpasswords.com/range/'],
    ['https://api.pwnedpasswords.com/range', 'https://api.pwnedpasswords.com/range/'],
    ['https://api.pwnedpasswords.com', 'https://api.pwnedpasswords.com/'],
    ['  https://Mirror.Example.org:443/a/b  ', 'https://mirror.example.org/a/b/'],
    ['http://localhost', 'http://localhost/'],
    ['http://localhost:8080/range', 'http://localhost:8080/range/'],
    ['http://0x7f.1:9/range/', 'http://127.0.0.1:9/range/'],
    ['http://[::1]/r', 'http://[::1]/r/'],
    ['http://app.localhost/range/', 'http://app.localhost/range/'],
    ['http://localhost.example.com/range/', null],
    ['http://127.0.0.1.example.com/range/', null],
    ['http://10.0.0.1/range/', null],
    ['https://mirror.example.org/range/?', null],
    ['https://mirror.example.org/range/#', null],
    ['https://u@mirror.example.org/range/', null],
    ['ftp://127.0.0.1/range/', null],
    ['localhost/range/', null],
    [42, null],
  ])('%j → %j', (value, expected) => {
    expect(normalizeRangeApiUrl(value)).toBe(expected);
  });

  test('normalising twice changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), (value) => {
        const once = normalizeRangeApiUrl(value);
        if (once !== null) expect(normalizeRangeApiUrl(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rangeUrlFor', () => {
  test('the prefix is the last path segment, never part of the host', () => {
    expect(rangeUrlFor('http://localhost', 'FC8C5')).toBe('http://localhost/FC8C5');
    expect(rangeUrlFor('https://api.pwnedpasswords.com', 'FC8C5')).toBe(
      'https://api.pwnedpasswords.com/FC8C5',
    );
    expect(rangeUrlFor('http://127.0.0.1:9/range', 'ABCDE')).toBe('http://127.0.0.1:9/range/ABCDE');
    expect(rangeUrlFor('https://api.pwnedpasswords.com/range/', '00000')).toBe(
      'https://api.pwnedpasswords.com/range/00000',
    );
  });

  test('refuses a bad address or anything but five upper-case hex digits', () => {
    expect(rangeUrlFor('http://example.com/range/', 'ABCDE')).toBeNull();
    expect(rangeUrlFor('https://x.example/range/', '../AB')).toBeNull();
    expect(rangeUrlFor('https://x.example/range/', 'abcde')).toBeNull();
    expect(rangeUrlFor('https://x.example/range/', '//evil.example/x')).toBeNull();
  });

  test('every URL it builds stays on the address it was given (property)', () => {
    const prefix = fc.stringMatching(/^[0-9A-F]{5}$/);
    fc.assert(
      fc.property(fc.webUrl(), prefix, (api, p) => {
        const built = rangeUrlFor(api, p);
        if (built === null) return;
        const url = new URL(built);
        const base = new URL(normalizeRangeApiUrl(api)!);
        expect(url.origin).toBe(base.origin);
        expect(url.pathname).toBe(`${base.pathname}${p}`);
        expect(url.protocol).toBe('https:');
      }),
      { numRuns: 500 },
    );
  });
});

describe('one normalised form everywhere', () => {
  test('settings and policy store the address with its trailing slash', () => {
    expect(normalizeSettings({ rangeApiUrl: 'http://127.0.0.1:9/range' }).rangeApiUrl).toBe(
      'http://127.0.0.1:9/range/',
    );
    expect(normalizePolicy({ rangeApiUrl: 'https://mirror.corp.example/r' }).rangeApiUrl).toBe(
      'https://mirror.corp.example/r/',
    );
  });

  test('the checker requests /range/XXXXX for an address without the slash', async () => {
    const asked: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      asked.push(String(input));
      return new Response(`${'0'.repeat(35)}:1\r\n`, { headers: { 'Content-Type': 'text/plain' } });
    };
    const checker = createBreachChecker({
      fetch,
      session: memorySessionStore(),
      isOffline: () => false,
    });
    expect(await checker.check('password', 'http://localhost:1/range')).toEqual({
      state: 'not-found',
    });
    expect(await checker.check('password', 'http://localhost:1')).toEqual({ state: 'not-found' });
    expect(asked).toEqual(['http://localhost:1/range/5BAA6', 'http://localhost:1/5BAA6']);
  });
});
