/** @module Notices on extension pages (the demo) placed by the same code as on websites: the
 * content script's `Layer` (top layer, `position.ts` geometry), one stack per anchor, and the
 * same Tab order into and out of them (`notice-keys.ts`). */
import { Layer, type Stack } from '@/utils/content/layer';
import { moveFocus } from '@/utils/content/notice-keys';

const stacks = new Map<Element, HTMLElement[]>();
let layer: Layer | null = null;

/** Keeps `host` beside `anchor`, after the hosts already there, until the returned function is
 * called. */
export function anchorHost(host: HTMLElement, anchor: Element): () => void {
  if (!layer) {
    layer = new Layer(current, {
      // The page's own components remove their notices when their sample goes.
      onGone: (gone) => stacks.delete(gone),
      canRestore: () => true,
    });
    document.addEventListener('keydown', onKey, { capture: true });
  }
  let stack = stacks.get(anchor);
  if (!stack) stacks.set(anchor, (stack = []));
  stack.push(host);
  layer.watch(anchor);
  layer.layout();
  return () => {
    stack.splice(stack.indexOf(host), 1);
    host.remove();
    if (stack.length) return layer?.layout();
    stacks.delete(anchor);
    layer?.unwatch(anchor);
  };
}

/** After a notice's content changed size, or the page moved without an event. */
export function relayout(): void {
  layer?.layout();
}

function current(): Stack[] {
  return [...stacks].map(([anchor, hosts]) => ({ anchor, hosts: [...hosts] }));
}

/** Tab from a sample field enters its notice, as on a website. */
function onKey(event: KeyboardEvent): void {
  if (!event.isTrusted || event.key !== 'Tab' || event.altKey || event.ctrlKey) return;
  const target = event.composedPath()[0];
  if (target instanceof Element) moveFocus(event, target, new Map(stacks));
}
