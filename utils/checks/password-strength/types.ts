/** @module The shape every consumer of a password rating sees: notice, popup, CLI. */
import type { BasePattern } from './base-word';

export type Verdict = 'weak' | 'fair' | 'strong';

/** Why a password got its verdict; the UI turns it into words in the reader's language. */
export type RatingReason =
  | 'too-short'
  | 'common'
  | BasePattern
  | 'context'
  | 'guessable'
  | 'offline-guessable'
  | 'could-be-longer'
  | 'strong';

export interface PasswordRating {
  /** zxcvbn's 0–4 score, lowered to 1 at most when a NIST or base-word rule fails. */
  score: 0 | 1 | 2 | 3 | 4;
  verdict: Verdict;
  reason: RatingReason;
  guessesLog10: number;
  /** Concrete fixes, most useful first (message keys: see `describe.ts`). */
  suggestions: Suggestion[];
}

export type Suggestion =
  'passphrase' | 'random-words' | 'password-manager' | 'avoid-context' | 'longer';

/** What surrounds a password: words an attacker would try first. */
export interface RatingContext {
  /** Usernames, emails, names typed in the same form (the person's own words). */
  userInputs?: string[];
  /** The site's name and brand parts (the background takes them from the sender's URL). */
  siteWords?: string[];
}
