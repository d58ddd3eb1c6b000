/** @module What the rest of Heedful needs to know about `password-field`; light enough for
 * the content script (no analysis code). */
import { defineCheck } from '../types';

export const passwordField = defineCheck({
  id: 'password-field',
  kind: 'form',
  lesson: 'password-managers',
  // No states: findings go to the popup's page report, never to an in-page notice.
  states: [],
  defaultOn: true,
});
