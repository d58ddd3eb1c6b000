/** @module insecure-form: a password or sensitive field on a page that is not a secure context,
 * or a form that submits to `http:` from any page. One finding per form at most. */
import type { FormAnalysis } from '../../forms/types';
import type { Translate } from '../../i18n';
import type { Finding, Severity } from '../findings';
import { SENSITIVITY, kindName, listOf, type PersonalKind } from '../oversized-form';
import { insecureForm } from './meta';
import { isCleartextAction } from './secure';

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
      const names = listOf(
        sensitive.map((k) => kindName(k, opts.t)),
        opts.t,
      );
      const message = opts.t('formsInsecurePage', [names]);
      findings.push(finding(form, 'danger', sensitive, message, 'insecure-page'));
    } else if (filled.length && isCleartextAction(form.action)) {
      const message = opts.t('formsInsecureAction', [new URL(form.action!).host]);
      const severity = sensitive.length ? 'danger' : 'warning';
      findings.push(finding(form, severity, sensitive, message, 'http-action'));
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
  message: string,
  code: string,
): Finding {
  return {
    check: insecureForm.id,
    severity,
    form: form.index,
    kinds,
    message,
    lesson: insecureForm.lesson,
    code,
  };
}
