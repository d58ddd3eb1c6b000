/** @module The notice above a form that asks for too much, or would send data insecurely. The
 * message comes from the check, already in the reader's language. */
import type { Finding } from '@/utils/checks/findings';
import type { Translate } from '@/utils/i18n';
import { NoticeFrame } from './NoticeFrame';

export interface FormNoticeProps {
  finding: Finding;
  t: Translate;
  onDismiss(): void;
  onLearn(): void;
  /** "Not a problem here": remember this check is a false alarm on this site. */
  onNotAProblem?(): void;
}

export function FormNotice({ finding, t, onDismiss, onLearn, onNotAProblem }: FormNoticeProps) {
  const oversized = finding.check === 'oversized-form';
  return (
    <NoticeFrame
      tone={finding.severity === 'danger' ? 'weak' : 'fair'}
      role="status"
      title={t(oversized ? 'formsNoticeOversizedTitle' : 'formsNoticeInsecureTitle')}
      dismissLabel={t('noticeDismiss')}
      learnLabel={t('noticeLearnMore')}
      onDismiss={onDismiss}
      onLearn={onLearn}
    >
      <p class="text">{finding.message}</p>
      {/* The oversized message already ends with its tip (leave optional fields empty). */}
      {!oversized && <p class="fix">{t('formsNoticeInsecureFix')}</p>}
      {onNotAProblem && (
        <button
          type="button"
          class="learn not-a-problem"
          // A page can call click() on our open shadow root's buttons: only a person may mark it.
          onClick={(event) => event.isTrusted && onNotAProblem()}
        >
          {t('noticeNotAProblem')}
        </button>
      )}
    </NoticeFrame>
  );
}
