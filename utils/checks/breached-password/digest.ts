/** @module Keyed, truncated digests of range suffixes: what the cache stores instead of them. */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** 64 bits: with ~1,000 suffixes per prefix, a false match is ~1 in 10^16 per check. */
const DIGEST_BYTES = 8;
export const KEY_BYTES = 32;

/** A fresh random key for this browser session, as hex (it is stored next to the cache). */
export function newDigestKey(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

export function isDigestKey(value: unknown): value is string {
  return typeof value === 'string' && new RegExp(`^[0-9a-f]{${KEY_BYTES * 2}}$`).test(value);
}

/** `HMAC-SHA256(key, suffix)` cut to 16 hex digits. */
export function suffixDigester(keyHex: string): (suffix: string) => string {
  const key = hexToBytes(keyHex);
  return (suffix) =>
    bytesToHex(hmac(sha256, key, utf8ToBytes(suffix.toUpperCase())).subarray(0, DIGEST_BYTES));
}
