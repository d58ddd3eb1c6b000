/** @module password-field: anti-patterns from NIST SP 800-63B-4 (verifiers shall allow paste and
 * password managers, and accept at least 64 characters). Reported to the popup's page report
 * only (no notice states): they are the site's mistakes, not something to warn about in-page.
 * A check of its own, with its own switch, since it judges the site rather than the data. */
import type { FormAnalysis } from '../../forms/types';
import type { Translate } from '../../i18n';
import type { Finding } from '../findings';
import { passwordField } from './meta';

export function checkPasswordFields(forms: readonly FormAnalysis[], t: Translate): Finding[] {
  const findings: Finding[] = [];
  for (const form of forms) {
    const seen = new Set<string>();
    const report = (code: string, message: string) => {
      if (seen.has(code)) return;
      seen.add(code);
      findings.push({
        check: passwordField.id,
        severity: 'info',
        form: form.index,
        kinds: ['password'],
        message,
        lesson: passwordField.lesson,
        code,
      });
    };
    for (const { features, fillable, pasteBlocked } of form.fields) {
      if (!fillable || features.type !== 'password') continue;
      if (pasteBlocked || form.pasteBlocked) report('paste-blocked', t('formsPasteBlocked'));
      const max = features.maxLength;
      if (max !== null && max > 0 && max < 64)
        report('short-maxlength', t('formsShortMaxlength', [max]));
      if (features.autocomplete.split(/\s+/).includes('off'))
        report('autocomplete-off', t('formsAutocompleteOff'));
    }
  }
  return findings;
}
