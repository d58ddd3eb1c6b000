import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rangeRequestFor } from '@/utils/checks/breached-password/hash';
import { sha1Hex } from './support';

describe('rangeRequestFor', () => {
  test.each([
    ['password', '5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8'],
    ['', 'DA39A3EE5E6B4B0D3255BFEF95601890AFD80709'],
    ['abc', 'A9993E364706816ABA3E25717850C26C9CD0D89D'],
    ['The quick brown fox jumps over the lazy dog', '2FD4E1C67A2D28FCED849EE1BB76E7391B93EB12'],
  ])('%j splits SHA-1 %s into 5 + 35 uppercase hex', (password, hex) => {
    expect(rangeRequestFor(password)).toEqual({ prefix: hex.slice(0, 5), suffix: hex.slice(5) });
  });

  test('hashes UTF-8 bytes without normalising (é precomposed ≠ e + combining accent)', () => {
    const composed = rangeRequestFor('caf\u00e9');
    const decomposed = rangeRequestFor('cafe\u0301');
    expect(composed.prefix + composed.suffix).toBe(sha1Hex('caf\u00e9'));
    expect(decomposed.prefix + decomposed.suffix).toBe(sha1Hex('cafe\u0301'));
    expect(composed).not.toEqual(decomposed);
  });

  test('agrees with node:crypto on any string (property)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (password) => {
        runs++;
        const { prefix, suffix } = rangeRequestFor(password);
        expect(prefix).toMatch(/^[0-9A-F]{5}$/);
        expect(suffix).toMatch(/^[0-9A-F]{35}$/);
        expect(prefix + suffix).toBe(sha1Hex(password));
      }),
      { numRuns: 500 },
    );
    console.log(`rangeRequestFor: ${runs} property cases`);
  });
});
