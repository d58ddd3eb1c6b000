/** Shadow hosts are found by asking for every element that is not a common one
 * (`utils/content/roots.ts`): custom elements must never be left out, wherever they sit. */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { documentShadowRoots, openShadowRoots } from '@/utils/content/roots';

function page(body: string): Document {
  return (
    parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`) as unknown as {
      document: Document;
    }
  ).document;
}

/** Attaches an open shadow root holding `html` to the element with this id. */
function shadow(doc: Document, id: string, html = '<input name="email">'): ShadowRoot {
  const root = doc.getElementById(id)!.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

describe('shadow hosts', () => {
  test('custom elements anywhere: among common tags, rare ones, SVG, in the head', () => {
    const doc = page(
      `<div><p><sign-up id="a"></sign-up></p></div><font><x-b id="b"></x-b></font>` +
        `<svg><g><x-c id="c"></x-c></g></svg><main><section><deep-er-one id="d"></deep-er-one></section></main>`,
    );
    const roots = ['a', 'b', 'c', 'd'].map((id) => shadow(doc, id));
    expect(documentShadowRoots(doc)).toEqual(roots);
    expect(openShadowRoots(doc)).toEqual(expect.arrayContaining(roots));
  });

  test('nested custom elements inside a shadow root', () => {
    const doc = page('<outer-box id="outer"></outer-box>');
    const outer = shadow(doc, 'outer', '<inner-box id="inner"></inner-box>');
    const inner = (outer.querySelector('#inner') as Element).attachShadow({ mode: 'open' });
    expect(openShadowRoots(doc)).toEqual([outer, inner]);
  });

  test('plain elements with a shadow root are not hosts searched for (their focus finds them)', () => {
    const doc = page('<div id="plain"></div><span-ish id="custom"></span-ish>');
    shadow(doc, 'plain');
    const custom = shadow(doc, 'custom');
    expect(documentShadowRoots(doc)).toEqual([custom]);
  });

  test('custom elements without a shadow root give nothing', () => {
    expect(documentShadowRoots(page('<my-widget></my-widget><div>text</div>'))).toEqual([]);
  });
});
