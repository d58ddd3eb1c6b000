import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { handover } from '@/utils/content/handover';

/** The sentinel's one question at idle: is there anything here the engine would look at? */
let hasFillable: typeof import('@/utils/content/sentinel').hasFillable;

beforeAll(async () => {
  ({ hasFillable } = await import('@/utils/content/sentinel'));
});

const page = (body: string) =>
  parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('hasFillable', () => {
  test.each([
    ['an article', '<article><h1>News</h1><p>Text</p><a href="/">link</a></article>', false],
    ['only hidden inputs', '<div><input type="hidden" name="csrf"></div>', false],
    ['a form', '<form action="/s"></form>', true],
    ['a loose text field', '<div><input name="q"></div>', true],
    ['a password field', '<input type="password">', true],
    ['a select', '<select><option>a</option></select>', true],
    ['a textarea', '<textarea></textarea>', true],
  ])('%s → %s', (_name, body, expected) => {
    expect(hasFillable(page(body))).toBe(expected);
  });
});

describe('handover', () => {
  test('the sentinel and the engine see the same state through one global', () => {
    const scope = {};
    const first = handover(scope);
    first.requested = true;
    expect(handover(scope)).toBe(first);
    expect(handover(scope).requested).toBe(true);
    expect(handover({}).requested).toBe(false);
  });
});
