/** @module insecure-form: a password or sensitive field on a page that is not a secure context,
 * or a form that submits to `http:` from any page. One finding per form at most. */
import type { FormAnalysis } from '../../forms/types';
import type { Translate } from '../../i18n';
import type { Finding, Severity } from '../findings';
import { SENSITIVITY, type PersonalKind } from '../oversized-form';
import { insecureForm } from './meta';
import { isCleartextAction } from './secure';
import { insecureWording } from './wording';

export { isCleartextAction, isSecureUrl } from './secure';

export interface InsecureOptions {
  isSecureContext: boolean;
  t: Translate;
}

export function checkInsecureForms(
  forms: readonly FormAnalysis[],
  opts: InsecureOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const form of forms) {
    const filled = form.fields.filter((f) => f.fillable);
    const sensitive = [...new Set(filled.map((f) => f.kind).filter(isHighlySensitive))];
    if (!opts.isSecureContext && sensitive.length) {
      findings.push(finding(form, 'danger', sensitive, 'insecure-page', [], opts.t));
    } else if (filled.length && isCleartextAction(form.action)) {
      const severity = sensitive.length ? 'danger' : 'warning';
      const hosts = [new URL(form.action!).host];
      findings.push(finding(form, severity, sensitive, 'http-action', hosts, opts.t));
    }
  }
  return findings;
}

/** Passwords, card data, IDs, bank details, security answers, special-category data. */
function isHighlySensitive(kind: string): kind is PersonalKind {
  return kind !== 'other' && SENSITIVITY[kind as PersonalKind] === 'high';
}

function finding(
  form: FormAnalysis,
  severity: Severity,
  kinds: string[],
  code: 'insecure-page' | 'http-action',
  hosts: string[],
  t: Translate,
): Finding {
  const detail = { lesson: insecureForm.lesson, code, ...(hosts.length ? { hosts } : {}) };
  const facts = { check: insecureForm.id, severity, form: form.index, kinds };
  return { ...facts, message: insecureWording({ ...facts, ...detail }, t) ?? '', ...detail };
}
