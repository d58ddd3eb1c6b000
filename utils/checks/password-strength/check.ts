/** @module password-strength as the registry runs it: the rating (zxcvbn-ts, background only),
 * and the page report's finding, which says only that a weak password was typed here. */
import type { PasswordCheck } from '../types';
import { passwordStrength } from './meta';
import { strengthWording } from './wording';
import { ratePassword } from './rate';
import type { PasswordRating, RatingContext } from './types';

export const passwordStrengthCheck: PasswordCheck<
  'password-strength',
  PasswordRating,
  RatingContext
> = {
  ...passwordStrength,
  run: (password, context) => ratePassword(password, context),
  findings: (rating, { t }) =>
    rating.verdict === 'weak'
      ? [
          {
            check: passwordStrength.id,
            severity: 'warning',
            form: null,
            message: strengthWording(null, t),
            lesson: passwordStrength.lesson,
          },
        ]
      : [],
};
