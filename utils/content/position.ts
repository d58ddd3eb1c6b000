/** @module Where a stack of notices goes, as pure geometry: below a field (above when there is
 * no room), above a form's top edge (below or beside the form when there is no room above, never
 * over its fields), start-aligned (right-aligned on right-to-left pages), inside
 * the viewport. Coordinates are the viewport's (`position: fixed` in the top layer), so nothing
 * in the page's layout moves. The content script and the demo page both place notices here. */

/** Space between a field and its first notice, and between notices. */
export const GAP = 4;
/** Distance kept from the viewport's edges. */
export const MARGIN = 8;

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface StackRequest {
  /** The field's or form's box, viewport coordinates. */
  anchor: Box;
  /** Each notice's size, in stacking order. */
  sizes: { width: number; height: number }[];
  /** `field`: below, else above; `form`: above its top edge, else below it, else beside it. */
  kind: 'field' | 'form';
  rtl: boolean;
  viewport: { width: number; height: number };
  /** Notices already placed (other stacks): a form's notice with no room above keeps off them. */
  avoid?: Box[];
}

/** Top-left corner of each notice, in stacking order. */
export function placeStack(request: StackRequest): Box[] {
  const { anchor, sizes, kind, rtl, viewport } = request;
  const total = sizes.reduce((sum, s) => sum + s.height, 0) + GAP * Math.max(0, sizes.length - 1);
  const bottom = anchor.top + anchor.height;
  const above = anchor.top - GAP - total;
  const below = bottom + GAP;
  const fitsBelow = below + total <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  const startAligned = (size: { width: number }) =>
    rtl ? anchor.left + anchor.width - size.width : anchor.left;
  if (kind === 'form' && !fitsAbove) {
    // No room above the form: below it, else beside it (inline-end side first), over none of
    // its fields, and over no other notice while a place is free of them too.
    const places = [
      fitsBelow ? stack(sizes, below, false, startAligned, viewport) : null,
      besideForm(request, total, 'end'),
      besideForm(request, total, 'start'),
    ].filter((place): place is Box[] => place !== null);
    const avoid = request.avoid ?? [];
    const free = places.find(
      (place) => !place.some((box) => avoid.some((o) => intersects(box, o))),
    );
    if (free ?? places[0]) return (free ?? places[0])!;
    // No free place at all (a form as large as the view, or the page itself): the view's top.
    const top = clamp(MARGIN, MARGIN, viewport.height - total);
    return stack(sizes, top, false, startAligned, viewport);
  }
  // A form's notice above its top edge. A field's below it, else above; too tall for either
  // side: below, running off the bottom, but never over what is typed.
  const top = kind === 'form' ? above : fitsBelow || !fitsAbove ? below : above;
  return stack(sizes, top, top < anchor.top, startAligned, viewport);
}

/** Beside a form, on its inline-end side (left on right-to-left pages) or its inline-start side,
 * from its top edge (or the view's), when the whole stack fits there; null when it does not. */
function besideForm(
  { anchor, sizes, rtl, viewport }: StackRequest,
  total: number,
  side: 'end' | 'start',
): Box[] | null {
  const widest = Math.max(...sizes.map((s) => s.width));
  const onLeft = rtl === (side === 'end');
  const left = onLeft ? anchor.left - GAP - widest : anchor.left + anchor.width + GAP;
  if (left < MARGIN || left + widest > viewport.width - MARGIN) return null;
  if (total > viewport.height - 2 * MARGIN) return null;
  const top = clamp(anchor.top, MARGIN, viewport.height - MARGIN - total);
  // On the form's left, each notice's right edge meets the gap beside the form.
  const at = (size: { width: number }) => (onLeft ? left + widest - size.width : left);
  return stack(sizes, top, false, at, viewport);
}

/** Lays the notices from `top` down, or (`upward`) from `top` with the first nearest the anchor
 * below them. */
function stack(
  sizes: StackRequest['sizes'],
  top: number,
  upward: boolean,
  leftOf: (size: { width: number }) => number,
  viewport: StackRequest['viewport'],
): Box[] {
  const boxes: Box[] = [];
  for (const size of upward ? [...sizes].reverse() : sizes) {
    boxes.push({
      top,
      left: clamp(leftOf(size), MARGIN, viewport.width - size.width - MARGIN),
      width: size.width,
      height: size.height,
    });
    top += size.height + GAP;
  }
  return upward ? boxes.reverse() : boxes;
}

function intersects(a: Box, b: Box): boolean {
  return (
    Math.min(a.left + a.width, b.left + b.width) > Math.max(a.left, b.left) &&
    Math.min(a.top + a.height, b.top + b.height) > Math.max(a.top, b.top)
  );
}

/** `min` wins over `max` when the box is larger than the space. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
