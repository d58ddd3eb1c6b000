/** @module After a sign-in on a site that offers two-step sign-in: which methods, the site's own
 * guide, the lesson, and Done / Not now / Never for this site. */
import type { MfaChoice, MfaNoticeData } from '@/utils/background/mfa-notices';
import type { Translate } from '@/utils/i18n';
import { methodWords } from './method-words';
import { byPerson, NoticeFrame } from './NoticeFrame';

export interface MfaNoticeProps {
  notice: MfaNoticeData;
  t: Translate;
  onAnswer(choice: MfaChoice): void;
  onDismiss(): void;
  onLearn(): void;
}

export function MfaNotice({ notice, t, onAnswer, onDismiss, onLearn }: MfaNoticeProps) {
  const answer = (choice: MfaChoice) => byPerson(() => onAnswer(choice));
  return (
    <NoticeFrame
      tone="info"
      role="status"
      title={t('mfaNoticeTitle', [notice.site])}
      dismissLabel={t('noticeDismiss')}
      learnLabel={t('noticeLearnMore')}
      onDismiss={onDismiss}
      onLearn={onLearn}
    >
      <p class="text">{t('mfaNoticeMethods', [methodWords(notice.methods, t)])}</p>
      {notice.guide && (
        <p class="fix">
          <a href={notice.guide} target="_blank" rel="noopener noreferrer">
            {t('mfaNoticeGuide')}
          </a>
        </p>
      )}
      {/* CC BY 4.0 asks for credit wherever the passkeys data is shown. */}
      <p class="fix">{t('mfaNoticeSource')}</p>
      <div class="actions">
        <button type="button" onClick={answer('done')}>
          {t('mfaNoticeDone')}
        </button>
        <button type="button" onClick={answer('later')}>
          {t('mfaNoticeLater')}
        </button>
        <button type="button" onClick={answer('never')}>
          {t('mfaNoticeNever')}
        </button>
      </div>
    </NoticeFrame>
  );
}
