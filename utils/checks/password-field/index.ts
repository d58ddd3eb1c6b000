/** @module password-field: anti-patterns from NIST SP 800-63B-4 (verifiers shall allow paste and
 * password managers, and accept at least 64 characters). Reported to the popup's page report
 * only (no notice states): they are the site's mistakes, not something to warn about in-page.
 * A check of its own, with its own switch, since it judges the site rather than the data. */
import type { FormAnalysis } from '../../forms/types';
import type { Translate } from '../../i18n';
import type { Finding } from '../findings';
import { passwordField } from './meta';
import { passwordFieldWording, type PasswordFieldCode } from './wording';

export function checkPasswordFields(forms: readonly FormAnalysis[], t: Translate): Finding[] {
  const findings: Finding[] = [];
  for (const form of forms) {
    const seen = new Set<string>();
    const report = (code: PasswordFieldCode, count?: number) => {
      if (seen.has(code)) return;
      seen.add(code);
      const facts = { check: passwordField.id, severity: 'info' as const, form: form.index };
      const detail = { lesson: passwordField.lesson, code, ...(count ? { count } : {}) };
      const kinds = ['password'];
      const message = passwordFieldWording({ ...facts, kinds, ...detail }, t) ?? '';
      findings.push({ ...facts, kinds, message, ...detail });
    };
    for (const { features, fillable, pasteBlocked } of form.fields) {
      if (!fillable || features.type !== 'password') continue;
      if (pasteBlocked || form.pasteBlocked) report('paste-blocked');
      const max = features.maxLength;
      if (max !== null && max > 0 && max < 64) report('short-maxlength', max);
      if (features.autocomplete.split(/\s+/).includes('off')) report('autocomplete-off');
    }
  }
  return findings;
}
