/** @module `mfa-available`: after a sign-in on a site the 2FA Directory lists with two-step
 * methods, say once that it offers them and how to turn them on. The descriptor is what the
 * check registry lists; the look-up itself (`table.ts`) lives in the background only. */
export { mfaAvailable } from './meta';

export { lookupSite, type MfaSite, type MfaTable, type TableEntry } from './lookup';
export { methodsOf, METHOD_CODES, type Method } from './methods';
