/** @module password-reuse: warns when a password used on one site is typed on another, and
 * when that other site only looks like the first. Off by default; only 24-bit tags are kept. */
export { passwordReuse, type ReuseResult } from './descriptor';
export { passwordTag, newSalt, SCRYPT_PARAMS, type PasswordTag } from './tag';
export { judgeReuse } from './judge';
export { sitesSharing, sharedGroups, type SameService } from './match';
export { lookalikeReason, withinOneEdit, type LookalikeReason } from './lookalike';
export { skeleton } from './confusables';
export { decodePunycode, unicodeHost } from './punycode';
export { sameServiceFrom, normalizeGroups, type ServiceGroups } from './same-service';
export { siteOfUrl } from './sites';
export * from './store';
