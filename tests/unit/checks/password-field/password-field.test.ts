/** password-field: NIST anti-patterns, through the whole forms analysis; a check of its own. */
import { describe, expect, test } from 'vitest';
import { isSecureUrl } from '@/utils/checks/insecure-form';
import { analyzePage } from '@/utils/forms';
import { extractPage } from '@/utils/forms/extract';
import { judgeForms } from '@/utils/forms-judge';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { doc, tEn } from '@/tests/unit/forms/helpers';

const analyze = (html: string, url = 'https://shop.example/', secure = isSecureUrl(url)) =>
  analyzePage(doc(html), { url, isSecureContext: secure, t: tEn });

describe('password-field anti-patterns', () => {
  test.each([
    ['<input type="password" onpaste="return false">', 'paste-blocked'],
    ['<input type="password" onpaste="event.preventDefault()">', 'paste-blocked'],
    ['<input type="password" maxlength="16">', 'short-maxlength'],
    ['<input type="password" autocomplete="off">', 'autocomplete-off'],
  ])('%s → %s', (field, code) => {
    const page = analyze(`<form>${field}</form>`);
    expect(page.findings).toEqual([
      expect.objectContaining({
        check: 'password-field',
        code,
        severity: 'info',
        lesson: 'password-managers',
      }),
    ]);
  });

  test('a password field that follows the guidance raises nothing', () => {
    const page = analyze(
      '<form><input type="password" maxlength="128" autocomplete="current-password"></form>',
    );
    expect(page.findings).toEqual([]);
  });
});

describe('its own switch', () => {
  const page = { url: 'https://shop.example/', isSecureContext: true };
  const features = () =>
    extractPage(doc('<form><input type="password" maxlength="16"></form>'), page.url);

  test('on by default: the background keeps its findings', () => {
    const findings = judgeForms(features(), page, DEFAULT_SETTINGS, tEn);
    expect(findings.map((f) => [f.check, f.code])).toEqual([['password-field', 'short-maxlength']]);
  });

  test('switched off, it reports nothing; the other checks are unaffected', () => {
    const off = {
      ...DEFAULT_SETTINGS,
      checks: { ...DEFAULT_SETTINGS.checks, 'password-field': false },
    };
    expect(judgeForms(features(), page, off, tEn)).toEqual([]);
    const insecure = { url: 'http://shop.example/', isSecureContext: false };
    const stillInsecure = judgeForms(features(), insecure, off, tEn);
    expect(stillInsecure.map((f) => f.check)).toEqual(['insecure-form']);
  });
});
