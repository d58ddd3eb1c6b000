/** @module The walk behind `scan.ts`: one iterative depth-first pass over elements, recording
 * what the forms analysis needs. Used over the whole document by the CLI (linkedom) and over
 * open shadow roots by every scan. */
import { StaleWork } from '../slices';
import type { PageScan, ScanOptions } from './scan';

/** A scan that has found nothing yet; `byId` as the kind of scan can answer it. */
export function emptyScan(byId: PageScan['byId']): PageScan {
  return {
    fields: [],
    forms: [],
    owners: new Map(),
    labelsFor: new Map(),
    byId,
    baseHref: null,
    shadowRoots: [],
    skipped: [],
  };
}

/** A field's `form=ID` names its form when ID is a form's: that wins over the form around it. */
export function ownersByFormAttribute(scan: PageScan, formIndex: Map<Element, number>): void {
  for (const field of scan.fields) {
    const id = field.getAttribute('form');
    const target = id ? scan.byId(id) : null;
    const index = target ? formIndex.get(target) : undefined;
    if (index !== undefined) scan.owners.set(field, index);
  }
}

/** Elements visited between two chances to pause. */
export const STEP = 256;

export const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Open shadow roots scanned at most (a page could attach thousands). */
export const MAX_SHADOW_ROOTS = 500;

/** Forms skipped that are remembered (a page could hide thousands). */
export const MAX_SKIPPED = 200;

export interface Shadow {
  root: ShadowRoot;
  /** The form around its host, if any. */
  form: Element | null;
}

/** What one scan carries from element to element. */
export interface Walker {
  scan: PageScan;
  ids: Map<string, Element>;
  formIndex: Map<Element, number>;
  shadows: Shadow[];
  rendered: ScanOptions['rendered'];
  /** Elements visited so far, to pause every `STEP`. */
  count: number;
}

/** One iterative depth-first pass over `start` and its descendants (no recursion: a deeply
 * nested hostile page must not overflow the stack). */
export function* walk(start: Element, outer: Element | null, walker: Walker): Generator<void> {
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
      visit(el, walker, open);
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

export function isForm(el: Element): boolean {
  return el.tagName === 'FORM' || el.tagName === 'form';
}

function visit(el: Element, { scan, ids, formIndex }: Walker, open: Element[]) {
  const tag = el.tagName.toUpperCase();
  const id = el.getAttribute('id');
  if (id && !ids.has(id)) ids.set(id, el);
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
