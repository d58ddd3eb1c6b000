import { describe, expect, test } from 'vitest';
import { GAP, MARGIN, placeStack, type StackRequest } from '../../../utils/content/position';

const viewport = { width: 1000, height: 700 };
const field = { top: 300, left: 100, width: 260, height: 30 };
const one = [{ width: 300, height: 80 }];

const place = (over: Partial<StackRequest>) =>
  placeStack({ anchor: field, sizes: one, kind: 'field', rtl: false, viewport, ...over });

describe('placeStack', () => {
  test.each([
    ['below a field with room', {}, { top: 330 + GAP, left: 100 }],
    [
      'above a field near the bottom',
      { anchor: { ...field, top: 640 } },
      { top: 640 - GAP - 80, left: 100 },
    ],
    ['right-aligned on a right-to-left page', { rtl: true }, { top: 330 + GAP, left: 360 - 300 }],
    ['above a form with room', { kind: 'form' as const }, { top: 300 - GAP - 80, left: 100 }],
    [
      'at a form top near the viewport top',
      { kind: 'form' as const, anchor: { ...field, top: 20 } },
      { top: MARGIN, left: 100 },
    ],
    [
      'inside the viewport at the right edge',
      { anchor: { ...field, left: 900 } },
      { top: 334, left: 1000 - 300 - MARGIN },
    ],
  ])('%s', (_name, over, want) => {
    expect(place(over)[0]).toMatchObject(want);
  });

  test('a stack is laid top to bottom without overlaps, all below the field', () => {
    const boxes = place({ sizes: [one[0]!, { width: 200, height: 50 }] });
    expect(boxes.map((b) => b.top)).toEqual([334, 334 + 80 + GAP]);
  });

  test('above a field, the first notice is the nearest', () => {
    const anchor = { ...field, top: 640 };
    const boxes = place({ anchor, sizes: [one[0]!, { width: 200, height: 50 }] });
    expect(boxes.map((b) => b.top)).toEqual([640 - GAP - 80, 640 - GAP - 80 - GAP - 50]);
  });

  test('a stack too tall for either side goes below and never covers the field', () => {
    const boxes = place({ sizes: [{ width: 300, height: 900 }] });
    expect(boxes[0]!.top).toBe(field.top + field.height + GAP);
  });
});
