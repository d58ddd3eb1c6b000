/** @module Is this site pretending to be one the person uses? Checked locally, only against the
 * sites whose tag the password matched. Background only (tldts). */
import { parse } from 'tldts';
import { skeleton } from './confusables';
import { unicodeHost } from './punycode';

export type LookalikeReason = 'confusable' | 'one-edit' | 'embedded';

/** Names shorter than this are too easy to collide with by one edit or as a word. */
const MIN_NAME = 4;

/** Why `host` (as in the address bar, maybe punycode) looks like the site `known` (a registrable
 * domain), or `null`. The same name under another suffix (`example.org` for `example.com`) is
 * not a lookalike: that is how one owner spreads over countries. */
export function lookalikeReason(host: string, known: string): LookalikeReason | null {
  const current = parse(host);
  const target = parse(known);
  if (current.isIp || !current.domain || !target.domainWithoutSuffix) return null;
  if (current.domain === target.domain) return null;
  const name = unicodeHost(current.domainWithoutSuffix ?? '');
  const knownName = unicodeHost(target.domainWithoutSuffix);
  if (name === knownName) return null;
  const a = skeleton(name);
  const b = skeleton(knownName);
  if (a === b) return 'confusable';
  if (b.length >= MIN_NAME && withinOneEdit(a, b)) return 'one-edit';
  // The name as one word of the host: `paypal-login-secure.com`, `paypal.com.account-verify.net`.
  const words = skeleton(unicodeHost(current.subdomain ?? ''))
    .concat('.', a)
    .split(/[^\p{L}\p{N}]+/u);
  if (b.length >= MIN_NAME && words.includes(b)) return 'embedded';
  return null;
}

/** Levenshtein distance ≤ 1, in one pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
