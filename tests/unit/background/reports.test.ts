import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { memorySessionStore } from '@/utils/checks/breached-password';
import type { Finding } from '@/utils/checks/findings';
import { sanitizeFindings } from '@/utils/findings-guard';
import { judgeForms } from '@/utils/forms-judge';
import { extractPage } from '@/utils/forms/extract';
import { translatorFor } from '@/utils/i18n-catalog';
import { isOwnContentScript, isOwnPage } from '@/utils/sender';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { badgeText, createTabReports } from '@/utils/tab-reports';
import { parseHTML } from 'linkedom';
import { loadCatalog } from '@/scripts/locales';

const finding = (check: Finding['check'], form: number | null = 0): Finding => ({
  check,
  severity: 'warning',
  form,
  message: 'm',
});

const t = translatorFor(loadCatalog('en'));

beforeEach(() => fakeBrowser.reset());

describe('badge counting', () => {
  test.each([
    [0, ''],
    [1, '1'],
    [7, '7'],
    [99, '99'],
    [100, '99+'],
  ])('%i findings → %j', (n, text) => {
    expect(badgeText(Array.from({ length: n }, () => finding('oversized-form')))).toBe(text);
  });

  test('frames of one tab add up; a new page starts again', async () => {
    const reports = createTabReports(memorySessionStore(), { t });
    await reports.record(5, 0, {
      url: 'https://a.example/',
      findings: [finding('oversized-form')],
    });
    const merged = await reports.record(5, 3, {
      url: 'https://b.example/frame',
      findings: [finding('insecure-form', 1)],
    });
    expect(badgeText(merged.findings)).toBe('2');
    // Only the origin is kept; the other-origin frame's finding says where it came from.
    expect(merged.url).toBe('https://a.example');
    expect(merged.findings.map((f) => f.origin)).toEqual([undefined, 'https://b.example']);
    // A frame reporting again replaces its own findings, it does not add to them.
    const again = await reports.record(5, 3, { url: 'https://b.example/frame', findings: [] });
    expect(again.findings).toHaveLength(1);
    await reports.forget(5);
    expect((await reports.get(5)).findings).toEqual([]);
    expect((await reports.get(6)).findings).toEqual([]);
  });
});

describe('findings from content scripts are treated as untrusted', () => {
  test('only the contract shape survives, bounded', () => {
    const hostile = [
      null,
      'x',
      { check: 'rm -rf', severity: 'warning', form: 0, message: 'no' },
      {
        check: 'oversized-form',
        severity: 'evil',
        form: -3,
        message: 'y'.repeat(10_000),
        kinds: ['email', 7, 'x'.repeat(99)],
        extra: '<script>',
      },
      ...Array.from({ length: 500 }, () => ({ check: 'insecure-form', message: 'z' })),
    ];
    const clean = sanitizeFindings(hostile);
    expect(clean.length).toBeLessThanOrEqual(200);
    expect(clean[0]).toEqual({
      check: 'oversized-form',
      severity: 'warning',
      form: null,
      message: 'y'.repeat(500),
      kinds: ['email', 'x'.repeat(40)],
    });
    expect(sanitizeFindings({ length: 3 })).toEqual([]);
    // The facts a sentence is written from are bounded too; the tab report checks them again.
    const [facts] = sanitizeFindings([
      {
        check: 'insecure-form',
        count: 1.5,
        stated: 'yes',
        hosts: ['a.example', 7, 'h'.repeat(999)],
      },
    ]);
    expect(facts).toEqual({
      check: 'insecure-form',
      severity: 'warning',
      form: null,
      message: '',
      hosts: ['a.example', 'h'.repeat(253)],
    });
  });
});

describe('who may talk to the background', () => {
  const id = 'ext-id';
  const origin = 'chrome-extension://ext-id/';
  test.each([
    [{ id, tab: { id: 1 }, url: 'https://site.example/' }, true, false],
    [{ id, url: `${origin}popup.html` }, false, true],
    [{ id, tab: { id: 2 }, url: `${origin}demo.html` }, false, true],
    [{ id: 'other-extension', tab: { id: 1 }, url: 'https://site.example/' }, false, false],
    [{ tab: { id: 1 }, url: 'https://site.example/' }, false, false],
  ])('%j → content script %s, own page %s', (sender, content, page) => {
    expect(isOwnContentScript(sender, id, origin)).toBe(content);
    expect(isOwnPage(sender, id, origin)).toBe(page);
  });
});

describe('judging forms in the background', () => {
  const { document } = parseHTML(`<html><body><form action="/s"><h2>Newsletter</h2>
    <input type="email" name="email"><label>Date of birth <input name="dob"></label>
    <label>ID number <input name="idnumber"></label><button>Subscribe</button></form></body></html>`);
  const features = extractPage(document as unknown as Document, 'https://shop.example/');

  test('enabled checks report; disabled checks and paused sites do not', () => {
    const page = { url: 'https://shop.example/', isSecureContext: true };
    expect(judgeForms(features, page, DEFAULT_SETTINGS, t).map((f) => f.check)).toEqual([
      'oversized-form',
    ]);
    const off = {
      ...DEFAULT_SETTINGS,
      checks: { ...DEFAULT_SETTINGS.checks, 'oversized-form': false },
    };
    expect(judgeForms(features, page, off, t)).toEqual([]);
    const paused = { ...DEFAULT_SETTINGS, pausedSites: ['shop.example'] };
    expect(judgeForms(features, page, paused, t)).toEqual([]);
  });

  test('malformed requests give no findings instead of throwing', () => {
    const page = { url: 'https://shop.example/', isSecureContext: true };
    expect(judgeForms({} as never, page, DEFAULT_SETTINGS, t)).toEqual([]);
    expect(judgeForms({ fields: [{}], forms: [] } as never, page, DEFAULT_SETTINGS, t)).toEqual([]);
    expect(
      judgeForms(features, { url: 'not a url', isSecureContext: true }, DEFAULT_SETTINGS, t),
    ).toEqual([]);
  });
});
