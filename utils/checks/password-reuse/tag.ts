/** @module The tag Heedful keeps for a site's password: 24 bits of scrypt over the password with
 * this install's random salt, and the password's length. Never the password, never a full hash.
 * Runs in the background only (scrypt is slow on purpose). */
import { scrypt } from '@noble/hashes/scrypt.js';

/** N = 2^14, r = 8, p = 4: 16 MiB of memory and 170–210 ms per tag measured in Node 22 on the
 * 2-core build machine (README, "Password reuse"); the issue asks for 100–300 ms. Raising N
 * instead of p would cost 32–64 MiB in a service worker for the same time. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_PARAMS: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 14, r: 8, p: 4 });

/** 128-bit salt, drawn once per install. */
export const SALT_BYTES = 16;

export interface PasswordTag {
  /** 24-bit integer, 0 … 16 777 215. */
  tag: number;
  /** Length in code points. */
  length: number;
}

export function newSalt(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
) {
  return random(new Uint8Array(SALT_BYTES));
}

/** `params` exists for tests and the bench; the extension always uses `SCRYPT_PARAMS`. */
export function passwordTag(
  password: string,
  salt: Uint8Array,
  params: Readonly<ScryptCost> = SCRYPT_PARAMS,
): PasswordTag {
  const bytes = scrypt(new TextEncoder().encode(password.normalize('NFC')), salt, {
    ...params,
    dkLen: 3,
  });
  return { tag: (bytes[0]! << 16) | (bytes[1]! << 8) | bytes[2]!, length: [...password].length };
}
