/** @module What the rest of Heedful needs to know about `breached-password`; light enough for
 * the content script (no analysis code). */
import { defineCheck } from '../types';

export const breachedPassword = defineCheck({
  id: 'breached-password',
  kind: 'password',
  lesson: 'breached-passwords',
  states: ['checking', 'breached', 'not-found', 'unavailable'],
  defaultOn: true,
});
