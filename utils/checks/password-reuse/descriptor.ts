/** @module The check's descriptor and answer, apart from the analysis: the content script imports
 * this file only, so tldts and scrypt stay in the background bundle. */
export const passwordReuse = {
  id: 'password-reuse',
  kind: 'password',
  lesson: 'password-managers',
  states: ['reused', 'lookalike'],
  defaultOn: false,
} as const;

export type ReuseResult =
  { state: 'none' } | { state: 'reused'; sites: string[] } | { state: 'lookalike'; site: string };
