/** @module Turns password results into notices on the board, calmly (`calm.ts`): a confirm
 * field repeats nothing, and a login hears about a breach only when there is one. */
import { BreachNotice } from '@/components/notices/BreachNotice';
import { PasswordNotice } from '@/components/notices/PasswordNotice';
import { breachedPassword } from '@/utils/checks/breached-password/meta';
import { passwordStrength } from '@/utils/checks/password-strength/meta';
import { shouldShowRating } from '@/utils/checks/password-strength/show';
import { t } from '@/utils/i18n';
import { openLesson } from '@/utils/lessons/open';
import { isQuietBreachState, isRepeatPassword } from './calm';
import type { NoticeBoard } from './notices';
import type { PasswordView } from './password-watcher';

export function passwordView(board: NoticeBoard): PasswordView {
  return {
    rating(field, role, rating) {
      if (!rating || !shouldShowRating(role, rating) || isRepeatPassword(field))
        return board.hide(field, 'password-strength');
      board.show(field, 'password-strength', {
        state: rating.verdict,
        view: (dismiss) => (
          <PasswordNotice
            rating={rating}
            role={role}
            t={t}
            onDismiss={dismiss}
            onLearn={() => openLesson(passwordStrength.lesson)}
          />
        ),
      });
    },
    breach(field, result) {
      if (!result || isRepeatPassword(field) || isQuietBreachState(field, result.state))
        return board.hide(field, 'breached-password');
      board.show(field, 'breached-password', {
        state: result.state,
        view: (dismiss) => (
          <BreachNotice
            result={result}
            t={t}
            onDismiss={dismiss}
            onLearn={() => openLesson(breachedPassword.lesson)}
          />
        ),
      });
    },
  };
}
