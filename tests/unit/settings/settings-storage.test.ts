/** @module Damaged `local:settings` and `storage.managed` values, read through the real storage
 * item: defaults where a value is bad, every valid choice kept, no crash and no pollution. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadPolicy,
  loadSettings,
  loadUserSettings,
  saveSettings,
  type Settings,
} from '@/utils/settings';
import { prototypeIsClean } from '@/tests/unit/storage/arbitraries';

beforeEach(() => {
  fakeBrowser.reset();
});

const store = (settings: unknown) => fakeBrowser.storage.local.set({ settings });
const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);
const withChecks = (checks: Partial<Settings['checks']>): Settings => ({
  ...defaults(),
  checks: { ...DEFAULT_SETTINGS.checks, ...checks },
});

describe('whole value damaged → defaults', () => {
  test.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', '{"checks":{}}'],
    ['true', true],
    ['an array', [{ checks: { 'breached-password': false } }]],
    ['an empty object', {}],
  ])('%s', async (_, raw) => {
    if (raw !== undefined) await store(raw);
    expect(await loadUserSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('half-valid values keep every valid part', () => {
  test.each<[string, unknown, Settings]>([
    [
      'checks is a string, the URL is good',
      { checks: 'all', rangeApiUrl: 'http://127.0.0.1:9/range/' },
      { ...defaults(), rangeApiUrl: 'http://127.0.0.1:9/range/' },
    ],
    [
      'one check has the wrong type, its sibling is kept',
      { checks: { 'breached-password': false, 'password-strength': 'no', 'insecure-form': null } },
      withChecks({ 'breached-password': false }),
    ],
    [
      'checks is an array',
      { checks: [false, false], pausedSites: ['a.example'] },
      { ...defaults(), pausedSites: ['a.example'] },
    ],
    [
      'the URL is an object, the sites are good',
      { rangeApiUrl: { href: 'https://x.example/' }, pausedSites: ['b.example'] },
      { ...defaults(), pausedSites: ['b.example'] },
    ],
    [
      'pausedSites is a string',
      { pausedSites: 'a.example', checks: { 'oversized-form': false } },
      withChecks({ 'oversized-form': false }),
    ],
    [
      'pausedSites mixes junk with good entries',
      { pausedSites: [null, 7, {}, ['c.example'], 'C.Example', '', ' ', 'c.example'] },
      { ...defaults(), pausedSites: ['c.example'] },
    ],
    ['nulls everywhere', { checks: null, rangeApiUrl: null, pausedSites: null }, defaults()],
    [
      'unknown keys are dropped',
      { extra: 1, checks: { bogus: false, 'insecure-form': false } },
      withChecks({ 'insecure-form': false }),
    ],
  ])('%s', async (_, raw, expected) => {
    await store(raw);
    expect(await loadUserSettings()).toEqual(expected);
  });
});

describe('prototype-pollution keys', () => {
  test.each<[string, string]>([
    ['top level', '{"__proto__": {"checks": {"breached-password": false}}}'],
    ['inside checks', '{"checks": {"__proto__": {"breached-password": false}}}'],
    ['constructor.prototype', '{"constructor": {"prototype": {"rangeApiUrl": "http://x/"}}}'],
    ['as a paused site', '{"pausedSites": ["__proto__", "constructor"]}'],
  ])('%s: ignored, and Object.prototype stays clean', async (_, json) => {
    await store(JSON.parse(json));
    const settings = await loadUserSettings();
    expect(settings.checks).toEqual(DEFAULT_SETTINGS.checks);
    expect(settings.rangeApiUrl).toBe(DEFAULT_SETTINGS.rangeApiUrl);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(prototypeIsClean()).toBe(true);
  });

  test('valid values next to a __proto__ key are kept', async () => {
    await store(JSON.parse('{"__proto__": {"x": 1}, "checks": {"breached-password": false}}'));
    expect(await loadUserSettings()).toEqual(withChecks({ 'breached-password': false }));
  });
});

describe('huge values stay bounded', () => {
  test('100,000 paused sites: at most 1,000 kept', async () => {
    const sites = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    await store({ pausedSites: sites, checks: { 'password-strength': false } });
    const settings = await loadUserSettings();
    expect(settings.pausedSites).toHaveLength(1000);
    expect(settings.pausedSites[0]).toBe('site0.example');
    expect(settings.checks['password-strength']).toBe(false);
  });

  test('a very long range URL or site name is refused, not truncated into something else', async () => {
    const long = `https://mirror.example/${'a'.repeat(5000)}/`;
    await store({ rangeApiUrl: long, pausedSites: [`${'a'.repeat(300)}.example`, 'ok.example'] });
    const settings = await loadUserSettings();
    expect(settings.rangeApiUrl).toBe(DEFAULT_SETTINGS.rangeApiUrl);
    expect(settings.pausedSites).toEqual(['ok.example']);
  });
});

describe('saving repairs what was read', () => {
  test('a damaged value saved back is stored normalised, and reads back the same', async () => {
    await store({ checks: { 'breached-password': 'off' }, pausedSites: ['X.example', 3] });
    const read = await loadUserSettings();
    await saveSettings(read);
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toEqual({ ...defaults(), pausedSites: ['x.example'] });
    expect(await loadUserSettings()).toEqual(settings);
  });
});

describe('organisation policy (storage.managed) damaged', () => {
  test.each<[string, unknown]>([
    ['checks is a string', { checks: 'off' }],
    ['a check is a string', { checks: { 'breached-password': 'false' } }],
    ['the URL is plain http', { rangeApiUrl: 'http://mirror.corp.example/range/' }],
    ['pausedSites is an object', { pausedSites: { 0: 'a.example' } }],
  ])('%s → no policy, the user’s settings apply', async (_, managed) => {
    await fakeBrowser.storage.managed.set(managed as Record<string, unknown>);
    await store({ checks: { 'oversized-form': false } });
    expect(await loadPolicy()).toEqual({ checks: {} });
    expect(await loadSettings()).toEqual(withChecks({ 'oversized-form': false }));
  });

  test('valid policy keys still win next to damaged ones', async () => {
    await fakeBrowser.storage.managed.set({
      checks: { 'breached-password': false, 'password-strength': 1 },
      rangeApiUrl: 17,
      pausedSites: ['corp.example', null],
    });
    expect(await loadSettings()).toEqual({
      ...withChecks({ 'breached-password': false }),
      pausedSites: ['corp.example'],
    });
  });

  test('storage.managed throwing (Firefox without a policy) means no policy', async () => {
    const original = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = () =>
      Promise.reject(new Error('Managed storage manifest not found'));
    try {
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    } finally {
      fakeBrowser.storage.managed.get = original;
    }
  });
});
