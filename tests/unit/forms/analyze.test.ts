import { describe, expect, test } from 'vitest';
import { isSecureUrl } from '@/utils/checks/insecure-form';
import { analyzeForm, analyzePage } from '@/utils/forms';
import { doc, tEn } from './helpers';

const analyze = (html: string, url = 'https://shop.example/', secure = isSecureUrl(url)) =>
  analyzePage(doc(html), { url, isSecureContext: secure, t: tEn });

describe('analyzePage', () => {
  test('indexes every field in querySelectorAll order, hidden ones too, with its form', () => {
    const page = analyze(`
      <input type="hidden" name="token">
      <form id="a"><input name="email" type="email"><select name="country"></select></form>
      <textarea name="note" form="a"></textarea>
      <form><input type="password" name="pw"></form>
      <input name="loose">`);
    expect(page.fields.map((f) => [f.index, f.tag, f.type, f.name, f.form])).toEqual([
      [0, 'input', 'hidden', 'token', null],
      [1, 'input', 'email', 'email', 0],
      [2, 'select', 'select-one', 'country', 0],
      [3, 'textarea', 'textarea', 'note', 0],
      [4, 'input', 'password', 'pw', 1],
      [5, 'input', 'text', 'loose', null],
    ]);
    expect(page.forms.map((f) => f.index)).toEqual([0, 1]);
    expect(page.fields[0]).toMatchObject({ kind: 'other', id: '' });
  });

  test('form kinds are distinct, in order, without other or hidden fields', () => {
    const page = analyze(
      '<form><input type="email"><input type="hidden" name="dob"><input name="q1"><input type="email"></form>',
    );
    expect(page.forms[0]?.kinds).toEqual(['email']);
  });

  test('flags an oversized newsletter form', () => {
    const page = analyze(
      '<form><h2>Newsletter</h2><input type="email"><input placeholder="Date of birth"><button>Subscribe</button></form>',
    );
    expect(page.findings).toEqual([
      expect.objectContaining({
        check: 'oversized-form',
        form: 0,
        kinds: ['birth-date'],
        severity: 'warning',
      }),
    ]);
  });

  test('an ordinary checkout raises nothing', () => {
    const page = analyze(`<form><input autocomplete="name"><input autocomplete="street-address">
      <input autocomplete="postal-code"><input autocomplete="cc-number"><input autocomplete="cc-csc">
      <input autocomplete="cc-exp"><input type="email"></form>`);
    expect(page.forms[0]?.purpose).toBe('checkout');
    expect(page.findings).toEqual([]);
  });
});

describe('analyzeForm', () => {
  test('gives the same verdict as the whole-page analysis', () => {
    const d = doc(`<form></form><form><input type="email"><input placeholder="Date of birth">
      <button>Subscribe to our newsletter</button></form>`);
    const opts = { url: 'https://shop.example/', isSecureContext: true, t: tEn };
    const whole = analyzePage(d, opts);
    const one = analyzeForm(d.querySelectorAll('form')[1]!, opts);
    expect(one.form.index).toBe(1);
    expect(one.form.purpose).toBe(whole.forms[1]?.purpose);
    expect(one.findings).toEqual(whole.findings);
  });
});

describe('scale', () => {
  const opts = { url: 'https://shop.example/', isSecureContext: true, t: tEn };
  const bigPage = (n: number) => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i % 20 === 0) parts.push(i ? '</form><form>' : '<form>');
      parts.push(
        `<div><label for="f${i}">Field ${i} email</label><input id="f${i}" name="f${i}"></div>`,
      );
    }
    return doc(`${parts.join('')}</form>`);
  };

  // How long it takes is measured by `npm run bench` (scripts/bench/forms.ts, 5,000 inputs).
  test('5,000 fields are all analysed', () => {
    const page = analyzePage(bigPage(5000), opts);
    expect(page.fields).toHaveLength(5000);
    expect(page.fields.every((f) => f.kind === 'email')).toBe(true);
  });

  test('10,000 inputs and very deep nesting do not blow up', () => {
    const flat = doc('<form>' + '<input>'.repeat(10_000) + '</form>');
    expect(analyzePage(flat, opts).fields).toHaveLength(10_000);
    const deep = doc(
      '<div>'.repeat(5_000) + '<form><input type="email"></form>' + '</div>'.repeat(5_000),
    );
    expect(analyzePage(deep, opts).fields[0]).toMatchObject({ kind: 'email', form: 0 });
  });
});
