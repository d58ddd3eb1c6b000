import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  GAP,
  MARGIN,
  placeStack,
  type Box,
  type StackRequest,
} from '../../../utils/content/position';

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
      'below a form with no room above',
      { kind: 'form' as const, anchor: { ...field, top: 20 } },
      { top: 20 + 30 + GAP, left: 100 },
    ],
    [
      'beside a tall form with no room above or below (inline-end side)',
      { kind: 'form' as const, anchor: { ...field, top: 20, height: 640 } },
      { top: 20, left: 100 + 260 + GAP },
    ],
    [
      'beside a tall form, on its left on a right-to-left page',
      { kind: 'form' as const, rtl: true, anchor: { top: 20, left: 500, width: 400, height: 640 } },
      { top: 20, left: 500 - GAP - 300 },
    ],
    [
      'at the view top when a form leaves no free place',
      { kind: 'form' as const, anchor: { top: 0, left: 0, width: 1000, height: 700 } },
      { top: MARGIN, left: MARGIN },
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

  test('with no room above, a form notice keeps off other notices: below, else beside (end, then start)', () => {
    // A form at the top of the view, narrower than it, with room below and on both sides.
    const form = { top: 20, left: 400, width: 200, height: 300 };
    const formPlace = (avoid: Box[]) =>
      placeStack({ anchor: form, sizes: one, kind: 'form', rtl: false, viewport, avoid })[0];
    expect(formPlace([])).toMatchObject({ top: 320 + GAP, left: 400 });
    // A field's stack hangs below the form: beside it, on the inline-end side.
    const fieldStack = { top: 300, left: 400, width: 300, height: 200 };
    expect(formPlace([fieldStack])).toMatchObject({ top: 20, left: 600 + GAP });
    // That side taken too: the inline-start side.
    const right = { top: 0, left: 600, width: 400, height: 700 };
    expect(formPlace([fieldStack, right])).toMatchObject({ top: 20, left: 400 - GAP - 300 });
    // Nowhere free: below the form all the same, never over its fields.
    const left = { top: 0, left: 0, width: 400, height: 700 };
    expect(formPlace([fieldStack, right, left])).toMatchObject({ top: 320 + GAP, left: 400 });
  });

  test('a form notice never covers its form while there is a free place, and stays near it', () => {
    const box = fc.record({
      top: fc.integer({ min: -300, max: 690 }),
      left: fc.integer({ min: 0, max: 900 }),
      width: fc.integer({ min: 40, max: 1000 }),
      height: fc.integer({ min: 20, max: 1000 }),
    });
    const size = fc.record({
      width: fc.integer({ min: 220, max: 360 }),
      height: fc.integer({ min: 40, max: 200 }),
    });
    fc.assert(
      fc.property(
        box,
        fc.array(size, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (anchor, sizes, rtl) => {
          const boxes = placeStack({ anchor, sizes, kind: 'form', rtl, viewport });
          const total = sizes.reduce((sum, s) => sum + s.height + GAP, -GAP);
          const widest = Math.max(...sizes.map((s) => s.width));
          const bottom = anchor.top + anchor.height;
          // The free places, worked out here independently of the code under test.
          const roomAbove = anchor.top - GAP - total >= MARGIN;
          const roomBelow = bottom + GAP + total <= viewport.height - MARGIN;
          const side = rtl ? anchor.left - GAP - widest : anchor.left + anchor.width + GAP;
          const roomBeside =
            side >= MARGIN &&
            side + widest <= viewport.width - MARGIN &&
            total <= viewport.height - 2 * MARGIN;
          if (!roomAbove && !roomBelow && !roomBeside) return;
          for (const b of boxes) {
            const overlapX =
              Math.min(b.left + b.width, anchor.left + anchor.width) -
              Math.max(b.left, anchor.left);
            const overlapY = Math.min(b.top + b.height, bottom) - Math.max(b.top, anchor.top);
            expect(overlapX > 0 && overlapY > 0).toBe(false);
            // Within 80 px of the form, on both axes.
            expect(
              Math.max(0, b.top - bottom, anchor.top - (b.top + b.height)),
            ).toBeLessThanOrEqual(80 + total);
            expect(
              Math.max(0, b.left - (anchor.left + anchor.width), anchor.left - (b.left + b.width)),
            ).toBeLessThanOrEqual(GAP);
          }
          // The stack touches the form (GAP away), above, below or beside it.
          const dy = (b: Box) => Math.max(0, b.top - bottom, anchor.top - (b.top + b.height));
          expect(Math.min(...boxes.map(dy))).toBeLessThanOrEqual(GAP);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
