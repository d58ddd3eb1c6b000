/** @module The content side of `mfa-available`: reports a person's sign-in submit (only that it
 * happened) and, in the top frame, shows a two-step notice when one is due: at load (the sign-in's
 * next page; the background's answer to the wake brings it, else it is asked for) and a while
 * after a submit (sign-ins that stay on the page). */
import type { PageContext } from './context';
import type { MfaChoice, MfaNoticeData } from '@/utils/background/mfa-notices';
import type { Board } from './notice-drawing';
import { watchTrustedSubmits } from './submit-watcher';

/** Long enough for a script-driven sign-in to answer, short enough to still be "right after". */
const ASK_AFTER_SUBMIT_MS = 2_500;

export interface MfaServices {
  enabled(): boolean;
  signedIn(): Promise<void>;
  take(): Promise<MfaNoticeData | null>;
  answer(choice: MfaChoice): Promise<void>;
  openLesson(id: string): void;
}

export function watchSignIns(ctx: PageContext, board: Board, services: MfaServices) {
  const top = window === window.top;
  const ask = async () => {
    if (top && services.enabled()) show(await services.take().catch(() => null));
  };
  /** A notice taken for this page: by `ask`, or by the background with its answer to the
   * sentinel (`utils/wake.ts`). */
  const show = (notice: MfaNoticeData | null) => {
    if (!notice || !top || !services.enabled() || !ctx.isValid) return;
    const anchor = document.documentElement;
    board.show(anchor, 'mfa-available', {
      state: 'available',
      drawing: {
        kind: 'mfa',
        notice,
        onAnswer: (choice, dismiss) => {
          void services.answer(choice).catch(() => undefined);
          dismiss();
        },
        onLearn: () => services.openLesson(notice.lesson),
      },
    });
  };

  watchTrustedSubmits(ctx, (_form, hasPassword) => {
    if (!hasPassword || !services.enabled()) return;
    void services.signedIn().catch(() => undefined);
    if (top) ctx.setTimeout(() => void ask(), ASK_AFTER_SUBMIT_MS);
  });
  return { ask, show };
}
