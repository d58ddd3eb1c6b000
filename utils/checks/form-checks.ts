/** @module The form checks' implementations, keyed by id: a form check in the registry without
 * one here does not compile. Imported by the forms analysis (background, CLI, demo), never by
 * the content script. */
import type { Finding } from './findings';
import { CHECKS, type FormCheckId } from './index';
import { insecureFormCheck } from './insecure-form/check';
import { oversizedFormCheck } from './oversized-form/check';
import { passwordFieldCheck } from './password-field/check';
import type { FormCheck, FormCheckContext } from './types';
import type { FormAnalysis } from '../forms/types';

export const FORM_CHECKS: { readonly [Id in FormCheckId]: FormCheck<Id> } = {
  'insecure-form': insecureFormCheck,
  'oversized-form': oversizedFormCheck,
  'password-field': passwordFieldCheck,
};

/** Every form check's findings, in registry order. Settings are applied by the caller (the
 * background filters; the CLI and the demo show everything). */
export function runFormChecks(
  forms: readonly FormAnalysis[],
  context: FormCheckContext,
): Finding[] {
  return CHECKS.flatMap((check) =>
    check.kind === 'form' ? FORM_CHECKS[check.id].run(forms, context) : [],
  );
}
