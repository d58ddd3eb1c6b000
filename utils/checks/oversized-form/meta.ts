/** @module What the rest of Heedful needs to know about `oversized-form`; light enough for
 * the content script (no analysis code). */
import { defineCheck } from '../types';

export const oversizedForm = defineCheck({
  id: 'oversized-form',
  kind: 'form',
  lesson: 'data-minimisation',
  states: ['oversized'],
  defaultOn: true,
});
