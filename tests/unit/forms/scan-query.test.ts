/** The browser's scan (`utils/forms/scan-query.ts`: native queries, shadow roots handed over)
 * finds what the walk finds, element for element, and a live page's lean features give the same
 * findings as every field: on every page fixture, and on the cases where the two could part. The
 * corpus tier repeats both over the 711 real pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractSteps } from '@/utils/forms/extract';
import { scanSteps, STEP } from '@/utils/forms/scan';
import { runAll, StaleWork } from '@/utils/slices';
import { doc } from './helpers';
import { expectSameFindings, expectSameScan, lightShadowRoots } from './scan-equivalence';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const pages = ['forms', 'pages'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name)),
);

function load(file: string): Document {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  return (parseHTML(html) as unknown as { document: Document }).document;
}

describe('the browser scan and the walk agree', () => {
  test.each(pages)('%s', (file) => {
    const page = load(file);
    expectSameScan(page);
    // Every other form said not to render: skipping must agree too.
    const hidden = new Set<Element>(
      [...page.querySelectorAll('form')].filter((_, i) => i % 2 === 1),
    );
    expectSameScan(page, (form) => !hidden.has(form));
  });

  test('nested forms, form= attributes, labels, <base>, fields after a form closes', () => {
    const page = doc(
      '<base target=_top><base href="/shop/">' +
        '<form id=outer><input id=a><div><label for=a>A</label></div></form>' +
        '<input id=loose form=outer><input id=stray form=nowhere>' +
        '<label for=a>Second label for a</label><label for="">empty</label>' +
        '<form id=second><select id=s></select><textarea></textarea></form><input id=after>',
    );
    // Forms nested by a script (the parser never nests them).
    const inner = page.createElement('form');
    inner.id = 'inner';
    inner.innerHTML = '<input id=deep>';
    page.getElementById('outer')!.append(inner);
    const scan = expectSameScan(page);
    expect(scan.baseHref).toBe('/shop/');
    expect(scan.fields.map((f) => scan.owners.get(f) ?? null)).toEqual([0, 1, 0, null, 2, 2, null]);
  });

  test('shadow roots: nested ones, one inside a form, one inside a skipped form', () => {
    const page = doc(
      '<form id=f><x-in></x-in></form><x-card></x-card>' +
        '<div style="display:none"><form id=hid><x-gone></x-gone></form></div>',
    );
    const attach = (selector: string, html: string) => {
      const root = page.querySelector(selector)!.attachShadow({ mode: 'open' });
      root.innerHTML = html;
      return root;
    };
    attach('x-in', '<input id=inside-form>');
    const card = attach('x-card', '<form><input name=email><x-nested></x-nested></form>');
    card.querySelector('x-nested')!.attachShadow({ mode: 'open' }).innerHTML = '<input id=n>';
    attach('x-gone', '<input name=secret>');
    expect(lightShadowRoots(page)).toHaveLength(3);
    const scan = expectSameScan(page, (form) => form.id !== 'hid');
    expect(scan.shadowRoots).toHaveLength(3);
    expect(scan.fields).toHaveLength(3);
  });

  test('resumed after the page removed the element it stopped at, it starts again', () => {
    const page = doc('<form>' + '<input>'.repeat(600) + '</form>');
    const steps = scanSteps(page, { shadowRoots: lightShadowRoots });
    // Stopped after STEP elements; the next one to read leaves the page.
    expect(steps.next().done).toBe(false);
    page.querySelectorAll('form, input')[STEP]!.remove();
    expect(() => runAll(steps)).toThrow(StaleWork);
  });
});

describe('a live page sends only fields someone can fill, and the findings do not change', () => {
  test.each(pages)('%s', (file) => {
    for (const url of ['https://shop.example/', 'http://shop.example/'])
      expectSameFindings(load(file), url);
  });

  test('hidden inputs, submit buttons, disabled and inline-hidden fields are left out', () => {
    const page = doc(
      '<form><input type=hidden name=csrf><input name=email><button>Go</button>' +
        '<input type=submit><input disabled name=x><input style="display: none" name=y></form>',
    );
    expect(expectSameFindings(page, 'https://shop.example/')).toBe(4);
  });

  test('on a secure page, fields outside any form are left out but passwords', () => {
    // A checkout without a <form>: nothing here can be oversized (only forms are), nor insecure
    // on a secure page; the loose password field still meets the password-field check.
    const html =
      '<div><label for=n>Full name</label><input id=n name=name>' +
      '<label for=b>Date of birth</label><input id=b name=dob>' +
      '<label for=c>Card number</label><input id=c name=cc>' +
      '<input type=password name=pw maxlength=12 autocomplete=off></div>' +
      '<form><input name=email><input name=birthday></form>';
    const secure = doc(html);
    expect(expectSameFindings(secure, 'https://shop.example/')).toBe(3);
    const sent = runAll(
      extractSteps(secure, 'https://shop.example/', Infinity, {
        fillableOnly: true,
        looseOnlyPasswords: true,
      }),
    ).features.fields;
    expect(sent.map((f) => [f.name, f.form])).toEqual([
      ['pw', null],
      ['email', 0],
      ['birthday', 0],
    ]);
    // Not secure: the loose card number is what the insecure-page finding names.
    const plain = doc(html);
    expect(expectSameFindings(plain, 'http://shop.example/')).toBe(0);
  });
});
