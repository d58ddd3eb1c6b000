/** @module Whether a person can see an element: rendered (a box, not `display: none`,
 * `visibility: hidden`, `hidden`, `inert` or behind a modal dialog) and not scrolled out of view,
 * in the viewport or in any scrolling container around it. Unseen fields and forms are neither
 * judged nor noticed. */
import { isShadowRoot } from './nodes';

/** Rendered and interactive, wherever it is scrolled. */
export function isRendered(el: Element): boolean {
  if (!el.isConnected || el.closest('[inert]')) return false;
  const modal = el.ownerDocument.querySelector('dialog:modal');
  if (modal && !modal.contains(el)) return false;
  const options = { checkVisibilityCSS: true, visibilityProperty: true };
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility(options)) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Whether `el` is laid out at all (no `display: none` on it or around it, not in a closed
 * dialog, not `hidden`), cheaply: style only, no layout. `display: contents` has no box of its
 * own, yet what is inside it renders, so it counts as laid out. */
export function hasBox(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return true;
  return getComputedStyle(el).display === 'contents';
}

/** The part of `el`'s box a person can see (viewport coordinates), or null when none is. */
export function visibleBox(el: Element, view: Window = window): DOMRect | null {
  if (!isRendered(el)) return null;
  const box = el.getBoundingClientRect();
  let top = Math.max(box.top, 0);
  let left = Math.max(box.left, 0);
  let bottom = Math.min(box.bottom, view.innerHeight);
  let right = Math.min(box.right, view.innerWidth);
  // Scrolling and clipping containers around it (shadow roots crossed through their hosts).
  for (let node = parentOf(el); node && top < bottom && left < right; node = parentOf(node)) {
    if (node === el.ownerDocument.documentElement || node === el.ownerDocument.body) continue;
    const style = view.getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = node.getBoundingClientRect();
    top = Math.max(top, clip.top);
    left = Math.max(left, clip.left);
    bottom = Math.min(bottom, clip.bottom);
    right = Math.min(right, clip.right);
  }
  return top < bottom && left < right ? box : null;
}

function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return isShadowRoot(root) ? root.host : null;
}
