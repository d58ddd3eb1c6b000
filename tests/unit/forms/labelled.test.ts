/** The hand-written labelled set (tests/fixtures/forms/labelled): every purpose in several
 * languages, with hard negatives (opening a bank account, filing taxes, an age gate, a job
 * application, a sign-up with a date of birth, a store finder). Each `<article>` is judged as a
 * page of its own; its `data-*` labels are read before and removed from what is analysed. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzePage, FORM_PURPOSES, type FormPurpose } from '../../../utils/forms';
import { doc, tEn } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/forms/labelled');

interface Case {
  file: string;
  purpose: FormPurpose;
  flag: string[];
  got: FormPurpose | undefined;
  flagged: string[] | null;
}

function judge(): Case[] {
  const cases: Case[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
    const page = doc(readFileSync(path.join(DIR, file), 'utf8'));
    for (const article of page.querySelectorAll('article')) {
      const purpose = article.getAttribute('data-purpose') as FormPurpose;
      const flag = (article.getAttribute('data-flag') ?? '').split(/\s+/).filter(Boolean);
      const title = (article.getAttribute('data-title') ?? '').replace(/[<&]/g, ' ');
      const one = doc(`<title>${title}</title>${article.innerHTML}`);
      const analysis = analyzePage(one, {
        url: 'https://site.example/',
        isSecureContext: true,
        t: tEn,
      });
      const finding = analysis.findings.find((f) => f.check === 'oversized-form');
      cases.push({
        file: `${file}: ${title}`,
        purpose,
        flag,
        got: analysis.forms[0]?.purpose,
        flagged: finding?.kinds ?? null,
      });
    }
  }
  return cases;
}

describe('labelled forms', () => {
  const cases = judge();

  test('the set is large, multilingual and covers every purpose', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(readdirSync(DIR).filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(5);
    for (const purpose of FORM_PURPOSES)
      expect(cases.filter((c) => c.purpose === purpose).length, purpose).toBeGreaterThan(0);
    for (const c of cases) expect(FORM_PURPOSES, c.file).toContain(c.purpose);
  });

  test('oversized-form: precision ≥ 0.95 and recall ≥ 0.90', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const c of cases) {
      // A hit counts only when the finding names every kind the label expects.
      const hit = c.flagged !== null && c.flag.every((k) => c.flagged!.includes(k));
      if (c.flag.length && hit) tp++;
      else if (c.flag.length) fn++;
      if (!c.flag.length && c.flagged) fp++;
      if (c.flag.length > 0 !== hit || (!c.flag.length && c.flagged))
        wrong.push(`${c.file} → ${c.got} ${JSON.stringify(c.flagged)} (want ${c.flag.join(' ')})`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(tp + fn, 'positives').toBeGreaterThanOrEqual(30);
    expect(precision, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test('the purpose is right for at least 90% of the forms', () => {
    const wrong = cases.filter((c) => c.got !== c.purpose);
    const detail = wrong.map((c) => `${c.file}: ${c.got} (want ${c.purpose})`).join('\n');
    expect(1 - wrong.length / cases.length, detail).toBeGreaterThanOrEqual(0.9);
  });
});
