/** A generator of the passwords password-spraying attacks start with, for the tests and the
 * README's "weak-pattern share caught" figure. Built from what the NCSC, Microsoft Entra and
 * Specops report sprayers try: a base word, dressed the usual ways —
 *   case:          summer · Summer · SUMMER
 *   substitutions: none, or every letter with a usual stand-in (a→@, o→0, e→3, s→$, i→1, t→7)
 *   typo:          none, or one letter dropped / doubled / swapped for a neighbour (words of 5+)
 *   before:        nothing, a year, a symbol
 *   after:         a year (1970–2030), 1 / 12 / 123 / 01, ! / !! / #, or a year then a symbol
 * Each family has sample words in several of the nine languages, written as people type them
 * (with accents). The fixed lists in `base-words.ts` are not read here: a word missing from
 * them is a test failure, not a silent pass. */
import fc from 'fast-check';
import type { BasePattern } from '@/utils/checks/password-strength/base-word';

export const FAMILY_SAMPLES: Record<Exclude<BasePattern, 'site-name' | 'your-name'>, string[]> = {
  // EN, DE, FR, ES, IT, NL, PT, PL, TR
  season: [
    'summer',
    'winter',
    'sommer',
    'hiver',
    'verano',
    'inverno',
    'zomer',
    'verão',
    'jesień',
    'sonbahar',
  ],
  month: [
    'january',
    'dezember',
    'février',
    'diciembre',
    'settembre',
    'maart',
    'março',
    'październik',
    'şubat',
  ],
  weekday: [
    'monday',
    'freitag',
    'vendredi',
    'miércoles',
    'venerdì',
    'zaterdag',
    'sábado',
    'środa',
    'çarşamba',
  ],
  holiday: [
    'christmas',
    'weihnachten',
    'noël',
    'navidad',
    'natale',
    'kerstmis',
    'páscoa',
    'wielkanoc',
    'bayram',
  ],
  'first-name': [
    'michael',
    'jürgen',
    'françois',
    'alejandro',
    'giuseppe',
    'pieter',
    'joão',
    'małgorzata',
    'hüseyin',
  ],
  'common-word': [
    'password',
    'passwort',
    'motdepasse',
    'contraseña',
    'benvenuto',
    'wachtwoord',
    'senha',
    'hasło',
    'şifre',
    'sunshine',
    'football',
    'princess',
  ],
  keyboard: ['qwerty', 'asdfgh', 'azerty', 'qwertz', 'zxcvbn', 'qazwsx', 'ytrewq'],
};

const LEET: Record<string, string> = { a: '@', o: '0', e: '3', s: '$', i: '1', t: '7' };
const YEAR = fc.integer({ min: 1970, max: 2030 }).map(String);
const AFTER = fc.oneof(
  YEAR,
  fc.constantFrom('1', '12', '123', '01', '!', '!!', '#'),
  fc.tuple(YEAR, fc.constantFrom('!', '?', '#', '@', '*')).map(([y, s]) => y + s),
);
const BEFORE = fc.oneof(fc.constant(''), fc.constant(''), YEAR, fc.constantFrom('!', '#'));

export type Typo = 'none' | 'drop' | 'double' | 'swap';

/** One base word dressed the way people dress it. `typo` and `leet` are off for keyboard walks
 * (a misspelt walk is no longer a walk) and for words under five letters. */
export function dressed(word: string, allowTypo = true): fc.Arbitrary<string> {
  const long = [...word].length >= 5;
  return fc
    .record({
      cased: fc.constantFrom('lower', 'capital', 'upper'),
      typo: fc.constantFrom<Typo>(
        ...(allowTypo && long ? (['none', 'drop', 'double', 'swap'] as const) : ['none' as const]),
      ),
      at: fc.integer({ min: 1, max: 100 }),
      leet: allowTypo && long ? fc.boolean() : fc.constant(false),
      before: BEFORE,
      after: AFTER,
    })
    .map(({ cased, typo, at, leet, before, after }) => {
      let w = withTypo([...word], typo, at).join('');
      if (leet) w = w.replace(/[aoesit]/g, (c) => LEET[c]!);
      if (cased === 'capital') w = w[0]!.toUpperCase() + w.slice(1);
      if (cased === 'upper') w = w.toUpperCase();
      return before + w + after;
    });
}

function withTypo(chars: string[], typo: Typo, at: number): string[] {
  // Inside the word: a typo at either end can turn into a stripped symbol's job.
  const i = 1 + (at % (chars.length - 2));
  const [head, rest] = [chars.slice(0, i), chars.slice(i + 1)];
  if (typo === 'drop') return [...head, ...rest];
  if (typo === 'double') return [...head, chars[i]!, chars[i]!, ...rest];
  if (typo === 'swap') return [...head, chars[i] === 'x' ? 'q' : 'x', ...rest];
  return chars;
}

/** `thomastho1`: a word followed by a fragment of itself, then the usual ending. */
export function withFragment(word: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1, max: word.length }), AFTER)
    .map(([k, after]) => word[0]!.toUpperCase() + word.slice(1) + word.slice(0, k) + after);
}
