/** @module oversized-form: flags a form that asks for more than its purpose needs (see the
 * policy table in `policy.ts`), naming the excess in plain words. */
import type { FormAnalysis, FormPurpose } from '../../forms/types';
import type { Translate } from '../../i18n';
import type { Finding } from '../findings';
import { oversizedForm } from './meta';
import { SENSITIVITY, excessKinds, type PersonalKind } from './policy';

export { POLICY, SENSITIVITY, excessKinds } from './policy';
export type { PersonalKind, PurposePolicy, Sensitivity } from './policy';

export function checkOversizedForms(forms: readonly FormAnalysis[], t: Translate): Finding[] {
  const findings: Finding[] = [];
  for (const form of forms) {
    // Fields outside any form are not one request; only real forms are judged.
    if (form.index === null) continue;
    const kinds = form.fields.filter((f) => f.fillable).map((f) => f.kind);
    const excess = excessKinds(form.purpose, kinds);
    if (!excess.length) continue;
    findings.push({
      check: oversizedForm.id,
      severity: excess.some((k) => SENSITIVITY[k] === 'high') ? 'danger' : 'warning',
      form: form.index,
      kinds: excess,
      message: oversizedMessage(form.purpose, excess, t, form.fieldsSuggest !== undefined),
      lesson: oversizedForm.lesson,
      code: 'excess-fields',
    });
  }
  return findings;
}

/** "This newsletter form asks for your date of birth and ID number — it doesn't need that to
 * email you. If those fields are optional, leave them empty." */
export function oversizedMessage(
  purpose: FormPurpose,
  excess: readonly PersonalKind[],
  t: Translate,
  /** The wording overruled what the fields suggest: say what the form appears to be for. */
  stated = false,
): string {
  const appears = stated ? `${t('formsAppearsFor', [purposeName(purpose, t)])} ` : '';
  const sentence = t(`formsExcess${pascal(purpose)}`, [
    listOf(
      excess.map((k) => kindName(k, t)),
      t,
    ),
  ]);
  return `${appears}${sentence} ${t('formsExcessTip')}`;
}

export function kindName(kind: string, t: Translate): string {
  return t(`formsKind${pascal(kind)}`);
}

export function purposeName(purpose: FormPurpose, t: Translate): string {
  return t(`formsPurpose${pascal(purpose)}`);
}

/** "a, b and c" in the reader's language. */
export function listOf(items: readonly string[], t: Translate): string {
  if (items.length < 2) return items[0] ?? '';
  return t('formsListAnd', [
    items.slice(0, -1).join(t('formsListComma')),
    items[items.length - 1]!,
  ]);
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
