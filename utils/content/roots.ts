/** @module Pages hide fields inside shadow roots; these helpers see through the open ones
 * (closed ones are private to the page, and we respect that). */
import { isElement, isShadowRoot, ORDERED_NODE_SNAPSHOT_TYPE } from './nodes';

/** Custom elements (names with a hyphen) under the context node. One native XPath query: a
 * `querySelectorAll('*')` or TreeWalker pass creates a script object for every element of the
 * page (~1 ms on a 1,800-element article; this ~0.2 ms). */
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

/** Where pages attach shadow roots: custom elements. Inside a shadow root (no XPath context
 * there in every browser) every element is looked at; those subtrees are small. */
function hostsIn(node: Node): ArrayLike<Element> {
  if (isShadowRoot(node)) return node.querySelectorAll('*');
  const doc = node.ownerDocument ?? (node as Document);
  const result = doc.evaluate(CUSTOM_ELEMENTS, node, null, ORDERED_NODE_SNAPSHOT_TYPE);
  const hosts: Element[] = [];
  for (let i = 0; i < result.snapshotLength; i++) hosts.push(result.snapshotItem(i) as Element);
  return hosts;
}

/** Open shadow roots under `root` (and `root`'s own), nested ones too, looking at `limit`
 * candidate hosts at most. Hosts are custom elements (and `root` itself): a shadow root on a
 * plain `div` deeper down is not found here. The forms scan (`utils/forms/scan.ts`) still
 * reads every open shadow root it meets; this only serves watching for changes. */
export function openShadowRoots(root: Node, limit = 5_000): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  if (isElement(root) && root.shadowRoot) found.push(root.shadowRoot);
  const pending: Node[] = [root, ...found];
  let seen = 0;
  while (pending.length && seen < limit) {
    const hosts = hostsIn(pending.pop()!);
    for (let i = 0; i < hosts.length && seen < limit; i++, seen++) {
      const shadow = hosts[i]!.shadowRoot;
      if (shadow) {
        found.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return found;
}

/** The open shadow roots of the document's own shadow hosts (custom elements), in document
 * order: what the forms scan (`utils/forms/scan-query.ts`) walks; it finds nested ones itself. */
export function documentShadowRoots(doc: Document): ShadowRoot[] {
  const hosts = hostsIn(doc);
  const found: ShadowRoot[] = [];
  for (let i = 0; i < hosts.length; i++) {
    const shadow = hosts[i]!.shadowRoot;
    if (shadow) found.push(shadow);
  }
  return found;
}

/** The element an event really happened on, even inside an open shadow root. */
export function eventTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
