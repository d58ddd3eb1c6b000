/** @module Where a stack of notices goes, as pure geometry: below a field (above when there is
 * no room), at a form's top edge, start-aligned (right-aligned on right-to-left pages), inside
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
  /** `field`: below, else above; `form`: at its top edge, above it while there is room. */
  kind: 'field' | 'form';
  rtl: boolean;
  viewport: { width: number; height: number };
}

/** Top-left corner of each notice, in stacking order. */
export function placeStack({ anchor, sizes, kind, rtl, viewport }: StackRequest): Box[] {
  const total = sizes.reduce((sum, s) => sum + s.height, 0) + GAP * Math.max(0, sizes.length - 1);
  const bottom = anchor.top + anchor.height;
  const above = anchor.top - GAP - total;
  const below = bottom + GAP;
  const fitsBelow = below + total <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  let top: number;
  // A form's notice covers its top edge rather than leave the screen.
  if (kind === 'form') top = clamp(fitsAbove ? above : MARGIN, MARGIN, viewport.height - total);
  // Too tall for either side: below, running off the bottom, but never over what is typed.
  else top = fitsBelow || !fitsAbove ? below : above;
  // The first notice sits nearest its anchor: top down below it, bottom up above it.
  const upward = top < anchor.top;
  const boxes: Box[] = [];
  for (const size of upward ? [...sizes].reverse() : sizes) {
    const left = rtl ? anchor.left + anchor.width - size.width : anchor.left;
    boxes.push({
      top,
      left: clamp(left, MARGIN, viewport.width - size.width - MARGIN),
      width: size.width,
      height: size.height,
    });
    top += size.height + GAP;
  }
  return upward ? boxes.reverse() : boxes;
}

/** `min` wins over `max` when the box is larger than the space. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
