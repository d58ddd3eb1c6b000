/** @module What a notice says, as data. The engine decides what to say; the notice UI
 * (`entrypoints/notices.ts`, injected only once a frame has a notice to show) draws it. The
 * callbacks are plain functions: both scripts run in the extension's isolated world of the
 * frame, so they share objects, and the page sees none of them. Only types come from the
 * components here, so the engine carries no Preact. */
import type { BreachNoticeProps } from '@/components/notices/BreachNotice';
import type { FormNoticeProps } from '@/components/notices/FormNotice';
import type { MfaNoticeProps } from '@/components/notices/MfaNotice';
import type { PasswordNoticeProps } from '@/components/notices/PasswordNotice';
import type { ReuseNoticeProps } from '@/components/notices/ReuseNotice';
import type { MfaChoice } from '@/utils/background/mfa-notices';
import type { NoticeCheck } from '@/utils/checks';

/** A component's props without what the UI supplies: the wording and the dismiss action. */
type Drawn<P> = Omit<P, 't' | 'onDismiss'>;

export type NoticeDrawing =
  | ({ kind: 'password' } & Drawn<PasswordNoticeProps>)
  | ({ kind: 'breach' } & Drawn<BreachNoticeProps>)
  | ({ kind: 'reuse' } & Drawn<ReuseNoticeProps>)
  | ({ kind: 'form' } & Omit<Drawn<FormNoticeProps>, 'onNotAProblem'> & {
        onNotAProblem(dismiss: () => void): void;
      })
  | ({ kind: 'mfa' } & Omit<Drawn<MfaNoticeProps>, 'onAnswer'> & {
        onAnswer(choice: MfaChoice, dismiss: () => void): void;
      });

export interface NoticeContent {
  /** `data-state` on the host. */
  state: string;
  /** `data-kinds` on the host (oversized forms). */
  kinds?: string[];
  drawing: NoticeDrawing;
}

/** The notices of one frame, one per (anchor, check). */
export interface Board {
  show(anchor: Element, check: NoticeCheck, content: NoticeContent): void;
  /** The notice goes, and so does a dismissal of it: shown again, it shows. */
  hide(anchor: Element, check: NoticeCheck): void;
  /** Removes every notice of `check` whose anchor is not in `keep`. */
  retain(check: NoticeCheck, keep: Set<Element>): void;
  clear(): void;
  /** Anchors the board holds (tests: none once their notices are gone). */
  readonly anchors: number;
}
