/** A live page sends its texts as read and the background normalises them
 * (`utils/forms/normalize-later.ts`): the same features as normalising in place, and a malformed
 * request is no words, never a crash. */
import { describe, expect, test } from 'vitest';
import { extractPage, extractSteps } from '@/utils/forms/extract';
import { normalizeLater } from '@/utils/forms/normalize-later';
import { hasWords, keepRaw, normalize } from '@/utils/forms/text';
import type { PageFeatures } from '@/utils/forms/types';
import { judgeForms } from '@/utils/forms-judge';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { runAll } from '@/utils/slices';
import { doc, tEn } from './helpers';

const URL = 'http://shop.example/news';
const raw = (page: Document) => runAll(extractSteps(page, URL, Infinity, { raw: true })).features;

describe('texts as read, normalised in the background', () => {
  test('the same features as normalising in place: camelCase, accents, symbols, long texts', () => {
    const page = doc(
      '<section aria-label="Straße & Newsletter"><h2>Bleib auf dem Laufenden!</h2>' +
        '<form id=newsletterSignupForm action="/Abo/Anmelden"><fieldset><legend>Über Sie</legend>' +
        `<label for=e>E-Mail-Adresse*</label><input id=e name="customer[emailAddress]">` +
        `<span>${'Geburtsdatum '.repeat(40)}</span><input name=dob2>` +
        '<label>*</label><input name=x placeholder="Ihr Vorname" title="Vorname (Pflicht)">' +
        '<select name=country><option>Österreich</option><option value=DE></option><option>+49 Deutschland</option></select>' +
        '<input type=radio name=g value=Frau> Frau</fieldset><button>Jetzt anmelden</button></form></section>',
    );
    const later = normalizeLater(raw(page));
    expect(later).toEqual(extractPage(page, URL));
    expect(later.raw).toBeUndefined();
    // What travels is the text as read, cut to what `normalize` looks at.
    const sent = raw(page);
    expect(sent.raw).toBe(true);
    expect(sent.fields[0]!.features.label).toBe('E-Mail-Adresse*');
    expect(sent.forms[0]!.cuePieces?.submit).toEqual([' Jetzt anmelden']);
  });

  test('keepRaw then normalize is normalize; hasWords is whether anything survives', () => {
    for (const text of [
      'E-Mail',
      'ÄÖÜ ß',
      '***',
      '',
      ' '.repeat(300) + 'late',
      'Ünïcödé'.repeat(50),
    ]) {
      expect(normalize(keepRaw(text))).toBe(normalize(text));
      expect(hasWords(text)).toBe(normalize(text) !== '');
    }
  });

  test('features that were never raw pass through untouched', () => {
    const features = extractPage(doc('<form><input name=email></form>'), URL);
    expect(normalizeLater(features)).toBe(features);
  });

  test('malformed raw features: no words where a text is not text, no findings where the shape is wrong, never a throw', () => {
    const page = doc(
      '<form><h2>Newsletter</h2><input name=email><input name=dob placeholder="Date of birth"><input name=ssn placeholder="Social security number"></form>',
    );
    const good = raw(page);
    const judge = (features: unknown) =>
      judgeForms(
        features as PageFeatures,
        { url: URL, isSecureContext: false },
        DEFAULT_SETTINGS,
        tEn,
      );
    expect(judge(good).map((f) => f.check)).toContain('oversized-form');
    const broken = structuredClone(good) as unknown as {
      fields: { features: Record<string, unknown> }[];
      forms: Record<string, unknown>[];
    };
    broken.fields[1]!.features.placeholder = 42;
    broken.forms[0]!.cuePieces = { heading: 'Newsletter', submit: [7], bogus: ['x'] };
    expect(() => judge(broken)).not.toThrow();
    broken.fields[0]!.features.options = 'not a list';
    expect(judge(broken)).toEqual([]);
    expect(judge({ raw: true, fields: 'x', forms: [] })).toEqual([]);
  });
});
