/** @module "What good advice produces never rates weak", as properties: random 16-character
 * strings and five-word diceware passphrases. The unit tier runs a sample (a regression shows
 * within ~100 cases: each is a few milliseconds of zxcvbn-ts); the corpus tier runs the 500 + 500
 * the README quotes. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ratePassword } from '@/utils/checks/password-strength/rate';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*-_=+';
/** The EFF diceware list: what "pick five random words" means in practice. */
const WORDS = dictionary['diceware-common'].filter((w) => w.length >= 3);

export function randomStringsNeverWeak(numRuns: number): void {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: ALPHABET.length - 1 }), { minLength: 16, maxLength: 16 }),
      (idx) => {
        expect(ratePassword(idx.map((i) => ALPHABET[i]).join('')).verdict).not.toBe('weak');
      },
    ),
    { numRuns },
  );
}

export function passphrasesNeverWeak(numRuns: number): void {
  expect(WORDS.length).toBeGreaterThan(5_000);
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 5, maxLength: 5 }),
      fc.constantFrom(' ', '-', '.', ''),
      (idx, sep) => {
        expect(ratePassword(idx.map((i) => WORDS[i]).join(sep)).verdict).not.toBe('weak');
      },
    ),
    { numRuns },
  );
}
