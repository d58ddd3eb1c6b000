/** @module The check's descriptor and answer, apart from the analysis: the content script imports
 * this file only, so tldts and scrypt stay in the background bundle. */
export { passwordReuse } from './meta';

export type ReuseResult =
  { state: 'none' } | { state: 'reused'; sites: string[] } | { state: 'lookalike'; site: string };
