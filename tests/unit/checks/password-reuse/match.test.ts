import { describe, expect, test } from 'vitest';
import {
  judgeReuse,
  MAX_SITES,
  normalizeGroups,
  normalizeSiteTags,
  sameServiceFrom,
  sharedGroups,
  siteOfUrl,
  sitesSharing,
  withoutSite,
  withSite,
  type SiteTags,
} from '@/utils/checks/password-reuse';

const DAY = 86_400_000;
const tag = (t: number, length = 12) => ({ tag: t, length });
const sites: SiteTags = {
  'shop.example': { ...tag(42), lastSeen: 1 * DAY },
  'mail.example': { ...tag(42), lastSeen: 3 * DAY },
  'bank.example': { ...tag(7), lastSeen: 2 * DAY },
  'short.example': { ...tag(42, 8), lastSeen: 2 * DAY },
  'paypal.com': { ...tag(99), lastSeen: 2 * DAY },
  'paypal.de': { ...tag(99), lastSeen: 2 * DAY },
};
const never = () => false;

describe('sitesSharing', () => {
  test('names the other sites with the same tag and length, most recent first', () => {
    expect(sitesSharing(sites, 'news.example', tag(42), never)).toEqual([
      'mail.example',
      'shop.example',
    ]);
  });
  test('never the current site, and not a site of the same service', () => {
    expect(sitesSharing(sites, 'shop.example', tag(42), never)).toEqual(['mail.example']);
    const same = sameServiceFrom([['shop.example', 'mail.example']]);
    expect(sitesSharing(sites, 'shop.example', tag(42), same)).toEqual([]);
  });
  test('another length or tag is no match', () => {
    expect(sitesSharing(sites, 'x.example', tag(42, 13), never)).toEqual([]);
    expect(sitesSharing(sites, 'x.example', tag(43), never)).toEqual([]);
  });
});

describe('judgeReuse', () => {
  test('reused, lookalike, none', () => {
    expect(judgeReuse('news.example', 'news.example', tag(7), sites, never)).toEqual({
      state: 'reused',
      sites: ['bank.example'],
    });
    expect(judgeReuse('paypa1.com', 'paypa1.com', tag(99), sites, never)).toEqual({
      state: 'lookalike',
      site: 'paypal.com',
    });
    expect(judgeReuse('paypa1.com', 'paypa1.com', tag(5), sites, never)).toEqual({
      state: 'none',
    });
  });
  test('a lookalike host with no matching password is not flagged', () => {
    expect(judgeReuse('paypa1.com', 'paypa1.com', tag(7), sites, never).state).toBe('reused');
  });
});

describe('groups for the popup', () => {
  test('sites sharing a tag form a group; a same-service group alone is not reuse', () => {
    const same = sameServiceFrom([['paypal.com', 'paypal.de']]);
    expect(sharedGroups(sites, same)).toEqual([['mail.example', 'shop.example']]);
    expect(sharedGroups(sites, never)).toEqual([
      ['mail.example', 'shop.example'],
      ['paypal.com', 'paypal.de'],
    ]);
  });
  test('normalizeGroups keeps only lists of two or more names', () => {
    expect(normalizeGroups([['a.com', 'b.com', 'a.com'], ['c.com'], 'x', [1, 'd.com']])).toEqual([
      ['a.com', 'b.com'],
    ]);
    expect(normalizeGroups(null)).toEqual([]);
  });
});

describe('stored tags', () => {
  test('junk is dropped; nothing but tag, length, day survives', () => {
    const raw = {
      'a.com': { tag: 5, length: 9, lastSeen: 0, password: 'hunter2' },
      'b.com': { tag: 2 ** 24, length: 9, lastSeen: 0 },
      'c.com': { tag: 1.5, length: 9, lastSeen: 0 },
      'd.com': 'x',
    };
    expect(normalizeSiteTags(raw)).toEqual({ 'a.com': { tag: 5, length: 9, lastSeen: 0 } });
    expect(normalizeSiteTags([1])).toEqual({});
  });
  test('lastSeen is kept to the day; the least recently used go first past the cap', () => {
    let all: SiteTags = {};
    for (let i = 0; i < MAX_SITES + 5; i++) all = withSite(all, `s${i}.com`, tag(i), i * DAY + 5);
    expect(Object.keys(all)).toHaveLength(MAX_SITES);
    expect(all['s0.com']).toBeUndefined();
    expect(all[`s${MAX_SITES + 4}.com`]!.lastSeen % DAY).toBe(0);
    expect(withoutSite(all, 's10.com')['s10.com']).toBeUndefined();
  });
});

test.each([
  ['https://login.example.co.uk/x', 'example.co.uk'],
  ['http://shop.test:8080/', 'shop.test'],
  ['http://127.0.0.1:5000/', '127.0.0.1'],
  ['http://intranet/', 'intranet'],
  ['about:blank', null],
  ['chrome-extension://abc/popup.html', null],
  [undefined, null],
])('siteOfUrl(%s) = %s', (url, site) => {
  expect(siteOfUrl(url)).toBe(site);
});
