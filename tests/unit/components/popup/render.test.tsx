import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translatorFor } from '@/utils/i18n-catalog';
import { loadCatalog } from '@/scripts/locales';
import { CHECK_IDS, DEFAULT_SETTINGS } from '@/utils/settings-model';

const translate = translatorFor(loadCatalog('en'));
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n; answer from the real English catalog.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) =>
    translate(key, ([] as (string | number)[]).concat(subs ?? [])),
  );
  // No background here: leave the popup's tab-report request pending instead of rejecting.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  vi.stubGlobal('document', window.document);
  vi.stubGlobal('location', { hash: '#lesson=mfa', search: '?tabId=7' });
  vi.stubGlobal('addEventListener', () => {});
  vi.stubGlobal('removeEventListener', () => {});
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 0));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
});

// Globals stay stubbed: unstubbing would also drop the fake `chrome` WxtVitest provides, and
// Vitest isolates each test file anyway.
afterEach(() => {
  vi.restoreAllMocks();
});

// The findings list is rendered directly: @webext-core/messaging sends with chrome's callback
// form, which the fake browser never answers, so the popup's request is left pending here.
test('tab findings are cards linking to their lessons, password-field included', async () => {
  const { TabFindings } = await import('@/components/popup/TabFindings');
  const root = document.getElementById('app')!;
  const report = {
    url: 'https://shop.example/cart',
    findings: [
      { check: 'password-field', severity: 'info', form: 0, message: 'Paste is blocked.' },
      { check: 'oversized-form', severity: 'warning', form: 0, message: 'Asks for too much.' },
      {
        check: 'insecure-form',
        severity: 'danger',
        form: 0,
        message: 'Not HTTPS.',
        lesson: 'public-wifi',
      },
    ],
  } as const;
  render(
    <TabFindings report={{ ...report, findings: [...report.findings] }} site="shop.example" />,
    root,
  );
  await vi.waitFor(() => expect(root.textContent).toContain(translate('popupPause')));
  const links = [...root.querySelectorAll('.findings li a')].map((a) => a.getAttribute('href'));
  const severities = [...root.querySelectorAll('.findings .severity')].map((p) => p.textContent);
  expect(severities).toEqual([
    translate('popupSeverity_danger'),
    translate('popupSeverity_warning'),
    translate('popupSeverity_info'),
  ]);
  // Most severe first; a finding's own lesson wins over the check's default.
  expect(links).toEqual([
    '#lesson=public-wifi',
    '#lesson=data-minimisation',
    '#lesson=password-managers',
  ]);
  expect(root.querySelector('h2')?.textContent).toContain('shop.example');
});

test('the popup opens #lesson=mfa with its quiz and records it as seen', async () => {
  const { PopupApp } = await import('@/components/popup/PopupApp');
  const { loadProgress } = await import('@/utils/progress');
  const root = document.getElementById('app')!;
  render(<PopupApp />, root);
  await tick();
  await tick();
  expect(root.querySelector('h2')?.textContent).toBe(translate('lesson_mfa_title'));
  expect(root.querySelectorAll('input[type=radio]')).toHaveLength(3);
  expect((await loadProgress()).seen.mfa).toBeDefined();
});

test('the options page renders every section at once, grouped, the advanced one last', async () => {
  // Storage that never answers: the page must not wait for it to draw.
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(() => new Promise(() => {}));
  const { OptionsApp } = await import('@/components/options/OptionsApp');
  const root = document.getElementById('app')!;
  render(<OptionsApp />, root);
  expect(root.textContent).not.toContain(translate('optionsLoading'));
  expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
    translate('optionsChecksHeading'),
    translate('optionsPausedHeading'),
    translate('optionsProgressHeading'),
    translate('optionsRangeHeading'),
  ]);
  expect([...root.querySelectorAll('legend')].map((l) => l.textContent)).toEqual([
    translate('optionsGroupPasswords'),
    translate('optionsGroupForms'),
  ]);
  const boxes = [...root.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
  expect(boxes).toHaveLength(CHECK_IDS.length);
  // The defaults (password-reuse is opt-in), each with its one line of what it does.
  expect(boxes.filter((b) => b.checked || b.hasAttribute('checked'))).toHaveLength(
    CHECK_IDS.filter((id) => DEFAULT_SETTINGS.checks[id]).length,
  );
  for (const box of boxes) {
    expect(
      root.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent,
    ).toBeTruthy();
  }
});

test('values set by organisation policy show their enforced value, locked', async () => {
  // An organisation disabled the breach check and pointed Heedful at its own mirror.
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
    checks: { 'breached-password': false },
    rangeApiUrl: 'https://hibp-mirror.corp.example/range/',
  } as never);
  const { OptionsApp } = await import('@/components/options/OptionsApp');
  const root = document.getElementById('app')!;
  render(<OptionsApp />, root);
  await vi.waitFor(() => expect(root.textContent).toContain(translate('optionsLockedNote')));
  const boxes = [...root.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
  const locked = boxes.filter((b) => b.disabled);
  expect(locked).toHaveLength(1);
  // linkedom reflects `checked` as an attribute only.
  expect(locked[0]!.checked === true || locked[0]!.hasAttribute('checked')).toBe(false);
  // The others show the defaults (password-reuse is off until the person turns it on).
  boxes.forEach((b, i) => {
    if (!b.disabled)
      expect(b.checked || b.hasAttribute('checked')).toBe(DEFAULT_SETTINGS.checks[CHECK_IDS[i]!]);
  });
  const url = root.querySelector('#range-url') as HTMLInputElement;
  expect(url.value || url.getAttribute('value')).toBe('https://hibp-mirror.corp.example/range/');
  expect(url.disabled || url.readOnly).toBe(true);
});
