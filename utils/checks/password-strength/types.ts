/** @module The shape every consumer of a password rating sees: notice, popup, CLI. */

export type Verdict = 'weak' | 'fair' | 'strong';

/** Why a password got its verdict; the UI turns it into words in the reader's language. */
export type RatingReason =
  'too-short' | 'common' | 'context' | 'guessable' | 'could-be-longer' | 'strong';

export interface PasswordRating {
  /** zxcvbn's 0–4 score, lowered to 0 when a NIST rule fails. */
  score: 0 | 1 | 2 | 3 | 4;
  verdict: Verdict;
  reason: RatingReason;
  guessesLog10: number;
  /** Concrete fixes, most useful first (message keys: see `describe.ts`). */
  suggestions: Suggestion[];
}

export type Suggestion = 'passphrase' | 'password-manager' | 'avoid-context' | 'longer';

/** What surrounds a password: words an attacker would try first. */
export interface RatingContext {
  /** Site words, usernames, emails typed in the same form. */
  userInputs?: string[];
}
