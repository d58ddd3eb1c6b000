/** @module Pages hide fields inside shadow roots; these helpers see through the open ones
 * (closed ones are private to the page, and we respect that). */

/** Every open shadow root under `root`, including nested ones. One pass, no recursion limit issues. */
export function openShadowRoots(root: Node, limit = 5_000): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const pending: Node[] = [root];
  while (pending.length && found.length < limit) {
    const node = pending.pop()!;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (
      let el = walker.currentNode as Element | null;
      el;
      el = walker.nextNode() as Element | null
    ) {
      const shadow = (el as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return found;
}

/** The element an event really happened on, even inside an open shadow root. */
export function eventTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
