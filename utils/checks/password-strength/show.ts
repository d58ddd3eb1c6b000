/** @module When a rating is worth a notice: on a new-password field (sign-up, change) always, as
 * a live meter; on a current-password field (login) only when weak — the person is not choosing
 * a password there, so only a weak one is worth interrupting for. The content script, the demo
 * and the notice's wording all follow this one rule. */
import type { PasswordRole } from '../../content/password-fields';
import type { PasswordRating } from './types';

export function shouldShowRating(role: PasswordRole, rating: Pick<PasswordRating, 'verdict'>) {
  return role === 'new' || rating.verdict === 'weak';
}
