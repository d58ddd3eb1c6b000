/** @module The password-reuse notice: another site shares this password (change one), or this
 * site only looks like the one the password belongs to (stop). */
import type { ReuseResult } from '@/utils/checks/password-reuse/descriptor';
import type { Translate } from '@/utils/i18n';
import { NoticeFrame } from './NoticeFrame';

export interface ReuseNoticeProps {
  result: Exclude<ReuseResult, { state: 'none' }>;
  t: Translate;
  onDismiss(): void;
  onLearn(): void;
}

/** More names than this would hide the advice; the popup lists them all. */
const MAX_NAMED = 3;

export function ReuseNotice({ result, t, onDismiss, onLearn }: ReuseNoticeProps) {
  const common = { dismissLabel: t('noticeDismiss'), onDismiss, onLearn };
  if (result.state === 'lookalike')
    return (
      <NoticeFrame
        {...common}
        tone="weak"
        role="alert"
        title={t('reuseLookalikeTitle')}
        learnLabel={t('noticeLearnMore')}
      >
        <p class="text">{t('reuseLookalikeBody', [result.site])}</p>
      </NoticeFrame>
    );
  const named = result.sites.slice(0, MAX_NAMED).join(', ');
  const more = result.sites.length - MAX_NAMED;
  return (
    <NoticeFrame
      {...common}
      tone="fair"
      role="alert"
      title={t('reuseReusedTitle')}
      learnLabel={t('noticeLearnMore')}
    >
      <p class="text">
        {t('reuseReusedBody', [more > 0 ? t('reuseAndMore', [named, more]) : named])}
      </p>
      <p class="fix">{t('reuseReusedAdvice')}</p>
    </NoticeFrame>
  );
}
