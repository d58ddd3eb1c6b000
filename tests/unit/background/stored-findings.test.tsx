/** Issue 12 §2: tab reports keep codes and counts, never sentences; the popup writes the same
 * sentence as the check did, and an older stored shape never reads as an all-clear. */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalog } from '@/scripts/locales';
import { CHECKS, everyCheck } from '@/utils/checks';
import { browserSessionStore } from '@/utils/checks/breached-password';
import type { Finding } from '@/utils/checks/findings';
import { PASSWORD_CHECKS } from '@/utils/checks/password-checks';
import { sanitizeFindings } from '@/utils/findings-guard';
import { judgeForms } from '@/utils/forms-judge';
import { extractPage } from '@/utils/forms/extract';
import { translatorFor } from '@/utils/i18n-catalog';
import type { TabReport } from '@/utils/messaging';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { createTabReports } from '@/utils/tab-reports';

const t = translatorFor(loadCatalog('en'));
const ALL_ON = { ...DEFAULT_SETTINGS, checks: everyCheck(() => true) };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) =>
    t(key, ([] as (string | number)[]).concat(subs ?? [])),
  );
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  vi.stubGlobal('document', window.document);
});

/** Every form check's every reason, on one page each: [url, html]. */
const PAGES: [string, string][] = [
  [
    'http://plain.example/signup?session=abc#x',
    '<form><label>Password <input type="password" name="p"></label><label>Card number <input name="cardnumber" autocomplete="cc-number"></label></form>',
  ],
  [
    'https://shop.example/a',
    `<form action="http://plain.example/s"><label>Password <input type="password" name="p"
      autocomplete="off" maxlength="12" onpaste="return false"></label></form>`,
  ],
  [
    'https://news.example/',
    `<form action="/s"><h2>Newsletter</h2><input type="email" name="email">
      <label>Date of birth <input name="dob"></label><label>ID number <input name="idnumber"></label>
      <button>Subscribe</button></form>`,
  ],
  [
    'https://list.example/',
    '<form><h2>Join our mailing list</h2><input type="email"><input name="address" placeholder="Street address"><input name="postcode" placeholder="Postcode"><button>Subscribe</button></form>',
  ],
];

function formFindings(url: string, html: string): Finding[] {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const features = extractPage(document as unknown as Document, url);
  const page = { url, isSecureContext: url.startsWith('https:') };
  // As the background's forms handler does: judged, then held to the contract's shape.
  return sanitizeFindings(judgeForms(features, page, ALL_ON, t));
}

const passwordFindings: [keyof typeof PASSWORD_CHECKS, Finding[]][] = [
  ['password-strength', PASSWORD_CHECKS['password-strength'].findings(weakRating(), { t })],
  ['breached-password', PASSWORD_CHECKS['breached-password'].findings(breached(), { t })],
  [
    'password-reuse',
    PASSWORD_CHECKS['password-reuse'].findings(
      { state: 'reused', sites: ['a.example', 'b.example'] },
      { t },
    ),
  ],
];

function weakRating() {
  return { verdict: 'weak' } as Parameters<
    (typeof PASSWORD_CHECKS)['password-strength']['findings']
  >[0];
}
function breached() {
  return { state: 'breached', count: 3 } as Parameters<
    (typeof PASSWORD_CHECKS)['breached-password']['findings']
  >[0];
}

async function popupText(report: TabReport): Promise<string> {
  const { TabFindings } = await import('@/components/popup/TabFindings');
  const root = document.getElementById('app')!;
  render(<TabFindings report={report} site={null} />, root);
  return root.textContent ?? '';
}

