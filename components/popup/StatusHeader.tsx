/** @module The popup's header: the shield and this site's status in colour, icon and words, so
 * the answer to "is this page all right?" never depends on colour alone. */
import { t } from '@/utils/i18n';
import { Shield, type ShieldTone } from '../shared/Shield';
import type { SiteStatus } from './glance';

const TONE: Record<SiteStatus, ShieldTone> = {
  unknown: 'brand',
  paused: 'brand',
  clear: 'ok',
  warning: 'warning',
  danger: 'danger',
};

interface Props {
  status: SiteStatus | null;
  site: string | null;
  count: number;
}

export function StatusHeader({ status, site, count }: Props) {
  return (
    <header class={`status-header status-${status ?? 'loading'}`}>
      <Shield tone={status ? TONE[status] : 'brand'} size={36} />
      <div class="status-text">
        <h1>{t('extName')}</h1>
        <p class="status-line" role="status">
          {status && statusWords(status, count)}
          {status && site && <span class="site"> · {site}</span>}
        </p>
      </div>
    </header>
  );
}

function statusWords(status: SiteStatus, count: number): string {
  switch (status) {
    case 'unknown':
      return t('popupStatusUnknown');
    case 'paused':
      return t('popupStatusPaused');
    case 'clear':
      return t('popupStatusClear');
    default:
      return count === 1 ? t('popupStatusOne') : t('popupStatusMany', [count]);
  }
}
