/** @module What the rest of Heedful needs to know about `insecure-form`; light enough for
 * the content script (no analysis code). */
import { defineCheck } from '../types';

export const insecureForm = defineCheck({
  id: 'insecure-form',
  kind: 'form',
  lesson: 'https-encryption',
  states: ['insecure'],
  defaultOn: true,
});
