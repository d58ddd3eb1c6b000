import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyPolicy,
  CHECK_IDS,
  DEFAULT_SETTINGS,
  isAcceptableRangeApiUrl,
  normalizePolicy,
  normalizeSettings,
  type Settings,
} from '@/utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('isAcceptableRangeApiUrl', () => {
  test.each<[unknown, boolean]>([
    ['https://api.pwnedpasswords.com/range/', true],
    ['https://mirror.example.org/pwned/range/', true],
    ['https://mirror.example.org:8443/range/', true],
    ['http://127.0.0.1:8080/range/', true],
    ['http://127.1.2.3/range/', true],
    ['http://localhost:3000/range/', true],
    ['http://[::1]:3000/range/', true],
    ['http://example.com/range/', false],
    ['http://127.0.0.1.example.com/range/', false],
    ['http://localhost.example.com/range/', false],
    ['http://10.0.0.1/range/', false],
    ['ftp://127.0.0.1/range/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/plain,hi', false],
    ['https://user:pass@mirror.example.org/range/', false],
    ['https://mirror.example.org/range/?x=1', false],
    ['https://mirror.example.org/range/#x', false],
    ['/range/', false],
    ['', false],
    [`https://x.org/${'a'.repeat(2100)}`, false],
    [null, false],
    [42, false],
    [{ href: 'https://x.org/' }, false],
  ])('%j → %s', (value, expected) => {
    expect(isAcceptableRangeApiUrl(value)).toBe(expected);
  });

  test('never throws and accepts only https: or loopback http: (property)', () => {
    let runs = 0;
    const urlish = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('http', 'https', 'ftp', 'HTTP', 'javascript'),
          fc.domain(),
          fc.webPath(),
        )
        .map(([s, h, p]) => `${s}://${h}${p}`),
      fc.ipV4().map((ip) => `http://${ip}/range/`),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.anything(),
    );
    fc.assert(
      fc.property(urlish, (value) => {
        runs++;
        const started = performance.now();
        const accepted = isAcceptableRangeApiUrl(value);
        expect(performance.now() - started).toBeLessThan(50);
        if (!accepted) return;
        const url = new URL(value as string);
        expect(
          url.protocol === 'https:' || /^(127\.|(.+\.)?localhost$|\[::1\]$)/.test(url.hostname),
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
    console.log(`isAcceptableRangeApiUrl: ${runs} property cases`);
  });
});

describe('normalizeSettings', () => {
  const base = DEFAULT_SETTINGS;
  test.each<[string, unknown, Partial<Settings>]>([
    ['nothing stored', undefined, {}],
    ['not an object', 'garbage', {}],
    ['an array', [1, 2], {}],
    [
      'breach check off',
      { checks: { 'breached-password': false } },
      { checks: { ...base.checks, 'breached-password': false } },
    ],
    ['a non-boolean check is defaulted', { checks: { 'breached-password': 'no' } }, {}],
    ['unknown checks dropped', { checks: { bogus: true } }, {}],
    [
      'loopback mirror kept',
      { rangeApiUrl: 'http://127.0.0.1:9/range/' },
      { rangeApiUrl: 'http://127.0.0.1:9/range/' },
    ],
    ['plain http mirror rejected', { rangeApiUrl: 'http://evil.example/range/' }, {}],
    [
      'paused sites normalised and deduplicated',
      { pausedSites: ['Example.com', 'https://example.com/x', 3, ''] },
      { pausedSites: ['example.com'] },
    ],
  ])('%s', (_, raw, expected) => {
    expect(normalizeSettings(raw)).toEqual({ ...base, ...expected });
  });

  test('never throws, always the full shape (property)', () => {
    let runs = 0;
    const raw = fc.oneof(
      fc.anything(),
      fc.record(
        {
          checks: fc.oneof(
            fc.anything(),
            fc.dictionary(fc.constantFrom(...CHECK_IDS, 'x'), fc.anything()),
          ),
          rangeApiUrl: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
          pausedSites: fc.oneof(
            fc.array(fc.oneof(fc.domain(), fc.string(), fc.anything())),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(raw, (value) => {
        runs++;
        const started = performance.now();
        const settings = normalizeSettings(value);
        expect(performance.now() - started).toBeLessThan(100);
        expect(Object.keys(settings.checks).sort()).toEqual([...CHECK_IDS].sort());
        for (const id of CHECK_IDS) expect(typeof settings.checks[id]).toBe('boolean');
        expect(isAcceptableRangeApiUrl(settings.rangeApiUrl)).toBe(true);
        expect(settings.pausedSites.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
        expect(new Set(settings.pausedSites).size).toBe(settings.pausedSites.length);
        expect(normalizeSettings(settings)).toEqual(settings); // idempotent
      }),
      { numRuns: 1000 },
    );
    console.log(`normalizeSettings: ${runs} property cases`);
  });
});

describe('normalizePolicy and applyPolicy', () => {
  const user: Settings = {
    checks: { ...DEFAULT_SETTINGS.checks, 'oversized-form': false },
    rangeApiUrl: 'http://localhost:1/range/',
    pausedSites: ['user.example'],
  };

  test.each<[string, unknown, Settings]>([
    ['no policy', undefined, user],
    [
      'policy disables the breach check',
      { checks: { 'breached-password': false } },
      { ...user, checks: { ...user.checks, 'breached-password': false } },
    ],
    [
      'policy mirror wins',
      { rangeApiUrl: 'https://mirror.corp.example/range/' },
      { ...user, rangeApiUrl: 'https://mirror.corp.example/range/' },
    ],
    [
      'an unacceptable policy URL is ignored',
      { rangeApiUrl: 'http://mirror.corp.example/range/' },
      user,
    ],
    [
      'policy paused sites add to the user’s',
      { pausedSites: ['Corp.Example'] },
      { ...user, pausedSites: ['corp.example', 'user.example'] },
    ],
    [
      'wrong types ignored',
      { checks: { 'breached-password': 'false' }, rangeApiUrl: 5, pausedSites: 'x' },
      user,
    ],
  ])('%s', (_, raw, expected) => {
    expect(applyPolicy(user, normalizePolicy(raw))).toEqual(expected);
  });

  test('policy always wins key by key, whatever is stored (property)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (rawUser, rawPolicy) => {
        runs++;
        const policy = normalizePolicy(rawPolicy);
        const merged = applyPolicy(normalizeSettings(rawUser), policy);
        for (const [id, on] of Object.entries(policy.checks))
          expect(merged.checks[id as (typeof CHECK_IDS)[number]]).toBe(on);
        if (policy.rangeApiUrl) expect(merged.rangeApiUrl).toBe(policy.rangeApiUrl);
        expect(isAcceptableRangeApiUrl(merged.rangeApiUrl)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    console.log(`normalizePolicy/applyPolicy: ${runs} property cases`);
  });
});
