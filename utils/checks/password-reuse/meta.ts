/** @module What the rest of Heedful knows about `password-reuse`: light, safe for the content
 * script (tldts and scrypt stay in the background). Off by default: it keeps a 24-bit tag per
 * site, so the person opts in. */
import { defineCheck } from '../types';

export const passwordReuse = defineCheck({
  id: 'password-reuse',
  kind: 'password',
  lesson: 'password-managers',
  states: ['reused', 'lookalike'],
  defaultOn: false,
});
