/** @module One walk over the document that finds what the analysis needs: the fields in
 * `querySelectorAll('input, select, textarea')` order, the forms in `document.forms` order,
 * each field's form, labels by `for`, ids and `<base href>`. One iterative pass instead of a
 * query per need: linkedom's selector queries each walk the whole tree, and a deeply nested
 * hostile page must not overflow the stack. Sees into open shadow roots.
 *
 * The walk is a generator that pauses every `STEP` elements, so a live page can spread it over
 * several short tasks (`utils/slices.ts`); the CLI and the demo page run it in one go. */
import { runAll, StaleWork } from '../slices';

export interface PageScan {
  fields: Element[];
  forms: Element[];
  /** Index in `forms` of each field's form (a valid `form=` attribute, else the innermost). */
  owners: Map<Element, number>;
  /** The first `<label for=ID>` of each ID. */
  labelsFor: Map<string, Element>;
  /** The first element of each id. */
  ids: Map<string, Element>;
  baseHref: string | null;
  /** The open shadow roots met (at most `MAX_SHADOW_ROOTS`), for whoever watches them. */
  shadowRoots: ShadowRoot[];
  /** Forms left out because `ScanOptions.rendered` said they have no box (at most
   * `MAX_SKIPPED`), for whoever waits for them to show. */
  skipped: Element[];
}

export interface ScanOptions {
  /** Asked of each form: false leaves the form and all inside it out of the scan. A live page
   * passes a layout check (a form in a closed dialog, a `display: none` panel or a `hidden`
   * wizard step is not filled by anyone until it shows); saved pages have no layout. */
  rendered?: (form: Element) => boolean;
}

/** Elements visited between two chances to pause. */
export const STEP = 256;

const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Open shadow roots scanned at most (a page could attach thousands). */
const MAX_SHADOW_ROOTS = 500;

/** Forms skipped that are remembered (a page could hide thousands). */
const MAX_SKIPPED = 200;

export function scanPage(root: Document | Element, options: ScanOptions = {}): PageScan {
  return runAll(scanSteps(root, options));
}

/** `scanPage`, pausing every `STEP` elements. Resumed after the page had its turn, it throws
 * `StaleWork` if the element it stopped at has left the document (the rest of the walk would
 * follow a detached subtree): the caller starts again. */
export function* scanSteps(
  root: Document | Element,
  options: ScanOptions = {},
): Generator<void, PageScan> {
  const scan: PageScan = {
    fields: [],
    forms: [],
    owners: new Map(),
    labelsFor: new Map(),
    ids: new Map(),
    baseHref: null,
    shadowRoots: [],
    skipped: [],
  };
  const formIndex = new Map<Element, number>();
  // The light DOM first, so fields and forms keep their `querySelectorAll` / `document.forms`
  // positions; then each open shadow root (closed ones are private to the page), its fields
  // belonging to the form around its host.
  const shadows: Shadow[] = [];
  const start = 'documentElement' in root ? root.documentElement : root;
  const walker: Walker = { scan, formIndex, shadows, rendered: options.rendered, count: 0 };
  if (start) yield* walk(start, null, walker);
  for (let i = 0; i < shadows.length && i < MAX_SHADOW_ROOTS; i++) {
    const { root: shadow, form } = shadows[i]!;
    for (let c = shadow.firstElementChild; c; c = c.nextElementSibling)
      yield* walk(c, form, walker);
  }
  scan.shadowRoots = shadows.map((s) => s.root);
  const formsById = new Map<string, number>();
  for (const [id, target] of scan.ids) {
    const index = formIndex.get(target);
    if (index !== undefined) formsById.set(id, index);
  }
  if (formsById.size)
    for (const field of scan.fields) {
      const index = formsById.get(field.getAttribute('form') ?? '');
      if (index !== undefined) scan.owners.set(field, index);
    }
  return scan;
}

interface Shadow {
  root: ShadowRoot;
  /** The form around its host, if any. */
  form: Element | null;
}

/** What one scan carries from element to element. */
interface Walker {
  scan: PageScan;
  formIndex: Map<Element, number>;
  shadows: Shadow[];
  rendered: ScanOptions['rendered'];
  /** Elements visited so far, to pause every `STEP`. */
  count: number;
}

/** One iterative depth-first pass over `start` and its descendants (no recursion: a deeply
 * nested hostile page must not overflow the stack). */
function* walk(start: Element, outer: Element | null, walker: Walker): Generator<void> {
  const { scan, shadows } = walker;
  const open: Element[] = outer ? [outer] : [];
  let el: Element | null = start;
  while (el) {
    if (++walker.count % STEP === 0) {
      yield;
      if (!el.isConnected) throw new StaleWork();
    }
    const skip: boolean = isForm(el) && walker.rendered !== undefined && !walker.rendered(el);
    if (skip) {
      if (scan.skipped.length < MAX_SKIPPED) scan.skipped.push(el);
    } else {
      visit(el, scan, open, walker.formIndex);
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow && shadows.length < MAX_SHADOW_ROOTS)
        shadows.push({ root: shadow, form: open[open.length - 1] ?? null });
    }
    const child: Element | null = skip ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    // Leave this element and every ancestor that has no next sibling.
    let cur: Element | null = el;
    el = null;
    while (cur) {
      if (open[open.length - 1] === cur) open.pop();
      if (cur === start) break;
      const next: Element | null = cur.nextElementSibling;
      if (next) {
        el = next;
        break;
      }
      cur = cur.parentElement;
    }
  }
}

function isForm(el: Element): boolean {
  return el.tagName === 'FORM' || el.tagName === 'form';
}

function visit(el: Element, scan: PageScan, open: Element[], formIndex: Map<Element, number>) {
  const tag = el.tagName.toUpperCase();
  const id = el.getAttribute('id');
  if (id && !scan.ids.has(id)) scan.ids.set(id, el);
  if (FIELD_TAGS.has(tag)) {
    scan.fields.push(el);
    const form = open[open.length - 1];
    if (form) scan.owners.set(el, formIndex.get(form)!);
  } else if (tag === 'FORM') {
    formIndex.set(el, scan.forms.length);
    scan.forms.push(el);
    open.push(el);
  } else if (tag === 'LABEL') {
    const target = el.getAttribute('for');
    if (target && !scan.labelsFor.has(target)) scan.labelsFor.set(target, el);
  } else if (tag === 'BASE' && scan.baseHref === null) {
    scan.baseHref = el.getAttribute('href');
  }
}
