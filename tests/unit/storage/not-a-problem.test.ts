import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  editNotAProblem,
  normalizeNotAProblem,
  notAProblemOn,
  withNotAProblem,
  withoutNotAProblem,
} from '@/utils/not-a-problem';

beforeEach(() => fakeBrowser.reset());

test.each([
  [undefined, []],
  ['oversized-form', []],
  [
    [null, 3, 'x', { site: 'Shop.Example', check: 'oversized-form' }],
    [{ site: 'shop.example', check: 'oversized-form' }],
  ],
  // Password notices have no opt-out; unknown checks and bad sites are dropped; no duplicates.
  [
    [
      { site: 'a.example', check: 'password-strength' },
      { site: 'not a site!', check: 'insecure-form' },
      { site: 'a.example', check: 'insecure-form' },
      { site: 'a.example', check: 'insecure-form' },
    ],
    [{ site: 'a.example', check: 'insecure-form' }],
  ],
])('normalizeNotAProblem(%j)', (raw, expected) => {
  expect(normalizeNotAProblem(raw)).toEqual(expected);
});

test('marking is per site and per check, and undo removes only that one', () => {
  let list = withNotAProblem([], 'shop.example', 'oversized-form');
  list = withNotAProblem(list, 'shop.example', 'oversized-form');
  list = withNotAProblem(list, 'news.example', 'oversized-form');
  list = withNotAProblem(list, 'shop.example', 'password-strength');
  expect(list).toEqual([
    { site: 'shop.example', check: 'oversized-form' },
    { site: 'news.example', check: 'oversized-form' },
  ]);
  expect(withoutNotAProblem(list, 'shop.example', 'oversized-form')).toEqual([
    { site: 'news.example', check: 'oversized-form' },
  ]);
});

test('stored locally and read back per site', async () => {
  await fakeBrowser.storage.local.set({ notAProblem: 'garbage' });
  await editNotAProblem((list) => withNotAProblem(list, 'shop.example', 'insecure-form'));
  expect([...(await notAProblemOn('SHOP.example'))]).toEqual(['insecure-form']);
  expect([...(await notAProblemOn('other.example'))]).toEqual([]);
  expect(await fakeBrowser.storage.local.get('notAProblem')).toEqual({
    notAProblem: [{ site: 'shop.example', check: 'insecure-form' }],
  });
});
