import { parseHTML } from 'linkedom';
import { render, type ComponentType } from 'preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { judgeSample } from '@/components/demo/judge';
import {
  InsecureLoginForm,
  NewsletterForm,
  SAMPLES,
  type FormSample,
  type SampleFormProps,
} from '@/components/demo/samples';
import { translatorFor } from '@/utils/i18n-catalog';
import { loadCatalog } from '@/scripts/locales';

const LANGS = ['en', 'es'] as const;
const translators = Object.fromEntries(LANGS.map((l) => [l, translatorFor(loadCatalog(l))]));

beforeEach(() => {
  fakeBrowser.reset();
  const { document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
  // Preact creates elements through the global document.
  vi.stubGlobal('document', document);
});

/** The sample as the demo page renders it (labels in `lang`), judged in `lang`. */
function judge(Form: ComponentType<SampleFormProps>, sample: FormSample, lang: 'en' | 'es') {
  const t = translators[lang]!;
  const root = document.querySelector('main')!;
  render(<Form t={t} onSubmit={() => {}} />, root);
  return judgeSample(root.querySelector('form')!, sample, t);
}

describe.each(LANGS)('sample forms with %s labels', (lang) => {
  test('the newsletter is oversized, for exactly the birth date and the ID number', () => {
    const findings = judge(NewsletterForm, SAMPLES.newsletter, lang).notices;
    expect(findings.map((f) => [f.check, f.kinds])).toEqual([
      ['oversized-form', ['birth-date', 'national-id']],
    ]);
    expect(findings[0]!.message).toContain(translators[lang]!('formsKindBirthDate'));
    expect(findings[0]!.state).toBe('oversized');
  });

  test('the login on a simulated http:// page is insecure because of its password', () => {
    const { notices } = judge(InsecureLoginForm, SAMPLES.insecure, lang);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      check: 'insecure-form',
      state: 'insecure',
      severity: 'danger',
      kinds: ['password'],
      code: 'insecure-page',
    });
  });

  test('the login also shows the report-only password-field finding (its 32-character cap)', () => {
    const { reportOnly } = judge(InsecureLoginForm, SAMPLES.insecure, lang);
    expect(reportOnly.map((f) => [f.check, f.code])).toEqual([
      ['password-field', 'short-maxlength'],
    ]);
  });

  test('the same login on a secure page would not be flagged: the simulation is what counts', () => {
    const secure = {
      ...SAMPLES.insecure,
      url: 'https://bank.example/login',
      isSecureContext: true,
    };
    expect(judge(InsecureLoginForm, secure, lang).notices).toEqual([]);
  });
});
