/** @module What the rest of Heedful knows about `mfa-available`: light, safe for the content
 * script (the table and the look-up live in the background). */
import { defineCheck } from '../types';

export const mfaAvailable = defineCheck({
  id: 'mfa-available',
  kind: 'site',
  lesson: 'mfa',
  states: ['available'],
  defaultOn: true,
});