describe('what a tab report stores', () => {
  const pages = PAGES.map(([url, html]) => ({ url, findings: formFindings(url, html) }));
  const checked = pages.flatMap((page) => page.findings);

  test('the sample pages cover every form check and every reason it gives', () => {
    const formChecks = CHECKS.filter((check) => check.kind === 'form').map((check) => check.id);
    expect(new Set(checked.map((f) => f.check))).toEqual(new Set(formChecks));
    expect(new Set(checked.map((f) => `${f.check}:${f.code}`))).toEqual(
      new Set([
        'insecure-form:insecure-page',
        'insecure-form:http-action',
        'oversized-form:excess-fields',
        'password-field:paste-blocked',
        'password-field:short-maxlength',
        'password-field:autocomplete-off',
      ]),
    );
    expect(checked.some((f) => f.stated)).toBe(true);
  });

  test('codes, counts, host names and origins only: no sentence, no path', async () => {
    const reports = createTabReports(browserSessionStore(), { t });
    for (const [index, page] of pages.entries()) await reports.record(index + 1, 0, page);
    for (const [source, findings] of passwordFindings)
      await reports.record(9, 0, { url: 'https://pw.example/login', findings }, source);
    const stored = JSON.stringify(await fakeBrowser.storage.session.get());
    // Every sentence has a space; nothing stored does.
    expect(stored).not.toMatch(/ /);
    for (const finding of [...checked, ...passwordFindings.flatMap(([, f]) => f)]) {
      expect(finding.message.length).toBeGreaterThan(20);
      expect(stored).not.toContain(finding.message.slice(0, 20));
    }
    expect(stored).not.toMatch(/session=|signup|\/login|#x/);
    for (const tab of Object.values(await fakeBrowser.storage.session.get()) as {
      frames: Record<string, { o: string; f: object[] }>;
    }[])
      for (const frame of Object.values(tab.frames))
        for (const finding of frame.f)
          expect(Object.keys(finding).every((key) => 'cskdpanhfl'.includes(key))).toBe(true);
  });

  test.each(PAGES.map(([url, html], i) => [url, html, i]))(
    'the popup shows the sentence the check wrote (%s)',
    async (url, html) => {
      const findings = formFindings(url, html);
      const reports = createTabReports(browserSessionStore(), { t });
      await reports.record(1, 0, { url, findings });
      const report = await reports.get(1);
      expect(report.findings.map((f) => f.message)).toEqual(findings.map((f) => f.message));
      const text = await popupText(report);
      for (const finding of findings) expect(text).toContain(finding.message);
    },
  );

  test('the sentences are the ones people read before reports were compact', async () => {
    const reports = createTabReports(browserSessionStore(), { t });
    await reports.record(1, 0, pages[1]!);
    const text = await popupText(await reports.get(1));
    for (const sentence of [
      'This form sends what you type to plain.example without encryption (plain http:), where others on the network can read it.',
      'This password field blocks pasting, which gets in the way of password managers and long passwords.',
      "This password field stops at 12 characters, so a long passphrase won't fit. Good sites accept at least 64.",
      'This password field asks the browser not to fill or save it, which discourages using a password manager.',
    ])
      expect(text).toContain(sentence);
  });

  test.each(passwordFindings)('%s: the same sentence after storage', async (source, findings) => {
    const reports = createTabReports(browserSessionStore(), { t });
    await reports.record(2, 0, { url: 'https://pw.example/', findings }, source);
    expect((await reports.get(2)).findings.map((f) => f.message)).toEqual(
      findings.map((f) => f.message),
    );
  });
});

describe('an older stored shape', () => {
  const OLD = {
    frames: {
      '0': {
        o: 'https://old.example',
        f: [
          // The shape before compact findings: a stored sentence, no count or purpose.
          {
            c: 'password-field',
            s: 'info',
            f: 0,
            m: 'OLD TEXT',
            k: ['password'],
            d: 'short-maxlength',
          },
          {
            c: 'oversized-form',
            s: 'warning',
            f: 1,
            m: 'OLD TEXT',
            k: ['birth-date'],
            d: 'excess-fields',
          },
          {
            c: 'insecure-form',
            s: 'danger',
            f: 2,
            m: 'OLD TEXT',
            k: ['password'],
            d: 'insecure-page',
          },
        ],
      },
    },
  };

  test('reads what it can, generically where it cannot, never its stored text', async () => {
    await fakeBrowser.storage.session.set({ 'tab:4': OLD });
    const report = await createTabReports(browserSessionStore(), { t }).get(4);
    const text = await popupText(report);
    expect(report.findings).toHaveLength(3);
    expect(text).not.toContain('OLD TEXT');
    expect(text).toContain(t('popupFindingGeneric', [t('optionsCheck_password_field')]));
    expect(text).toContain(t('popupFindingGeneric', [t('optionsCheck_oversized_form')]));
    expect(text).toContain(t('formsInsecurePage', [t('formsKindPassword')]));
  });

  test("the next write stores it in today's shape: its old sentences do not outlive it", async () => {
    await fakeBrowser.storage.session.set({ 'tab:4': OLD });
    const reports = createTabReports(browserSessionStore(), { t });
    await reports.record(4, 2, {
      url: 'https://old.example/',
      findings: formFindings(...PAGES[2]!),
    });
    const stored = JSON.stringify(await fakeBrowser.storage.session.get('tab:4'));
    expect(stored).not.toContain('OLD TEXT');
    expect((await reports.get(4)).findings.length).toBeGreaterThan(3);
  });

  test.each([
    [
      'an unknown check',
      { frames: { '0': { o: 'https://a.example', f: [{ c: 'gone', s: 'info' }] } } },
    ],
    ['a finding that is not one', { frames: { '0': { o: 'https://a.example', f: ['x', null] } } }],
    ['a frame that is not one', { frames: { '0': 'x' } }],
    ['no frames at all', { tab: 1 }],
  ])('%s is dropped and the report says it is incomplete', async (_, value) => {
    await fakeBrowser.storage.session.set({ 'tab:5': value });
    const report = await createTabReports(browserSessionStore(), { t }).get(5);
    expect(report.findings).toEqual([]);
    expect(report.incomplete).toBe(true);
    const text = await popupText(report);
    expect(text).not.toContain(t('popupFindingsNone'));
    expect(text).toContain(t('popupFindingsIncomplete'));
  });
});
