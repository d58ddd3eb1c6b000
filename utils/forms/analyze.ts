/** @module The pure half of the forms analysis: every field classified, every form given a
 * purpose, and the findings of the oversized-form and insecure-form checks. Data in, data out:
 * the background runs it on what the content script extracted; the CLI and the demo page run
 * `analyzePage`, which extracts and analyses in one go. Linear in the page size. */
import type { Finding } from '../checks/findings';
import { runFormChecks } from '../checks/form-checks';
import { classifyField } from './classify';
import { extractForm, extractPage } from './extract';
import { formSignals, judgePurpose } from './purpose';
import type {
  AnalyzeOptions,
  ClassifiedField,
  FieldReport,
  FormAnalysis,
  FormSnapshot,
  JudgeOptions,
  PageAnalysis,
  PageFeatures,
} from './types';

export function analyzePage(doc: Document, opts: AnalyzeOptions): PageAnalysis {
  return analyzeFeatures(extractPage(doc, opts.url), opts);
}

export function analyzeFeatures(page: PageFeatures, opts: JudgeOptions): PageAnalysis {
  const groups = new Map<number | null, ClassifiedField[]>();
  const classified = page.fields.map((snapshot) => {
    const field: ClassifiedField = { ...snapshot, kind: classifyField(snapshot.features) };
    let group = groups.get(field.form);
    if (!group) groups.set(field.form, (group = []));
    group.push(field);
    return field;
  });
  for (const group of groups.values()) reconcileKinds(group);
  const fields: FieldReport[] = classified.map((field) => ({
    index: field.index,
    tag: field.tag,
    type: field.features.type,
    name: field.name,
    id: field.id,
    kind: field.kind,
    form: field.form,
  }));
  const analyses = page.forms.map((form) => formAnalysis(form, groups.get(form.index) ?? []));
  const loose = groups.get(null);
  if (loose) analyses.push(formAnalysis(null, loose));
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
  const position = [...form.ownerDocument.querySelectorAll('form')].indexOf(
    form as HTMLFormElement,
  );
  const index = opts.index !== undefined ? opts.index : position < 0 ? null : position;
  const page = extractForm(form, index ?? -1, opts.url);
  const fields = page.fields.map((f) => ({ ...f, form: index, kind: classifyField(f.features) }));
  reconcileKinds(fields);
  const analysis = formAnalysis({ ...page.forms[0]!, index: index ?? -1 }, fields);
  analysis.index = index;
  return { form: analysis, findings: findingsFor([analysis], opts) };
}

/** What one field cannot tell alone: a "card number" typed as a number beside a password,
 * with no expiry or security code, is a bank or shop card used to sign in, not a payment. */
export function reconcileKinds(fields: ClassifiedField[]): void {
  const has = (kind: string) => fields.some((f) => f.fillable && f.kind === kind);
  if (!has('card-number') || !has('password') || has('card-security-code') || has('card-expiry'))
    return;
  for (const f of fields) if (f.kind === 'card-number') f.kind = 'username';
}

/** Every form check in the registry (`utils/checks/form-checks.ts`). */
function findingsFor(forms: FormAnalysis[], opts: JudgeOptions): Finding[] {
  return runFormChecks(forms, { isSecureContext: opts.isSecureContext, t: opts.t });
}

function formAnalysis(form: FormSnapshot | null, fields: ClassifiedField[]): FormAnalysis {
  const verdict = judgePurpose(formSignals(form, fields));
  return {
    index: form?.index ?? null,
    purpose: verdict.purpose,
    ...(verdict.fieldsSuggest ? { fieldsSuggest: verdict.fieldsSuggest } : {}),
    fields,
    action: form?.action ?? null,
    pasteBlocked: form?.pasteBlocked ?? false,
  };
}

function distinctKinds(fields: ClassifiedField[]) {
  return [...new Set(fields.filter((f) => f.fillable && f.kind !== 'other').map((f) => f.kind))];
}
