/** @module The notice above a form a form check flagged (oversized, insecure, or any check the
 * registry adds). The message comes from the check, already in the reader's language; the title
 * and the optional fix are the check's own strings (`checkMessageKey`). */
import { checkMessageKey } from '@/utils/checks';
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
  const fixKey = checkMessageKey(finding.check, 'noticeFix');
  // A missing message comes back as its key: that check has no separate fix (oversized-form's
  // message already ends with its tip).
  const fix = t(fixKey);
  return (
    <NoticeFrame
      tone={finding.severity === 'danger' ? 'weak' : 'fair'}
      role="status"
      title={t(checkMessageKey(finding.check, 'noticeTitle'))}
      dismissLabel={t('noticeDismiss')}
      learnLabel={t('noticeLearnMore')}
      onDismiss={onDismiss}
      onLearn={onLearn}
    >
      <p class="text">{finding.message}</p>
      {fix && fix !== fixKey && <p class="fix">{fix}</p>}
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
