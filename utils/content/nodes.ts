/** @module What kind of node this is, asked of the node itself. `x instanceof ShadowRoot` reads
 * the global `ShadowRoot`, and the first read of each such interface in a content script's
 * isolated world makes the browser build that interface there (constructor, prototype chain):
 * in every frame of every page, for a check that `nodeType` answers for free. Measured on the
 * corpus pages: the sentinel's shadow-root look cost ~0.8 ms a page with `instanceof ShadowRoot`
 * and `XPathResult.*`, and nothing measurable without (README, "Page-load cost"). */

const HTML = 'http://www.w3.org/1999/xhtml';

export const isElement = (node: unknown): node is Element => (node as Node | null)?.nodeType === 1;

export const isDocument = (node: unknown): node is Document =>
  (node as Node | null)?.nodeType === 9;

/** A shadow root (a document fragment with a host). */
export const isShadowRoot = (node: unknown): node is ShadowRoot =>
  (node as Node | null)?.nodeType === 11 && 'host' in (node as object);

/** An HTML element with this local name (`input`, `form`…). */
export function isHtml<K extends keyof HTMLElementTagNameMap>(
  node: unknown,
  name: K,
): node is HTMLElementTagNameMap[K] {
  return isElement(node) && node.localName === name && node.namespaceURI === HTML;
}

/** Any HTML element (a contenteditable `div`, say). */
export const isHtmlElement = (node: unknown): node is HTMLElement =>
  isElement(node) && node.namespaceURI === HTML;
