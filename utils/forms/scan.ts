/** @module One walk over the document that finds what the analysis needs: the fields in
 * `querySelectorAll('input, select, textarea')` order, the forms in `document.forms` order,
 * each field's form, labels by `for`, ids and `<base href>`. One iterative pass instead of a
 * query per need: linkedom's selector queries each walk the whole tree, and a deeply nested
 * hostile page must not overflow the stack. */

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
}

const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function scanPage(root: Document | Element): PageScan {
  const scan: PageScan = {
    fields: [],
    forms: [],
    owners: new Map(),
    labelsFor: new Map(),
    ids: new Map(),
    baseHref: null,
  };
  const start = 'documentElement' in root ? root.documentElement : root;
  const open: Element[] = [];
  const formIndex = new Map<Element, number>();
  let el: Element | null = start;
  while (el) {
    visit(el, scan, open, formIndex);
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
