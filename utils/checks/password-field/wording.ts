/** @module The sentences of `password-field`, from its codes (see `oversized-form/wording.ts`). */
import type { Translate } from '../../i18n';
import type { FindingFacts } from '../findings';

export type PasswordFieldCode = 'paste-blocked' | 'short-maxlength' | 'autocomplete-off';

/** Null when the facts do not say enough (an older stored shape). */
export function passwordFieldWording(facts: FindingFacts, t: Translate): string | null {
  if (facts.code === 'paste-blocked') return t('formsPasteBlocked');
  if (facts.code === 'autocomplete-off') return t('formsAutocompleteOff');
  const max = facts.count;
  if (facts.code === 'short-maxlength' && Number.isInteger(max) && max! > 0)
    return t('formsShortMaxlength', [max!]);
  return null;
}
