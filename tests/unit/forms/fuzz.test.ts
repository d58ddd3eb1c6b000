import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzePage } from '@/utils/forms/analyze';
import { classifyField } from '@/utils/forms/classify';
import { formPurpose } from '@/utils/forms/purpose';
import {
  FIELD_KINDS,
  FORM_PURPOSES,
  type FieldFeatures,
  type FieldKind,
} from '@/utils/forms/types';
import { translatorFor } from '@/utils/i18n-catalog';
import { loadCatalog } from '@/scripts/locales';

const t = translatorFor(loadCatalog('en'));
const counts: Record<string, number> = {};
const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
afterAll(() => console.log(`forms fuzz cases: ${JSON.stringify(counts)}`));

/** Text in many scripts, with markup-breaking characters, control characters and huge runs. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    'Geburtsdatum',
    'Fecha de nacimiento',
    'Номер паспорта',
    '身份证号码',
    'رقم الهوية',
    'Şifre',
    'Hasło',
    'E-Mail-Adresse',
    '<script>',
    '"\'><',
    '\u0000\u202e',
  ),
  fc.string({ maxLength: 5 }).map((s) => s.repeat(2_000)),
);
const features: fc.Arbitrary<FieldFeatures> = fc.record({
  tag: fc.constantFrom('input', 'select', 'textarea'),
  type: fc.constantFrom(
    'text',
    'email',
    'password',
    'tel',
    'date',
    'select-one',
    'textarea',
    'radio',
    'checkbox',
    'hidden',
    'number',
  ),
  autocomplete: fc.oneof(
    text,
    fc.constantFrom(
      'bday',
      'cc-number',
      'new-password',
      'off',
      'shipping street-address',
      'email webauthn',
    ),
  ),
  attrs: text,
  label: text,
  placeholder: text,
  title: text,
  nearby: text,
  legend: text,
  options: fc.array(text, { maxLength: 12 }),
  optionCount: fc.nat(500),
  value: text,
  maxLength: fc.option(fc.integer({ min: -5, max: 10_000 }), { nil: null }),
});

describe('field classifier', () => {
  test('never throws, always answers a contract kind', () => {
    fc.assert(
      fc.property(features, (f) => {
        count('classifyField');
        expect(FIELD_KINDS).toContain(classifyField(f));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('form purpose', () => {
  test('never throws, always answers a contract purpose', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FIELD_KINDS), { maxLength: 30 }),
        fc.nat(4),
        fc.nat(3),
        fc.nat(3),
        fc.nat(3),
        fc.boolean(),
        text,
        (
          kinds: FieldKind[],
          passwords,
          currentPasswords,
          newPasswords,
          textareas,
          searchBox,
          wording,
        ) => {
          count('formPurpose');
          const purpose = formPurpose({
            kinds,
            passwords,
            currentPasswords,
            newPasswords,
            textareas,
            searchBox,
            text: wording,
          });
          expect(FORM_PURPOSES).toContain(purpose);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

/** Random documents: forms, fields, labels and wrappers nested in random orders. */
const attrValue = text.map((s) => s.replace(/["&<]/g, ' ').slice(0, 200));
const fieldHtml = fc
  .record({
    tag: fc.constantFrom('input', 'select', 'textarea'),
    type: fc.constantFrom('text', 'email', 'password', 'date', 'hidden', 'bogus'),
    name: attrValue,
    label: text,
    placeholder: attrValue,
    autocomplete: fc.constantFrom('', 'bday', 'cc-csc', 'new-password', 'sex', 'id-number'),
  })
  .map((f) => {
    const control =
      f.tag === 'input'
        ? `<input type="${f.type}" name="${f.name}" placeholder="${f.placeholder}" autocomplete="${f.autocomplete}">`
        : f.tag === 'select'
          ? `<select name="${f.name}"><option>${f.label.slice(0, 50)}</option></select>`
          : `<textarea name="${f.name}"></textarea>`;
    return `<label>${f.label.replace(/[<&]/g, ' ')} ${control}</label>`;
  });
const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fieldHtml,
    fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<div>${kids.join('')}</div>`),
    fc
      .array(tie('node'), { maxLength: 4 })
      .map((kids) => `<form action="http://x.example/">${kids.join('')}</form>`),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map((kids) => `<table><tr><td>${kids.join('</td><td>')}</td></tr></table>`),
  ),
})).node;

describe('whole-page analysis', () => {
  test('random documents give the contract shape and consistent indexes', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), fc.boolean(), (nodes, secure) => {
        count('analyzePage');
        const { document } = parseHTML(`<html><body>${nodes.join('')}</body></html>`);
        const page = analyzePage(document as unknown as Document, {
          url: secure ? 'https://example.test/' : 'http://example.test/',
          isSecureContext: secure,
          t,
        });
        const total = document.querySelectorAll('input, select, textarea').length;
        expect(page.fields.map((f) => f.index)).toEqual([...Array(total).keys()]);
        for (const f of page.fields) expect(FIELD_KINDS).toContain(f.kind);
        for (const form of page.forms) expect(FORM_PURPOSES).toContain(form.purpose);
        for (const finding of page.findings) {
          expect(['oversized-form', 'insecure-form', 'password-field']).toContain(finding.check);
          expect(typeof finding.message).toBe('string');
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
