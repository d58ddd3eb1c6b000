/** @module Turns password results into notices on the board. */
import { BreachNotice } from '@/components/notices/BreachNotice';
import { PasswordNotice } from '@/components/notices/PasswordNotice';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { NoticeBoard } from './notices';
import type { PasswordView } from './password-watcher';

const openLesson = (id: string) => () =>
  void sendMessage('openLesson', { id }).catch(() => undefined);

export function passwordView(board: NoticeBoard): PasswordView {
  return {
    rating(field, role, rating) {
      // On a login form, only a weak password is worth interrupting for.
      if (!rating || (role === 'current' && rating.verdict !== 'weak'))
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
      if (!result) return board.hide(field, 'breached-password');
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
