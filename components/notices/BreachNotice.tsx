/** @module The breached-password notice. It says plainly that the password appeared in breaches
 * of other sites, not that this site was breached, and what to do. */
import type { BreachResult, UnavailableReason } from '@/utils/checks/breached-password/types';
import type { Translate } from '@/utils/i18n';
import { NoticeFrame } from './NoticeFrame';

export type BreachView = BreachResult | { state: 'checking' };

export interface BreachNoticeProps {
  result: BreachView;
  t: Translate;
  onDismiss(): void;
  onLearn(): void;
}

/** `rate-limited` → `breachReasonRateLimited`: one message key per reason. */
const reasonKey = (reason: UnavailableReason) =>
  'breachReason' + reason.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());

export function BreachNotice({ result, t, onDismiss, onLearn }: BreachNoticeProps) {
  const common = { dismissLabel: t('noticeDismiss'), onDismiss };
  switch (result.state) {
    case 'checking':
      return (
        <NoticeFrame {...common} tone="info" role="status" title={t('breachChecking')}>
          <p class="fix">{t('breachCheckingPrivacy')}</p>
        </NoticeFrame>
      );
    case 'breached':
      return (
        <NoticeFrame
          {...common}
          tone="weak"
          role="alert"
          title={t('breachBreachedTitle')}
          learnLabel={t('noticeLearnMore')}
          onLearn={onLearn}
        >
          <p class="text">
            {result.count === 1
              ? t('breachBreachedOnce')
              : t('breachBreachedCount', [result.count.toLocaleString()])}{' '}
            {t('breachNotThisSite')}
          </p>
          <p class="fix">
            {t('breachAdviceChange')} {t('breachAdviceManager')} {t('breachAdviceMfa')}
          </p>
        </NoticeFrame>
      );
    case 'not-found':
      return (
        <NoticeFrame {...common} tone="strong" role="status" title={t('breachNotFoundTitle')}>
          <p class="fix">{t('breachNotFoundBody')}</p>
        </NoticeFrame>
      );
    default:
      return (
        <NoticeFrame {...common} tone="info" role="status" title={t('breachUnavailableTitle')}>
          <p class="fix">
            {t('breachUnavailableBody')} {t(reasonKey(result.reason))}
          </p>
        </NoticeFrame>
      );
  }
}
