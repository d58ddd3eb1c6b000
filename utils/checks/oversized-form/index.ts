/** @module oversized-form: flags a form that asks for more than its purpose needs (see the
 * policy table in `policy.ts`), naming the excess in plain words. */
import type { FormAnalysis } from '../../forms/types';
import type { Translate } from '../../i18n';
import type { Finding } from '../findings';
import { oversizedForm } from './meta';
import { SENSITIVITY, excessKinds } from './policy';
import { oversizedMessage } from './wording';

export { POLICY, SENSITIVITY, excessKinds } from './policy';
export type { PersonalKind, PurposePolicy, Sensitivity } from './policy';
export { kindList, kindName, listOf, oversizedMessage, purposeName } from './wording';

export function checkOversizedForms(forms: readonly FormAnalysis[], t: Translate): Finding[] {
  const findings: Finding[] = [];
  for (const form of forms) {
    // Fields outside any form are not one request; only real forms are judged.
    if (form.index === null) continue;
    const kinds = form.fields.filter((f) => f.fillable).map((f) => f.kind);
    const excess = excessKinds(form.purpose, kinds);
    if (!excess.length) continue;
    const stated = form.fieldsSuggest !== undefined;
    findings.push({
      check: oversizedForm.id,
      severity: excess.some((k) => SENSITIVITY[k] === 'high') ? 'danger' : 'warning',
      form: form.index,
      kinds: excess,
      message: oversizedMessage(form.purpose, excess, t, stated),
      lesson: oversizedForm.lesson,
      code: 'excess-fields',
      purpose: form.purpose,
      ...(stated ? { stated: true as const } : {}),
    });
  }
  return findings;
}
