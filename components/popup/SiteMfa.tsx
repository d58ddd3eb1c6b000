/** @module The page report's two-step line: what the 2FA Directory says about the current site
 * (looked up in the background, on this device), or nothing for unlisted sites. */
import { useEffect, useState } from 'preact/hooks';
import { methodWords } from '@/components/notices/method-words';
import type { MfaSite } from '@/utils/checks/mfa-available';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { lessonHash } from './location';

export function SiteMfa({ url }: { url: string }) {
  const [site, setSite] = useState<MfaSite | null>(null);
  useEffect(() => {
    void sendMessage('getSiteMfa', { url })
      .then(setSite)
      .catch(() => setSite(null));
  }, [url]);
  if (!site) return null;
  return (
    <section class="site-mfa" aria-labelledby="site-mfa-heading" data-check="mfa-available">
      <h2 id="site-mfa-heading">
        {site.methods.length ? t('mfaReportAvailable') : t('mfaReportNoneHeading')}
      </h2>
      {site.methods.length ? (
        <p>
          {t('mfaReportMethods', [methodWords(site.methods, t)])}{' '}
          {site.guide && (
            <a href={site.guide} target="_blank" rel="noopener noreferrer">
              {t('mfaNoticeGuide')}
            </a>
          )}{' '}
          <a href={lessonHash('mfa')}>{t('noticeLearnMore')}</a>
        </p>
      ) : (
        <p>{t('mfaReportNone')}</p>
      )}
      <p class="muted">{t('mfaReportCredit')}</p>
    </section>
  );
}
