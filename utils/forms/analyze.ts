/** @module The whole analysis of a page or of one form: every field classified, every form given
 * a purpose, and the findings of the oversized-form and insecure-form checks. DOM in, data out:
 * the content script, the demo page and the CLI all call this. Linear in the page size. */
import { checkInsecureForms, checkPasswordFields } from '../checks/insecure-form';
import { checkOversizedForms } from '../checks/oversized-form';
import type { Finding } from '../checks/findings';
import { classifyField } from './classify';
import { describeContext, describeField, type DescribeContext } from './describe';
import { formPurpose, formSignals } from './purpose';
import { scanPage } from './scan';
import type {
  AnalyzeOptions,
  ClassifiedField,
  FieldReport,
  FormAnalysis,
  PageAnalysis,
} from './types';

const FIELDS = 'input, select, textarea';

export function analyzePage(doc: Document, opts: AnalyzeOptions): PageAnalysis {
  const scan = scanPage(doc);
  const ctx = describeContext(scan);
  const { forms, fields: elements, owners } = scan;
  const groups = new Map<number | null, ClassifiedField[]>();
  const fields: FieldReport[] = elements.map((el, index) => {
    const field = classifyElement(el, ctx);
    const form = owners.get(el) ?? null;
    let group = groups.get(form);
    if (!group) groups.set(form, (group = []));
    group.push(field);
    const attr = (name: string) => el.getAttribute(name) ?? '';
    return {
      index,
      tag: el.tagName.toLowerCase(),
      type: field.features.type,
      name: attr('name'),
      id: attr('id'),
      kind: field.kind,
      form,
    };
  });
  const where = pageLocation(scan.baseHref, opts.url);
  const analyses = forms.map((el, index) =>
    formAnalysis(el, index, groups.get(index) ?? [], where),
  );
  const loose = groups.get(null);
  if (loose) analyses.push(formAnalysis(null, null, loose, where));
  return {
    fields,
    forms: analyses
      .filter((a): a is FormAnalysis & { index: number } => a.index !== null)
      .map((a) => ({ index: a.index, purpose: a.purpose, kinds: distinctKinds(a.fields) })),
    findings: findingsFor(analyses, opts),
  };
}

/** One form on its own, for re-checking after the page changed it. `index` is its position in
 * `document.forms` (computed when not given). Fields attached with `form=` are not included. */
export function analyzeForm(
  form: Element,
  opts: AnalyzeOptions & { index?: number | null },
): { form: FormAnalysis; findings: Finding[] } {
  const scan = scanPage(form.ownerDocument);
  const position = scan.forms.indexOf(form);
  const index = opts.index !== undefined ? opts.index : position < 0 ? null : position;
  const ctx = describeContext(scan);
  const fields = [...form.querySelectorAll(FIELDS)].map((el) => classifyElement(el, ctx));
  const analysis = formAnalysis(form, index, fields, pageLocation(scan.baseHref, opts.url));
  return { form: analysis, findings: findingsFor([analysis], opts) };
}

export function classifyElement(el: Element, ctx: DescribeContext): ClassifiedField {
  const features = describeField(el, ctx);
  return { el, features, kind: classifyField(features), fillable: isFillable(el, features.type) };
}

function findingsFor(forms: FormAnalysis[], opts: AnalyzeOptions): Finding[] {
  return [
    ...checkOversizedForms(forms, opts.t),
    ...checkInsecureForms(forms, opts),
    ...checkPasswordFields(forms, opts.t),
  ];
}

function formAnalysis(
  el: Element | null,
  index: number | null,
  fields: ClassifiedField[],
  where: PageLocation,
): FormAnalysis {
  return {
    index,
    el,
    purpose: formPurpose(formSignals(el, fields)),
    fields,
    action: el ? resolveAction(el, where) : null,
  };
}

const NOT_FILLED = new Set(['hidden', 'submit', 'image', 'reset', 'button']);

/** Whether a person could fill it in, judged from markup alone (no layout in linkedom). */
function isFillable(el: Element, type: string): boolean {
  if (NOT_FILLED.has(type) || el.hasAttribute('disabled') || el.hasAttribute('hidden'))
    return false;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  const style = (el.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
  return !/display:none|visibility:hidden/.test(style);
}

function distinctKinds(fields: ClassifiedField[]) {
  return [...new Set(fields.filter((f) => f.fillable && f.kind !== 'other').map((f) => f.kind))];
}

export interface PageLocation {
  url: string;
  /** What relative URLs resolve against: `<base href>` if any, else the page's URL. */
  base: string;
}

export function pageLocation(baseHref: string | null, url: string): PageLocation {
  const href = baseHref;
  try {
    return { url, base: href ? new URL(href, url).href : url };
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
