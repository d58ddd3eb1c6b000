/** @module Places a notice host next to what it is about without touching the page's layout:
 * absolutely positioned in the root element, so nothing in the page's flow moves. */

const GAP = 4;

/** Inline `!important` beats any page stylesheet, even `heedful-notice { display: none !important }`. */
const HOST_STYLE: Record<string, string> = {
  position: 'absolute',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  'z-index': '2147483647',
  margin: '0',
  padding: '0',
  border: '0',
  width: 'auto',
  height: 'auto',
  transform: 'none',
  'pointer-events': 'auto',
};

export function styleHost(host: HTMLElement): void {
  for (const [name, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(name, value, 'important');
}

/** `top`: at the top of the viewport (for a notice about the whole page). */
export type Placement = 'below' | 'above' | 'top';

/** Moves `host` to sit `offset` px below (or above) `anchor`, in document coordinates. */
export function placeHost(
  host: HTMLElement,
  anchor: Element,
  placement: Placement,
  offset: number,
): void {
  const target = anchor.getBoundingClientRect();
  const hidden = target.width === 0 && target.height === 0;
  host.style.setProperty('display', hidden ? 'none' : 'block', 'important');
  if (hidden) return;
  const height = host.getBoundingClientRect().height;
  const wantTop =
    placement === 'top'
      ? GAP + offset
      : placement === 'below'
        ? target.bottom + GAP + offset
        : target.top - GAP - offset - height;
  const wantLeft = placement === 'top' ? GAP : Math.max(0, target.left);
  setPx(host, 'top', 0);
  setPx(host, 'left', 0);
  // The root element may be positioned or offset; measure where (0,0) lands and correct for it.
  const origin = host.getBoundingClientRect();
  setPx(host, 'top', Math.max(0, wantTop - origin.top));
  setPx(host, 'left', wantLeft - origin.left);
}

function setPx(host: HTMLElement, prop: 'top' | 'left', value: number): void {
  host.style.setProperty(prop, `${Math.round(value)}px`, 'important');
}
