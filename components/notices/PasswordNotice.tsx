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
        <StrengthMeter rating={rating} label={t('pwMeterLabel')} text={t(TITLE[rating.verdict])} />
      )}
      {role === 'current' && rating.verdict === 'weak' && <p class="text">{t('pwLoginWeak')}</p>}
      {warning && <p class="text">{warning}</p>}
      {rating.verdict === 'strong' && <p class="text">{t('pwStrongNote')}</p>}
      {suggestions[0] && <p class="fix">{suggestions[0]}</p>}
    </NoticeFrame>
  );
}

/** Lit segments out of four: weak always lights one, in red, so the weakest password still
 * shows a bar (a native `<meter>` at 0 draws nothing in light mode and a white bar in dark). */
export function litSegments({ verdict, score }: Pick<PasswordRating, 'verdict' | 'score'>): number {
  if (verdict === 'weak') return 1;
  return verdict === 'strong' ? 4 : Math.min(Math.max(score - 1, 2), 3);
}

function StrengthMeter(props: { rating: PasswordRating; label: string; text: string }) {
  const { rating, label, text } = props;
  const lit = litSegments(rating);
  return (
    <div
      class="meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={4}
      aria-valuenow={lit}
      aria-valuetext={text}
    >
      {[1, 2, 3, 4].map((i) => (
        <span key={i} class={i <= lit ? 'seg on' : 'seg'} />
      ))}
    </div>
  );
}
