/** insecure-form, through the whole forms analysis (as the background and the CLI run it). */
import { describe, expect, test } from 'vitest';
import { isSecureUrl } from '@/utils/checks/insecure-form';
import { analyzePage } from '@/utils/forms';
import { doc, tEn } from '@/tests/unit/forms/helpers';

const analyze = (html: string, url = 'https://shop.example/', secure = isSecureUrl(url)) =>
  analyzePage(doc(html), { url, isSecureContext: secure, t: tEn });

describe('insecure-form', () => {
  const login = '<form action="/login"><input name="user"><input type="password" name="pw"></form>';

  test('a password on a page that is not a secure context', () => {
    const page = analyze(login, 'http://shop.example/');
    expect(page.findings).toEqual([
      expect.objectContaining({
        check: 'insecure-form',
        code: 'insecure-page',
        severity: 'danger',
        form: 0,
        kinds: ['password'],
        lesson: 'https-encryption',
      }),
    ]);
  });

  test.each([
    'http://localhost:8080/',
    'http://127.0.0.1/',
    'http://[::1]/',
    'https://shop.example/',
  ])('%s is a secure context', (url) => {
    expect(isSecureUrl(url)).toBe(true);
    expect(analyze(login, url).findings).toEqual([]);
  });

  test.each(['http://shop.example/', 'http://10.0.0.1/', 'data:text/html,x', 'not a url'])(
    '%s is not a secure context',
    (url) => expect(isSecureUrl(url)).toBe(false),
  );

  test('a form posting to http: from a secure page, whatever it holds', () => {
    const page = analyze('<form action="http://list.example/join"><input type="email"></form>');
    expect(page.findings).toEqual([
      expect.objectContaining({
        check: 'insecure-form',
        code: 'http-action',
        severity: 'warning',
        form: 0,
      }),
    ]);
    expect(page.findings[0]?.message).toContain('list.example');
  });

  test('posting to loopback over http is fine; <base href> is honoured', () => {
    expect(analyze('<form action="http://127.0.0.1:3000/x"><input></form>').findings).toEqual([]);
    const based = analyze(
      '<base href="http://cdn.example/"><form action="go"><input type="email"></form>',
    );
    expect(based.findings[0]?.code).toBe('http-action');
  });

  test('a loose password field on an http page is reported with form null', () => {
    const page = analyze('<input type="password">', 'http://shop.example/');
    expect(page.findings).toEqual([
      expect.objectContaining({ check: 'insecure-form', form: null }),
    ]);
  });
});
