/** @module The password-strength notice: a live meter while choosing a password, a plain
 * warning when signing in with a weak one. */
import type { PasswordRating } from '@/utils/checks/password-strength';
import { describeRating } from '@/utils/checks/password-strength';
import type { Translate } from '@/utils/i18n';
import type { PasswordRole } from '@/utils/content/password-fields';
import { NoticeFrame } from './NoticeFrame';

const TITLE = { weak: 'pwVerdictWeak', fair: 'pwVerdictFair', strong: 'pwVerdictStrong' } as const;

export interface PasswordNoticeProps {
  rating: PasswordRating;
  role: PasswordRole;
  t: Translate;
  onDismiss(): void;
  onLearn(): void;
}

export function PasswordNotice({ rating, role, t, onDismiss, onLearn }: PasswordNoticeProps) {
  const { warning, suggestions } = describeRating(rating, t);
  return (
    <NoticeFrame
      tone={rating.verdict}
      role="status"
      title={t(TITLE[rating.verdict])}
      dismissLabel={t('noticeDismiss')}
      learnLabel={rating.verdict === 'strong' ? undefined : t('noticeLearnMore')}
      onDismiss={onDismiss}
      onLearn={onLearn}
    >
      {role === 'new' && (
        <meter
          class="meter"
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={rating.score}
          aria-label={t('pwMeterLabel')}
        />
      )}
      {role === 'current' && rating.verdict === 'weak' && <p class="text">{t('pwLoginWeak')}</p>}
      {warning && <p class="text">{warning}</p>}
      {rating.verdict === 'strong' && <p class="text">{t('pwStrongNote')}</p>}
      {suggestions[0] && <p class="fix">{suggestions[0]}</p>}
    </NoticeFrame>
  );
}
