/** @module The k-anonymity split of a password's SHA-1: the 5-hex prefix that is sent, and the
 * 35-hex suffix that never leaves the device. */
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface RangeRequest {
  /** First 5 uppercase hex digits of the SHA-1: the only part that goes on the wire. */
  prefix: string;
  /** The remaining 35 uppercase hex digits, matched locally against the range response. */
  suffix: string;
}

export const PREFIX_LENGTH = 5;
export const SUFFIX_LENGTH = 35;

/** SHA-1 of the UTF-8 bytes, as the Pwned Passwords corpus was built: no normalisation, because
 * "é" typed as one code point or two are different passwords to every site too. */
export function rangeRequestFor(password: string): RangeRequest {
  const bytes = utf8ToBytes(password);
  const hex = bytesToHex(sha1(bytes)).toUpperCase();
  // The UTF-8 copy of the password is ours to wipe; the string itself is out of our hands.
  bytes.fill(0);
  return { prefix: hex.slice(0, PREFIX_LENGTH), suffix: hex.slice(PREFIX_LENGTH) };
}
