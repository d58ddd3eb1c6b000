/** @module The DOM half of the forms analysis: one bounded walk turns a page into plain data
 * (`PageFeatures`). The content script runs only this and sends the result to the background,
 * where the word tables live; the CLI and the demo page run it and analyse in place. */
import { describeContext, describeField, fieldType, type DescribeContext } from './describe';
import { runAll } from '../slices';
import { scanPage, scanSteps, type PageScan, type ScanOptions } from './scan';
import type { FieldSnapshot, FormSnapshot, PageFeatures } from './types';
import { formCuePieces, formCues, formWording } from './wording';
import { keepRaw, normalize, type Norm } from './text';

/** In a live page (the content script), past this many fields the rest are not judged: fields
 * inside forms come first, since loose fields only matter to the insecure-page check. The CLI
 * reads saved pages whole. */
export const MAX_FIELDS = 3_000;
const PASTE_BLOCK = /return\s*false|preventdefault|returnvalue\s*=\s*false/i;
const NOT_FILLED = new Set(['hidden', 'submit', 'image', 'reset', 'button']);

export function extractPage(doc: Document, url: string, maxFields = Infinity): PageFeatures {
  return extractPageElements(doc, url, maxFields).features;
}

export interface ExtractedPage {
  features: PageFeatures;
  /** The form elements in index order: forms inside open shadow roots come after
   * `document.forms` (whose indexes they keep), so a finding's `form` finds its element. */
  forms: Element[];
  shadowRoots: ShadowRoot[];
  /** Forms left out as not rendered (`ScanOptions.rendered`). */
  skipped: Element[];
}

/** `extractPage`, plus the elements behind it. */
export function extractPageElements(doc: Document, url: string, maxFields = Infinity) {
  return runAll(extractSteps(doc, url, maxFields));
}

/** Fields described between two chances to pause (each reads its labels and nearby text). */
const FIELD_STEP = 32;

export interface ExtractOptions extends ScanOptions {
  /** Leave out fields nobody can fill (hidden, buttons, disabled…): no check looks at them, and
   * a checkout page carries dozens. A live page sends only what the checks read; the CLI
   * reports every field. */
  fillableOnly?: boolean;
  /** Texts as read, normalised later by the background (`normalize-later.ts`). */
  raw?: boolean;
  /** Describe, of the fields outside any form, only password fields. On a secure page no other
   * loose field can have a finding: only real forms are judged oversized, and a loose field is
   * insecure only on a page that is not secure; loose password fields still meet the
   * password-field check. Many checkout pages have no `<form>` at all, and a live page need not
   * read the labels of all their fields. */
  looseOnlyPasswords?: boolean;
}

/** `extractPageElements` as work that pauses (`utils/slices.ts`): the scan, then the fields. */
export function* extractSteps(
  doc: Document,
  url: string,
  maxFields = Infinity,
  options: ExtractOptions = {},
): Generator<void, ExtractedPage> {
  const scan = yield* scanSteps(doc, options);
  const ctx = describeContext(scan);
  const where = pageLocation(scan.baseHref, url);
  const fields: FieldSnapshot[] = [];
  const norm = options.raw ? keepRaw : normalize;
  let looked = 0;
  // Only the fields kept are described: past `maxFields`, describing the rest is wasted work.
  for (const i of kept(scan, maxFields)) {
    if (++looked % FIELD_STEP === 0) yield;
    const el = scan.fields[i]!;
    const form = scan.owners.get(el) ?? null;
    const type = fieldType(el);
    if (form === null && options.looseOnlyPasswords && type !== 'password') continue;
    const fillable = isFillable(el, type);
    if (options.fillableOnly && !fillable) continue;
    fields.push(snapshotField(el, ctx, form, i, fillable, norm));
  }
  const forms = scan.forms.map((el, index) =>
    options.raw ? rawForm(el, index, where) : snapshotForm(el, index, where),
  );
  const features: PageFeatures = options.raw ? { fields, forms, raw: true } : { fields, forms };
  return { features, forms: scan.forms, shadowRoots: scan.shadowRoots, skipped: scan.skipped };
}

/** Only the fields of one form (for re-checking a form the page changed). */
export function extractForm(form: Element, index: number, url: string): PageFeatures {
  const scan = scanPage(form.ownerDocument);
  const ctx = describeContext(scan);
  const fields = [...form.querySelectorAll('input, select, textarea')].map((el, i) =>
    snapshotField(el, ctx, index, i, isFillable(el, fieldType(el))),
  );
  return {
    fields: fields.slice(0, MAX_FIELDS),
    forms: [snapshotForm(form, index, pageLocation(scan.baseHref, url))],
  };
}

/** Indexes of the fields to describe, in page order: all of them up to `max`, else fields
 * inside forms first. */
function kept(scan: PageScan, max: number): number[] {
  const all = scan.fields.map((_, i) => i);
  if (all.length <= max) return all;
  const inForms = all.filter((i) => scan.owners.has(scan.fields[i]!));
  const loose = all.filter((i) => !scan.owners.has(scan.fields[i]!));
  return [...inForms, ...loose].slice(0, max).sort((a, b) => a - b);
}

function snapshotField(
  el: Element,
  ctx: DescribeContext,
  form: number | null,
  index: number,
  fillable: boolean,
  norm: Norm = normalize,
): FieldSnapshot {
  const features = describeField(el, ctx, norm);
  const attr = (name: string) => (el.getAttribute(name) ?? '').slice(0, 200);
  return {
    index,
    features,
    tag: el.tagName.toLowerCase(),
    name: attr('name'),
    id: attr('id'),
    form,
    fillable,
    pasteBlocked: PASTE_BLOCK.test(attr('onpaste')),
  };
}

function snapshotForm(el: Element, index: number, where: PageLocation): FormSnapshot {
  const cues = formCues(el);
  return { index, wording: formWording(el, cues), cues, ...formFacts(el, where) };
}

/** The form with its cues as read: the background makes `wording` and `cues` from them. */
function rawForm(el: Element, index: number, where: PageLocation): FormSnapshot {
  return { index, wording: '', cuePieces: formCuePieces(el), ...formFacts(el, where) };
}

function formFacts(el: Element, where: PageLocation) {
  return {
    searchRole: el.getAttribute('role') === 'search',
    action: resolveAction(el, where),
    pasteBlocked: PASTE_BLOCK.test((el.getAttribute('onpaste') ?? '').slice(0, 200)),
  };
}

/** Whether a person could fill it in, judged from markup alone (no layout in linkedom). */
function isFillable(el: Element, type: string): boolean {
  if (NOT_FILLED.has(type) || el.hasAttribute('disabled') || el.hasAttribute('hidden'))
    return false;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  const style = (el.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
  return !/display:none|visibility:hidden/.test(style);
}

export interface PageLocation {
  url: string;
  /** What relative URLs resolve against: `<base href>` if any, else the page's URL. */
  base: string;
}

export function pageLocation(baseHref: string | null, url: string): PageLocation {
  try {
    return { url, base: baseHref ? new URL(baseHref, url).href : url };
  } catch {
    return { url, base: url };
  }
}

/** Where the form submits, resolved like a browser (an empty action means the page itself);
 * null for `javascript:` actions and unparsable URLs. */
export function resolveAction(form: Element, where: PageLocation): string | null {
  const action = (form.getAttribute('action') ?? '').trim();
  try {
    const resolved = action ? new URL(action, where.base) : new URL(where.url);
    return resolved.protocol === 'javascript:' ? null : resolved.href;
  } catch {
    return null;
  }
}
