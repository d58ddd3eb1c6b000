/** @module Measures the forms analysis on the labelled corpus (`../shared/corpora/forms`):
 * per-kind precision/recall, overall accuracy, the purposes found, and how often
 * `oversized-form` fires on pages with no address forms. Prints Markdown for the README.
 * Run: `npx tsx scripts/measure-forms.ts [--errors KIND]`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../utils/forms/analyze';
import { describeField } from '../utils/forms/describe';
import { FIELD_KINDS, type FieldKind, type FormPurpose } from '../utils/forms/types';
import { translatorFor } from '../utils/i18n-catalog';
import { loadCatalog } from './locales';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../shared/corpora/forms');
const ANSWER_ATTR = /^data-(moz-|fathom)/;

/** The corpus README's mapping from Firefox's labels onto Heedful's kinds. */
export function expectedKind(token: string): FieldKind {
  if (/^(given-name|family-name|name|additional-name|cc-name)$/.test(token)) return 'name';
  if (token === 'email') return 'email';
  if (/^tel/.test(token)) return 'phone';
  if (
    /^(street-address|address-line.*|address-housenumber|address-streetname|apartment|floor|building|street|address-extra)$/.test(
      token,
    )
  )
    return 'street-address';
  if (token === 'postal-code') return 'postal-code';
  if (/^(address-level.*|country|country-name)$/.test(token)) return 'region';
  if (/^bday/.test(token)) return 'birth-date';
  if (token === 'sex') return 'gender';
  if (token === 'id-number') return 'national-id';
  if (token === 'vat-number') return 'tax-id';
  if (token === 'cc-number') return 'card-number';
  if (token === 'cc-csc') return 'card-security-code';
  if (/^cc-exp/.test(token)) return 'card-expiry';
  if (/^(password|new-password|current-password)$/.test(token)) return 'password';
  if (/^(username|loginname)$/.test(token)) return 'username';
  if (token === 'organization') return 'organization';
  return 'other';
}

/** Inputs that trivially hold nothing personal: counting them would only flatter accuracy
 * (training-fields.jsonl leaves them out too). */
const TRIVIAL = /^(hidden|submit|button|image|reset)$/i;

/** Parses a page and removes the answers, returning the labelled fields' expected kinds
 * (null for fields the corpus did not label, and for buttons and hidden inputs) in
 * `querySelectorAll` order. */
export function loadLabelledPage(html: string): {
  document: Document;
  expected: (FieldKind | null)[];
} {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const expected = [...document.querySelectorAll('input, select, textarea')].map((el) => {
    if (TRIVIAL.test(el.getAttribute('type') ?? '')) return null;
    const token = el.getAttribute('data-moz-autofill-type');
    if (token !== null) return expectedKind(token);
    return el.hasAttribute('data-moz-autofill-inspect-id') ? 'other' : null;
  });
  for (const el of document.querySelectorAll('*'))
    for (const name of el.getAttributeNames()) if (ANSWER_ATTR.test(name)) el.removeAttribute(name);
  return { document, expected };
}

export interface KindScore {
  kind: FieldKind;
  tp: number;
  fp: number;
  fn: number;
}

export interface TrainingResult {
  pages: number;
  fields: number;
  correct: number;
  perKind: KindScore[];
  purposes: Partial<Record<FormPurpose, number>>;
  errors: { file: string; expected: FieldKind; got: FieldKind; features: string }[];
}

const tEn = translatorFor(loadCatalog('en'));

function pageUrl(file: string): string {
  return pathToFileURL(file).href;
}

export function measureTraining(dir = join(CORPUS_DIR, 'training')): TrainingResult {
  const result: TrainingResult = {
    pages: 0,
    fields: 0,
    correct: 0,
    perKind: [],
    purposes: {},
    errors: [],
  };
  const scores = new Map<FieldKind, KindScore>(
    FIELD_KINDS.map((kind) => [kind, { kind, tp: 0, fp: 0, fn: 0 }]),
  );
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const path = join(dir, file);
    const { document, expected } = loadLabelledPage(readFileSync(path, 'utf8'));
    const analysis = analyzePage(document, { url: pageUrl(path), isSecureContext: true, t: tEn });
    const elements = [...document.querySelectorAll('input, select, textarea')];
    result.pages++;
    for (const form of analysis.forms)
      result.purposes[form.purpose] = (result.purposes[form.purpose] ?? 0) + 1;
    analysis.fields.forEach((field, i) => {
      const want = expected[i];
      if (!want) return;
      result.fields++;
      const got = field.kind;
      if (got === want) {
        result.correct++;
        scores.get(got)!.tp++;
        return;
      }
      scores.get(got)!.fp++;
      scores.get(want)!.fn++;
      const el = elements[i];
      result.errors.push({
        file,
        expected: want,
        got,
        features: el ? JSON.stringify(describeField(el)) : '',
      });
    });
  }
  result.perKind = [...scores.values()].filter((s) => s.tp + s.fp + s.fn > 0);
  return result;
}

export interface FalseAlarmResult {
  pages: number;
  flaggedPages: number;
  forms: number;
  flaggedForms: number;
  flagged: { file: string; message: string }[];
}

/** Pages with no address forms: every `oversized-form` finding there is a candidate false alarm. */
export function measureFalseAlarms(dir = join(CORPUS_DIR, 'non_address')): FalseAlarmResult {
  const result: FalseAlarmResult = {
    pages: 0,
    flaggedPages: 0,
    forms: 0,
    flaggedForms: 0,
    flagged: [],
  };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const path = join(dir, file);
    const { document } = loadLabelledPage(readFileSync(path, 'utf8'));
    const analysis = analyzePage(document, { url: pageUrl(path), isSecureContext: true, t: tEn });
    const findings = analysis.findings.filter((f) => f.check === 'oversized-form');
    result.pages++;
    result.forms += analysis.forms.length;
    result.flaggedForms += findings.length;
    if (findings.length) result.flaggedPages++;
    for (const f of findings) result.flagged.push({ file, message: f.message });
  }
  return result;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

export function report(training: TrainingResult, alarms: FalseAlarmResult): string {
  const lines = [
    `Training pages: ${training.pages}, labelled fields: ${training.fields}, overall accuracy: **${pct(training.correct, training.fields)}**`,
    '',
    '| kind | precision | recall | support |',
    '| --- | ---: | ---: | ---: |',
    ...training.perKind.map(
      (s) =>
        `| ${s.kind} | ${pct(s.tp, s.tp + s.fp)} | ${pct(s.tp, s.tp + s.fn)} | ${s.tp + s.fn} |`,
    ),
    '',
    '| purpose (training forms) | forms |',
    '| --- | ---: |',
    ...Object.entries(training.purposes)
      .sort((a, b) => b[1] - a[1])
      .map(([p, n]) => `| ${p} | ${n} |`),
    '',
    `non_address: ${alarms.flaggedPages} of ${alarms.pages} pages (${pct(alarms.flaggedPages, alarms.pages)}) and ${alarms.flaggedForms} of ${alarms.forms} forms (${pct(alarms.flaggedForms, alarms.forms)}) flagged by oversized-form`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const training = measureTraining();
  const alarms = measureFalseAlarms();
  console.log(report(training, alarms));
  const focus = process.argv.indexOf('--errors');
  if (focus > 0) {
    const kind = process.argv[focus + 1];
    for (const e of training.errors.filter((e) => !kind || e.expected === kind || e.got === kind))
      console.log(`${e.file}\t${e.expected}\t→ ${e.got}\t${e.features}`);
    for (const f of alarms.flagged) console.log(`ALARM ${f.file}\t${f.message}`);
  }
}
