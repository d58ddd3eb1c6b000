/** @module The breached-password notice. It says plainly that the password appeared in breaches
 * of other sites, not that this site was breached, and what to do. */
import type { BreachResult } from '@/utils/checks/breached-password/types';
import type { Translate } from '@/utils/i18n';
import { NoticeFrame } from './NoticeFrame';

export type BreachView = BreachResult | { state: 'checking' };

export interface BreachNoticeProps {
  result: BreachView;
  t: Translate;
  onDismiss(): void;
  onLearn(): void;
}

export function BreachNotice({ result, t, onDismiss, onLearn }: BreachNoticeProps) {
  const common = { dismissLabel: t('noticeDismiss'), onDismiss };
  switch (result.state) {
    case 'checking':
      return <NoticeFrame {...common} tone="info" role="status" title={t('breachChecking')} />;
    case 'breached':
      return (
        <NoticeFrame {...common} tone="weak" role="alert" title={t('breachFoundTitle')} learnLabel={t('noticeLearnMore')} onLearn={onLearn}>
          <p class="text">{t('breachFoundText', [result.count.toLocaleString()])}</p>
          <p class="fix">{t('breachFoundFix')}</p>
        </NoticeFrame>
      );
    case 'not-found':
      return (
        <NoticeFrame {...common} tone="strong" role="status" title={t('breachNotFoundTitle')}>
          <p class="fix">{t('breachNotFoundText')}</p>
        </NoticeFrame>
      );
    default:
      return (
        <NoticeFrame {...common} tone="info" role="status" title={t('breachUnavailableTitle')}>
          <p class="fix">{t('breachUnavailableText')}</p>
        </NoticeFrame>
      );
  }
}
