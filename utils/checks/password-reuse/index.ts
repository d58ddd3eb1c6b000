/** @module password-reuse: warns when a password used on one site is typed on another, and
 * when that other site only looks like the first. Off by default; only 24-bit tags are kept. */
export const passwordReuse = {
  id: 'password-reuse',
  kind: 'password',
  lesson: 'password-managers',
  states: ['reused', 'lookalike'],
  defaultOn: false,
} as const;

export type ReuseResult =
  { state: 'none' } | { state: 'reused'; sites: string[] } | { state: 'lookalike'; site: string };

export { passwordTag, newSalt, SCRYPT_PARAMS, type PasswordTag } from './tag';
export { judgeReuse } from './judge';
export { sitesSharing, sharedGroups, type SameService } from './match';
export { lookalikeReason, withinOneEdit, type LookalikeReason } from './lookalike';
export { skeleton } from './confusables';
export { decodePunycode, unicodeHost } from './punycode';
export { sameServiceFrom, normalizeGroups, type ServiceGroups } from './same-service';
export { siteOfUrl } from './sites';
export * from './store';
