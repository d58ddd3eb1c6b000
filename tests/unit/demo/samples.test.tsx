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
    const findings = judge(NewsletterForm, SAMPLES.newsletter, lang);
    expect(findings.map((f) => [f.check, f.kinds])).toEqual([
      ['oversized-form', ['birth-date', 'national-id']],
    ]);
    expect(findings[0]!.message).toContain(translators[lang]!('formsKindBirthDate'));
  });

  test('the login on a simulated http:// page is insecure because of its password', () => {
    const findings = judge(InsecureLoginForm, SAMPLES.insecure, lang);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      check: 'insecure-form',
      severity: 'danger',
      kinds: ['password'],
      code: 'insecure-page',
    });
  });

  test('the same login on a secure page would not be flagged: the simulation is what counts', () => {
    const secure = {
      ...SAMPLES.insecure,
      url: 'https://bank.example/login',
      isSecureContext: true,
    };
    expect(judge(InsecureLoginForm, secure, lang)).toEqual([]);
  });
});
