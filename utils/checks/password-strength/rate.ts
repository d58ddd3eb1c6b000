/** @module Rates a password: zxcvbn-ts's estimate combined with NIST SP 800-63B-4's rules
 * (minimum length, blocklist, context words) and the base-word check password-spraying
 * defences use. No composition rules: NIST forbids demanding them. */
import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { baseWordPattern, type BaseWordContext } from './base-word';
import { nameCombinations } from './context';
import { ENGINE_MAX_LENGTH, getBlocklist, getEngine } from './engine';
import type { PasswordRating, RatingContext, RatingReason, Suggestion, Verdict } from './types';

/** NIST SP 800-63B-4 §3.1.1.2: at least 8 characters, always. */
export const MIN_LENGTH = 8;
/** NIST's length for a password that is the only factor; below it we say "fair" at best. */
export const STRONG_LENGTH = 12;

export function ratePassword(password: string, context: RatingContext = {}): PasswordRating {
  const length = [...password.slice(0, ENGINE_MAX_LENGTH * 2)].length;
  const typed = (context.userInputs ?? []).filter((w) => w.length >= 3).slice(0, 50);
  const site = (context.siteWords ?? []).filter((w) => w.length >= 3).slice(0, 20);
  const result = getEngine().check(password.slice(0, ENGINE_MAX_LENGTH), [...site, ...typed]);
  const words = { site, person: nameCombinations(typed) };
  const reason = reasonFor(password, length, result, words);
  const verdict = verdictFor(reason);
  // A broken rule caps the score; zxcvbn's own low scores stand as they are.
  const capped = verdict === 'weak' && reason !== 'guessable' && reason !== 'offline-guessable';
  const score = capped ? (Math.min(result.score, 1) as 0 | 1) : result.score;
  return {
    score,
    verdict,
    reason,
    guessesLog10: round(result.guessesLog10),
    suggestions: SUGGESTIONS[reason],
  };
}

function reasonFor(
  password: string,
  length: number,
  result: ZxcvbnResult,
  words: BaseWordContext,
): RatingReason {
  if (length < MIN_LENGTH) return 'too-short';
  if (getBlocklist().has(password.toLowerCase())) return 'common';
  const pattern = baseWordPattern(password, words);
  if (pattern) return pattern;
  if (isBuiltOnContext(password, result)) return 'context';
  if (result.score <= 1) return 'guessable';
  // zxcvbn's score 2 means under 10^8 guesses: safe only while guessing is throttled online,
  // minutes once a site's hashes leak. Bitwarden's weak-password report draws the line here too.
  if (result.score === 2) return 'offline-guessable';
  if (result.score < 4 || length < STRONG_LENGTH) return 'could-be-longer';
  return 'strong';
}

function verdictFor(reason: RatingReason): Verdict {
  if (reason === 'strong') return 'strong';
  return reason === 'could-be-longer' ? 'fair' : 'weak';
}

/** A context word (site name, username) counts when it makes up a third or more of the
 * password: "facebook2024!" on facebook.com is built on it, a long passphrase that merely
 * contains it is not. */
function isBuiltOnContext(password: string, result: ZxcvbnResult): boolean {
  const fromContext = result.sequence
    .filter((m) => m.pattern === 'dictionary' && m.dictionaryName === 'userInputs')
    .reduce((sum, m) => sum + m.token.length, 0);
  return fromContext >= 4 && fromContext * 3 >= Math.min(password.length, ENGINE_MAX_LENGTH);
}

/** One concrete fix first: a passphrase is what a person can do right now. */
const DECORATED: Suggestion[] = ['random-words', 'password-manager'];
const PERSONAL: Suggestion[] = ['avoid-context', 'passphrase'];
const SUGGESTIONS: Record<RatingReason, Suggestion[]> = {
  'too-short': ['passphrase', 'password-manager'],
  common: ['passphrase', 'password-manager'],
  season: DECORATED,
  month: DECORATED,
  weekday: DECORATED,
  holiday: DECORATED,
  'first-name': DECORATED,
  'common-word': DECORATED,
  keyboard: ['passphrase', 'password-manager'],
  'site-name': PERSONAL,
  'your-name': PERSONAL,
  context: PERSONAL,
  guessable: ['passphrase', 'password-manager'],
  'offline-guessable': ['passphrase', 'password-manager'],
  'could-be-longer': ['longer', 'password-manager'],
  strong: [],
};

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
