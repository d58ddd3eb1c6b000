/** Corpus tier (`npm run test:corpus`): regression floors on the real labelled pages (see
 * scripts/measure-forms.ts for the report). The corpus lives outside the repo; it is read in
 * place, never copied. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureFalseAlarms, measureTraining } from '../../scripts/measure-forms';
import { CORPORA } from './paths';
import { expectSameFindings, expectSameScan } from '../unit/forms/scan-equivalence';

const CORPUS = path.join(CORPORA, 'forms');

describe('forms corpus', () => {
  test('the corpus is present', () => {
    expect(existsSync(path.join(CORPUS, 'training')), `missing ${CORPUS}`).toBe(true);
  });

  test('overall field accuracy on the training pages stays above the floor', () => {
    const result = measureTraining(path.join(CORPUS, 'training'));
    expect(result.pages).toBeGreaterThan(300);
    // Measured 91.9% (answers stripped before classifying); issue 11 keeps it at 91% or more.
    expect(result.correct / result.fields).toBeGreaterThanOrEqual(0.91);
    const recall = (kind: string) => {
      const s = result.perKind.find((k) => k.kind === kind)!;
      return s.tp / (s.tp + s.fn);
    };
    for (const kind of ['name', 'email', 'phone', 'street-address', 'postal-code', 'region'])
      expect(recall(kind), kind).toBeGreaterThan(0.88);
  });

  test('oversized-form rarely fires on pages without address forms', () => {
    const result = measureFalseAlarms(path.join(CORPUS, 'non_address'));
    expect(result.pages).toBeGreaterThan(300);
    // Measured 1 of 400 pages (0.25%), with purposes read from the forms' wording; at most 0.5%.
    expect(result.flaggedPages / result.pages).toBeLessThanOrEqual(0.005);
  });

  test('on every page, the browser scan finds what the walk finds, and lean features judge the same', () => {
    let pages = 0;
    let leftOut = 0;
    let leftOutSecure = 0;
    let fields = 0;
    for (const dir of ['training', 'non_address'])
      for (const name of readdirSync(path.join(CORPUS, dir)).filter((n) => n.endsWith('.html'))) {
        const html = readFileSync(path.join(CORPUS, dir, name), 'utf8');
        const { document } = parseHTML(html) as unknown as { document: Document };
        const scan = expectSameScan(document);
        // The insecure-form check only speaks on a non-secure page; on a secure one the live
        // page leaves out loose fields too (all but passwords).
        leftOut += expectSameFindings(document, 'http://shop.example/');
        leftOutSecure += expectSameFindings(document, 'https://shop.example/');
        fields += scan.fields.length;
        pages++;
      }
    expect(pages).toBeGreaterThan(700);
    console.log(
      `lean features: ${leftOut} (non-secure page) and ${leftOutSecure} (secure page) of ` +
        `${fields} fields left out on ${pages} pages`,
    );
  });
});
