/** @module Turns password results into notices on the board, calmly (`calm.ts`): a confirm
 * field repeats nothing, and a login hears about a breach only when there is one. */
import { BreachNotice } from '@/components/notices/BreachNotice';
import { PasswordNotice } from '@/components/notices/PasswordNotice';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { isQuietBreachState, isRepeatPassword } from './calm';
import type { NoticeBoard } from './notices';
import type { PasswordView } from './password-watcher';

const openLesson = (id: string) => () =>
  void sendMessage('openLesson', { id }).catch(() => undefined);

export function passwordView(board: NoticeBoard): PasswordView {
  return {
    rating(field, role, rating) {
      // On a login form, only a weak password is worth interrupting for.
      if (!rating || (role === 'current' && rating.verdict !== 'weak') || isRepeatPassword(field))
        return board.hide(field, 'password-strength');
      board.show(field, 'password-strength', {
        state: rating.verdict,
        view: (dismiss) => (
          <PasswordNotice
            rating={rating}
            role={role}
            t={t}
            onDismiss={dismiss}
            onLearn={openLesson('passphrases')}
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
            onLearn={openLesson('breached-passwords')}
          />
        ),
      });
    },
  };
}
