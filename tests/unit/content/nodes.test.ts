/** The node checks that replace `instanceof` in the scripts every page loads (`nodes.ts`). */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { isDocument, isElement, isHtml, isHtmlElement, isShadowRoot } from '@/utils/content/nodes';

const { document } = parseHTML(
  '<html><body><form><input id="a"><textarea></textarea></form><svg><input id="s"/></svg></body></html>',
);

describe('node kinds, without reading interface globals', () => {
  test('elements, documents, shadow roots', () => {
    const input = document.querySelector('#a')!;
    expect(isElement(input)).toBe(true);
    expect(isElement(document)).toBe(false);
    expect(isElement(input.firstChild)).toBe(false);
    expect(isElement(null)).toBe(false);
    expect(isElement(undefined)).toBe(false);
    expect(isDocument(document)).toBe(true);
    expect(isDocument(input)).toBe(false);
    // A fragment is not a shadow root; one with a host is.
    const fragment = document.createDocumentFragment();
    expect(isShadowRoot(fragment)).toBe(false);
    expect(isShadowRoot(Object.assign(fragment, { host: input }))).toBe(true);
  });

  test('HTML elements by name, not other namespaces', () => {
    expect(isHtml(document.querySelector('#a'), 'input')).toBe(true);
    expect(isHtml(document.querySelector('#a'), 'textarea')).toBe(false);
    expect(isHtml(document.querySelector('textarea'), 'textarea')).toBe(true);
    expect(isHtml(document.querySelector('form'), 'form')).toBe(true);
    expect(isHtml(document.querySelector('#s'), 'input')).toBe(false);
    expect(isHtml(document, 'input')).toBe(false);
    expect(isHtmlElement(document.querySelector('svg'))).toBe(false);
    expect(isHtmlElement(document.body)).toBe(true);
  });
});
