import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ratePassword } from '@/utils/checks/password-strength/rate';
import { personWords, siteWords } from '@/utils/checks/password-strength/context';
import { describeRating } from '@/utils/checks/password-strength';
import { translatorFor } from '@/utils/i18n-catalog';
import { loadCatalog } from '@/scripts/locales';
import { passphrasesNeverWeak, randomStringsNeverWeak } from '@/tests/support/never-weak';

describe('verdict table', () => {
  test.each([
    ['', 'weak', 'too-short'],
    ['Tr0ub4!', 'weak', 'too-short'],
    ['password', 'weak', 'common'],
    ['iloveyou', 'weak', 'common'],
    ['qwertyuiop', 'weak', 'common'],
    ['aaaaaaaaaaaa', 'weak', 'guessable'],
    ['abcdefgh1234', 'weak', 'guessable'],
    ['Summer2024!', 'weak', 'season'],
    ['Dezembro2023', 'weak', 'month'],
    ['Michael123!', 'weak', 'first-name'],
    ['Sunshine2024', 'weak', 'common-word'],
    ['Asdfgh2024', 'weak', 'keyboard'],
    // zxcvbn score 2 (under 10^8 guesses): fine online, cracked quickly offline.
    ['Kangaroo#88', 'weak', 'offline-guessable'],
    ['TESTERINO', 'weak', 'offline-guessable'],
    ['Tr0ub4dor&3', 'fair', 'could-be-longer'],
    ['correct horse battery staple', 'strong', 'strong'],
    ['vivid-otter-lantern-quarry-mosaic', 'strong', 'strong'],
    ['Xq7#vL2!pR9@mK4$', 'strong', 'strong'],
  ])('%j is %s (%s)', (password, verdict, reason) => {
    const rating = ratePassword(password);
    expect(rating.verdict).toBe(verdict);
    expect(rating.reason).toBe(reason);
  });

  test('a password built on the site name is weak; the same length without it is not', () => {
    const site = siteWords('www.examplebank.com');
    expect(ratePassword('examplebank2024!', { siteWords: site })).toMatchObject({
      verdict: 'weak',
      reason: 'site-name',
    });
    expect(ratePassword('examplebank2024!').verdict).not.toBe('weak');
  });

  test('a password built on the username is weak', () => {
    const userInputs = personWords('marisol.quintero@mail.example');
    expect(ratePassword('Quintero1987', { userInputs })).toMatchObject({
      verdict: 'weak',
      reason: 'your-name',
    });
  });

  test('a third or more from a context word is still weak when more is around it', () => {
    const userInputs = personWords('marisol.quintero@mail.example');
    expect(ratePassword('Quintero1987 tulip', { userInputs })).toMatchObject({
      verdict: 'weak',
      reason: 'context',
    });
  });

  test('a long passphrase that merely contains the site name is not weak', () => {
    const site = siteWords('github.com');
    expect(
      ratePassword('lantern github quarry mosaic otter', { siteWords: site }).verdict,
    ).not.toBe('weak');
  });

  test("a broken rule caps the score at 1; zxcvbn's own score 2 stands, and is weak", () => {
    for (const p of ['abc', 'password1', 'letmein123', 'Summer2024!', 'Dezembro2023']) {
      const r = ratePassword(p);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.suggestions.length).toBeGreaterThan(0);
    }
    expect(ratePassword('Kangaroo#88')).toMatchObject({ score: 2, verdict: 'weak' });
  });

  test('every reason has words in English and Spanish, and the pattern is named plainly', () => {
    for (const lang of ['en', 'es']) {
      const t = translatorFor(loadCatalog(lang));
      for (const p of ['Summer2024!', 'Michael123!', 'Sunshine2024', 'Kangaroo#88', 'Asdfgh2024']) {
        const words = describeRating(ratePassword(p), t);
        expect(words.warning).toBeTruthy();
        expect(words.warning).not.toMatch(/^pw[A-Z]/);
        expect(words.suggestions[0]).toBeTruthy();
      }
    }
    const t = translatorFor(loadCatalog('en'));
    expect(describeRating(ratePassword('Summer2024!'), t).warning).toMatch(/a season and a year/);
    expect(describeRating(ratePassword('Sunshine2024'), t).warning).toMatch(
      /a common word with numbers/,
    );
    const userInputs = personWords('rosalind.franklin@lab.example');
    expect(describeRating(ratePassword('RosalindF2024', { userInputs }), t).warning).toMatch(
      /your name/,
    );
  });

  test('feedback reads as plain English with one concrete fix', () => {
    const t = translatorFor(loadCatalog('en'));
    const words = describeRating(ratePassword('password'), t);
    expect(words.warning).toMatch(/lists of passwords/);
    expect(words.suggestions[0]).toMatch(/passphrase/);
    expect(describeRating(ratePassword('vivid-otter-lantern-quarry-mosaic'), t)).toEqual({
      warning: null,
      suggestions: [],
    });
  });
});

describe('context words', () => {
  test.each([
    ['accounts.example-bank.co.uk', ['example', 'bank', 'examplebank']],
    ['www.github.com', ['github']],
    ['127.0.0.1', []],
  ])('siteWords(%s)', (host, expected) => {
    expect(siteWords(host).sort()).toEqual([...expected].sort());
  });

  test('personWords splits emails and usernames', () => {
    expect(personWords('Ana.Lopez@mail.com')).toEqual(['ana.lopez', 'ana', 'lopez']);
    expect(personWords('r.franklin42+news@lab.example')).toEqual([
      'r.franklin42+news',
      'franklin',
      'news',
    ]);
    expect(personWords('  ')).toEqual([]);
  });
});

describe('never weak: what good advice produces (a sample; the corpus tier runs 500 each)', () => {
  test('random 16-character strings never rate weak', () => randomStringsNeverWeak(100));
  test('5-random-word passphrases never rate weak', () => passphrasesNeverWeak(100));
});

describe('hostile input', () => {
  // How fast is `npm run bench`'s business (scripts/bench/rater.ts); here only the answer counts.
  test('100,000 characters still get a verdict', () => {
    for (const input of [
      'a'.repeat(100_000),
      'x7$Kq'.repeat(20_000),
      'aB3$'.repeat(25_000),
      '😀'.repeat(50_000),
    ]) {
      const rating = ratePassword(input);
      expect(['weak', 'fair', 'strong']).toContain(rating.verdict);
    }
  });

  test('random Unicode never throws and always has the contract shape', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        runs++;
        const r = ratePassword(s);
        expect([0, 1, 2, 3, 4]).toContain(r.score);
        expect(Number.isFinite(r.guessesLog10)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    console.log(`password rater fuzz: ${runs} cases`);
  });
});
