/** @module The background's half of a live page's features: a page sends its texts as read
 * (`extract.ts` with `raw`), and they are normalised here, off the page's thread. Normalising
 * (lowercase, accents, camelCase and punctuation to words) ran about seven times a field and was
 * the largest single cost of a page's forms look in a profile of the corpus pages. The result is
 * what the page would have sent normalised (`tests/unit/forms/normalize-later.test.ts`, and the
 * corpus tier over 711 pages). */
import { normalize } from './text';
import {
  FORM_CUES,
  type FieldFeatures,
  type FormCue,
  type FormCuePieces,
  type FormSnapshot,
  type PageFeatures,
} from './types';
import { cuesFrom, wordingFrom } from './wording';

const CUES = new Set<string>(FORM_CUES);
const TEXTS = [
  'attrs',
  'tail',
  'label',
  'placeholder',
  'title',
  'nearby',
  'legend',
  'value',
] as const;

export function normalizeLater(page: PageFeatures): PageFeatures {
  if (!page.raw) return page;
  return {
    fields: page.fields.map((field) => ({ ...field, features: normalizeField(field.features) })),
    forms: page.forms.map(normalizeForm),
  };
}

function normalizeField(features: FieldFeatures): FieldFeatures {
  const out: FieldFeatures = { ...features, options: features.options.map(text).map(normalize) };
  for (const key of TEXTS) if (key in features) out[key] = normalize(text(features[key]));
  return out;
}

function normalizeForm({ cuePieces, ...form }: FormSnapshot): FormSnapshot {
  const cues = cuesFrom(sanitized(cuePieces));
  return { ...form, cues, wording: wordingFrom(cues) };
}

/** Only known cues and arrays of text count: a malformed piece is no words, never a crash. */
function sanitized(pieces: unknown): FormCuePieces {
  const out: FormCuePieces = {};
  if (typeof pieces !== 'object' || pieces === null) return out;
  // In the order the page read them: the wording joins the cues in that order.
  for (const [cue, texts] of Object.entries(pieces as Record<string, unknown>))
    if (CUES.has(cue) && Array.isArray(texts)) out[cue as FormCue] = texts.map(text);
  return out;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
