/** @module oversized-form as the registry runs it. */
import type { FormCheck } from '../types';
import { checkOversizedForms } from './index';
import { oversizedForm } from './meta';

export const oversizedFormCheck: FormCheck<'oversized-form'> = {
  ...oversizedForm,
  run: (forms, { t }) => checkOversizedForms(forms, t),
};
