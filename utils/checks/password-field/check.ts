/** @module password-field as the registry runs it. */
import type { FormCheck } from '../types';
import { checkPasswordFields } from './index';
import { passwordField } from './meta';

export const passwordFieldCheck: FormCheck<'password-field'> = {
  ...passwordField,
  run: (forms, { t }) => checkPasswordFields(forms, t),
};
