/** @module Turns password results into notices on the board, calmly (`calm.ts`): a confirm
 * field repeats nothing, and a login hears about a breach only when there is one. */
import { breachedPassword } from '@/utils/checks/breached-password/meta';
import { passwordStrength } from '@/utils/checks/password-strength/meta';
import { shouldShowRating } from '@/utils/checks/password-strength/show';
import { openLesson } from '@/utils/lessons/open';
import { isQuietBreachState, isRepeatPassword } from './calm';
import type { Board } from './notice-drawing';
import type { PasswordView } from './password-watcher';

export function passwordView(board: Board): PasswordView {
  return {
    rating(field, role, rating) {
      if (!rating || !shouldShowRating(role, rating) || isRepeatPassword(field))
        return board.hide(field, 'password-strength');
      board.show(field, 'password-strength', {
        state: rating.verdict,
        drawing: {
          kind: 'password',
          rating,
          role,
          onLearn: () => openLesson(passwordStrength.lesson),
        },
      });
    },
    breach(field, result) {
      if (!result || isRepeatPassword(field) || isQuietBreachState(field, result.state))
        return board.hide(field, 'breached-password');
      board.show(field, 'breached-password', {
        state: result.state,
        drawing: { kind: 'breach', result, onLearn: () => openLesson(breachedPassword.lesson) },
      });
    },
  };
}
