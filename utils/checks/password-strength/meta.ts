/** @module What the rest of Heedful needs to know about `password-strength`; light enough for
 * the content script (no analysis code). */
import { defineCheck } from '../types';

export const passwordStrength = defineCheck({
  id: 'password-strength',
  kind: 'password',
  lesson: 'passphrases',
  // A current-password (login) field shows only `weak` (see `shouldShowRating`).
  states: ['weak', 'fair', 'strong'],
  defaultOn: true,
});
