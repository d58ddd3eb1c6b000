/** @module Notices on extension pages (the demo) placed by the same code as on websites: the
 * content script's `Layer` (top layer, `position.ts` geometry), one stack per anchor. */
import { Layer, type Stack } from '@/utils/content/layer';

const stacks = new Map<Element, Set<HTMLElement>>();
let layer: Layer | null = null;

/** Keeps `host` beside `anchor` until the returned function is called. */
export function anchorHost(host: HTMLElement, anchor: Element): () => void {
  layer ??= new Layer(current, {
    // The page's own components remove their notices when their sample goes.
    onGone: (gone) => stacks.delete(gone),
    canRestore: () => true,
  });
  let stack = stacks.get(anchor);
  if (!stack) stacks.set(anchor, (stack = new Set()));
  stack.add(host);
  layer.watch(anchor);
  layer.layout();
  return () => {
    stack.delete(host);
    host.remove();
    if (stack.size) return layer?.layout();
    stacks.delete(anchor);
    layer?.unwatch(anchor);
  };
}

/** After a notice's content changed size. */
export function relayout(): void {
  layer?.layout();
}

function current(): Stack[] {
  return [...stacks].map(([anchor, hosts]) => ({ anchor, hosts: [...hosts] }));
}
