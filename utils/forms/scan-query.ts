/** @module The scan of a live page (`scan.ts` with `shadowRoots`): the browser's selector engine
 * lists the few elements the analysis needs, in document order, instead of a script walk over
 * every element. A walk makes a script object of each element it passes and asks each for its
 * tag, its id and its shadow root: on the corpus pages that was about an eighth of the engine's
 * time, for a page of which forms are a small part. The result is the walk's, element for
 * element (`tests/unit/forms/scan-query.test.ts`, and over the corpus pages); open shadow roots
 * come from the caller (custom elements, found by one selector query: `utils/content/roots.ts`)
 * and are walked, being small. */
import { StaleWork } from '../slices';
import type { PageScan, ScanOptions } from './scan';
import {
  emptyScan,
  FIELD_TAGS,
  ownersByFormAttribute,
  MAX_SHADOW_ROOTS,
  MAX_SKIPPED,
  STEP,
  walk,
  type Walker,
} from './scan-walk';

const WANTED = 'form, input, select, textarea, label[for], base[href]';

export function* queryScanSteps(
  doc: Document,
  shadowRootsOf: (doc: Document) => ShadowRoot[],
  rendered: ScanOptions['rendered'],
): Generator<void, PageScan> {
  // Ids inside shadow roots, as the walk meets them; the document's come from the browser.
  const ids = new Map<string, Element>();
  const scan = emptyScan((id) => (id ? (doc.getElementById(id) ?? ids.get(id) ?? null) : null));
  const formIndex = new Map<Element, number>();
  const found = doc.querySelectorAll(WANTED);
  // Forms around the current element, innermost last (forms nest only when scripts nest them).
  const open: Element[] = [];
  let skipping: Element | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (i > 0 && i % STEP === 0) {
      yield;
      if (!el.isConnected) throw new StaleWork();
    }
    if (skipping?.contains(el)) continue;
    skipping = null;
    while (open.length && !open[open.length - 1]!.contains(el)) open.pop();
    const tag = el.tagName.toUpperCase();
    if (tag === 'FORM') {
      if (rendered && !rendered(el)) {
        skipping = el;
        if (scan.skipped.length < MAX_SKIPPED) scan.skipped.push(el);
        continue;
      }
      formIndex.set(el, scan.forms.length);
      scan.forms.push(el);
      open.push(el);
    } else if (FIELD_TAGS.has(tag)) {
      scan.fields.push(el);
      const form = open[open.length - 1];
      if (form) scan.owners.set(el, formIndex.get(form)!);
    } else if (tag === 'LABEL') {
      const target = el.getAttribute('for');
      if (target && !scan.labelsFor.has(target)) scan.labelsFor.set(target, el);
    } else if (scan.baseHref === null) {
      scan.baseHref = el.getAttribute('href');
    }
  }

  // Open shadow roots after the light DOM, as the walk orders them, each belonging to the form
  // around its host; those under a skipped form are left out with it.
  const walker: Walker = { scan, ids, formIndex, shadows: [], rendered, count: 0 };
  for (const root of shadowRootsOf(doc)) {
    const host = root.host;
    if (scan.skipped.some((form) => form.contains(host))) continue;
    if (walker.shadows.length >= MAX_SHADOW_ROOTS) break;
    const form = host.closest('form');
    walker.shadows.push({ root, form: form && formIndex.has(form) ? form : null });
  }
  for (let i = 0; i < walker.shadows.length && i < MAX_SHADOW_ROOTS; i++) {
    const { root, form } = walker.shadows[i]!;
    for (let c = root.firstElementChild; c; c = c.nextElementSibling) yield* walk(c, form, walker);
  }
  scan.shadowRoots = walker.shadows.map((s) => s.root);
  ownersByFormAttribute(scan, formIndex);
  return scan;
}
