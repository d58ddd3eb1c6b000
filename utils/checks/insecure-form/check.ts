/** @module insecure-form as the registry runs it. */
import type { FormCheck } from '../types';
import { checkInsecureForms } from './index';
import { insecureForm } from './meta';

export const insecureFormCheck: FormCheck<'insecure-form'> = {
  ...insecureForm,
  run: checkInsecureForms,
};
