/** @module One walk over the document that finds what the analysis needs: the fields in
 * `querySelectorAll('input, select, textarea')` order, the forms in `document.forms` order,
 * each field's form, labels by `for`, ids and `<base href>`. One iterative pass instead of a
 * query per need: linkedom's selector queries each walk the whole tree, and a deeply nested
 * hostile page must not overflow the stack. Sees into open shadow roots. */

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
}

const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Open shadow roots scanned at most (a page could attach thousands). */
const MAX_SHADOW_ROOTS = 500;

export function scanPage(root: Document | Element): PageScan {
  const scan: PageScan = {
    fields: [],
    forms: [],
    owners: new Map(),
    labelsFor: new Map(),
    ids: new Map(),
    baseHref: null,
    shadowRoots: [],
  };
  const formIndex = new Map<Element, number>();
  // The light DOM first, so fields and forms keep their `querySelectorAll` / `document.forms`
  // positions; then each open shadow root (closed ones are private to the page), its fields
  // belonging to the form around its host.
  const shadows: Shadow[] = [];
  const start = 'documentElement' in root ? root.documentElement : root;
  if (start) walk(start, null, scan, formIndex, shadows);
  for (let i = 0; i < shadows.length && i < MAX_SHADOW_ROOTS; i++) {
    const { root: shadow, form } = shadows[i]!;
    for (let c = shadow.firstElementChild; c; c = c.nextElementSibling)
      walk(c, form, scan, formIndex, shadows);
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

/** One iterative depth-first pass over `start` and its descendants (no recursion: a deeply
 * nested hostile page must not overflow the stack). */
function walk(
  start: Element,
  outer: Element | null,
  scan: PageScan,
  formIndex: Map<Element, number>,
  shadows: Shadow[],
) {
  const open: Element[] = outer ? [outer] : [];
  let el: Element | null = start;
  while (el) {
    visit(el, scan, open, formIndex);
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow && shadows.length < MAX_SHADOW_ROOTS)
      shadows.push({ root: shadow, form: open[open.length - 1] ?? null });
    const child: Element | null = el.firstElementChild;
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
