import { expect, test } from 'vitest';
import { lessonFromHash, lessonHash, tabIdFromSearch } from '@/components/popup/location';
import { siteOfUrl, withSitePaused } from '@/components/shared/settings-edit';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

test.each([
  ['?tabId=12', 12],
  ['?x=1&tabId=0', 0],
  ['', null],
  ['?tabId=', null],
  ['?tabId=-3', null],
  ['?tabId=1.5', null],
  ['?tabId=abc', null],
  ['?tabId=99999999999', null],
])('tabIdFromSearch(%j) → %s', (search, expected) => {
  expect(tabIdFromSearch(search)).toBe(expected);
});

test.each([
  ['#lesson=phishing', 'phishing'],
  ['#lesson=https-encryption', 'https-encryption'],
  ['lesson=mfa', 'mfa'],
  ['#lesson=unknown', null],
  ['#lesson=__proto__', null],
  ['', null],
  ['#other=mfa', null],
])('lessonFromHash(%j) → %s', (hash, expected) => {
  expect(lessonFromHash(hash)).toBe(expected);
});

test('lessonHash round-trips', () => {
  expect(lessonFromHash(lessonHash('data-minimisation'))).toBe('data-minimisation');
});

const settings = (pausedSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, pausedSites });

test('pausing adds the normalised site once', () => {
  expect(withSitePaused(settings([]), 'Shop.Example.com', true).pausedSites).toEqual([
    'shop.example.com',
  ]);
  expect(withSitePaused(settings(['a.test']), 'a.test', true).pausedSites).toEqual(['a.test']);
});

test('resuming removes the site and any parent domain that covers it', () => {
  const next = withSitePaused(
    settings(['example.com', 'shop.example.com', 'other.test']),
    'shop.example.com',
    false,
  );
  expect(next.pausedSites).toEqual(['other.test']);
});

test.each([
  ['https://Shop.Example.com:8443/cart?x=1', 'shop.example.com'],
  ['http://127.0.0.1:3000/', '127.0.0.1'],
  ['chrome://extensions', null],
  ['about:blank', null],
  ['file:///tmp/a.html', null],
  [null, null],
  ['not a url', null],
])('siteOfUrl(%j) → %s', (url, expected) => {
  expect(siteOfUrl(url)).toBe(expected);
});
