import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseRange } from '@/utils/checks/breached-password/parse';

const A = '0018A45C4D1DEF81644B54AB7F969B88D65';
const B = '00D4F6E8FA6EECAD2A3AA415EEC418D38EC';
const C = '011053FD0102E94D6AE2F8B83D76FAF94F6';

describe('parseRange', () => {
  test.each([
    [
      'CRLF',
      `${A}:10\r\n${B}:2\r\n`,
      [
        [A, 10],
        [B, 2],
      ],
    ],
    [
      'LF',
      `${A}:10\n${B}:2`,
      [
        [A, 10],
        [B, 2],
      ],
    ],
    [
      'mixed endings and a trailing blank line',
      `${A}:10\r\n${B}:2\n\n`,
      [
        [A, 10],
        [B, 2],
      ],
    ],
    ['padding lines dropped', `${A}:0\r\n${B}:3\r\n${C}:0`, [[B, 3]]],
    ['only padding', `${A}:0\r\n${B}:0`, []],
    ['lowercase hex normalised', `${A.toLowerCase()}:7`, [[A, 7]]],
    ['leading zeros in counts', `${A}:007`, [[A, 7]]],
    ['duplicates keep the larger count', `${A}:3\n${A}:9\n${A}:0`, [[A, 9]]],
    ['huge count', `${A}:999999999999999`, [[A, 999999999999999]]],
  ])('%s', (_, body, expected) => {
    expect([...(parseRange(body) ?? new Map())]).toEqual(expected);
  });

  test.each([
    ['empty body', ''],
    ['only blank lines', '\r\n\n'],
    ['HTML', '<!doctype html><html><body>Log in to Wi-Fi</body></html>'],
    ['a junk line among good ones', `${A}:1\r\nhello\r\n${B}:2`],
    ['34-hex suffix', `${A.slice(1)}:1`],
    ['36-hex suffix', `${A}0:1`],
    ['full 40-hex hash', `5BAA6${A}:1`],
    ['negative count', `${A}:-1`],
    ['fractional count', `${A}:1.5`],
    ['missing count', `${A}:`],
    ['count too long', `${A}:1234567890123456`],
    ['spaces around', ` ${A}:1`],
    ['non-hex', `${'G'.repeat(35)}:1`],
    ['JSON', '{"suffix": 1}'],
    ['U+FFFD from a lenient decoder', `${A}:1\r\n\ufffd`],
  ])('rejects %s', (_, body) => {
    expect(parseRange(body)).toBeNull();
  });

  const hex35 = fc.stringMatching(/^[0-9A-F]{35}$/);

  test('round-trips any well-formed range (property)', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(hex35, fc.nat({ max: 1e9 })), {
          selector: ([s]) => s,
          minLength: 1,
          maxLength: 60,
        }),
        fc.constantFrom('\n', '\r\n'),
        (entries, eol) => {
          runs++;
          const parsed = parseRange(entries.map(([s, c]) => `${s}:${c}`).join(eol));
          expect(parsed).toEqual(new Map(entries.filter(([, c]) => c > 0)));
        },
      ),
      { numRuns: 300 },
    );
    console.log(`parseRange round-trip: ${runs} property cases`);
  });

  test('never throws, always null or suffix → positive count (property)', () => {
    let runs = 0;
    const line = fc.oneof(
      fc.tuple(hex35, fc.nat()).map(([s, c]) => `${s}:${c}`),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.array(line, { maxLength: 50 }).map((lines) => lines.join('\r\n')),
    );
    fc.assert(
      fc.property(body, (text) => {
        runs++;
        const parsed = parseRange(text);
        if (parsed === null) return;
        expect(parsed).toBeInstanceOf(Map);
        for (const [suffix, count] of parsed) {
          expect(suffix).toMatch(/^[0-9A-F]{35}$/);
          expect(Number.isSafeInteger(count) && count > 0).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    console.log(`parseRange robustness: ${runs} property cases`);
  });

  // Its speed is measured by `npm run bench`; here only the answer counts.
  test('a 1 MiB body of padding parses to an empty range', () => {
    const line = `${A}:0\r\n`;
    const body = line.repeat(Math.floor((1024 * 1024) / line.length));
    expect(parseRange(body)?.size).toBe(0);
  });
});
