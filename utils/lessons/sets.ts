/** @module Lessons grouped for a classroom quiz round: a teacher picks a theme, the demo asks its
 * questions one at a time. Data only; every id is a lesson (tested). */
import type { LessonId } from './lessons';

export const LESSON_SETS = {
  passwords: ['passphrases', 'password-managers', 'breached-passwords', 'mfa', 'passkeys'],
  scams: [
    'phishing',
    'social-engineering',
    'scam-texts-calls',
    'voice-clones',
    'qr-codes',
    'shopping-safely',
  ],
  devices: [
    'software-updates',
    'lost-phone',
    'encryption-at-rest',
    'backups',
    'home-router',
    'app-permissions',
  ],
  privacy: [
    'data-minimisation',
    'oversharing',
    'family-safety',
    'cyberbullying',
    'public-wifi',
    'account-recovery',
  ],
} as const satisfies Record<string, readonly LessonId[]>;

export type LessonSetId = keyof typeof LESSON_SETS;
export const LESSON_SET_IDS = Object.keys(LESSON_SETS) as LessonSetId[];

/** Up to `count` questions of a set, in the set's order starting at `offset` (a new round
 * starts where the last one stopped, so a class does not see the same three twice). */
export function quizRound(set: LessonSetId, offset: number, count = 3): LessonId[] {
  const ids = LESSON_SETS[set];
  const n = Math.min(count, ids.length);
  return Array.from({ length: n }, (_, i) => ids[(offset + i) % ids.length]!);
}
