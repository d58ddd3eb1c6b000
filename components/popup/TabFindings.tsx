/** @module What Heedful noticed on the current tab, as cards, most severe first, and the
 * pause/resume switch for the site. */
import type { TabReport } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { FindingCard } from './FindingCard';
import { sortFindings } from './glance';
import { PauseButton } from './PauseButton';

interface Props {
  report: TabReport | null;
  site: string | null;
}

export function TabFindings({ report, site }: Props) {
  const findings = sortFindings(report?.findings ?? []);
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading" class="visually-hidden">
        {site ? t('popupFindingsHeadingSite', [site]) : t('popupFindingsHeading')}
      </h2>
      {report?.incomplete && (
        // A report that lost findings is never read as an all-clear.
        <p class="muted" role="status">
          {t('popupFindingsIncomplete')}
        </p>
      )}
      {report === null ? (
        <p class="muted">{t('popupFindingsUnavailable')}</p>
      ) : findings.length === 0 ? (
        !report.incomplete && <p class="muted">{t('popupFindingsNone')}</p>
      ) : (
        <ul class="findings">
          {findings.map((finding, index) => (
            <FindingCard key={index} finding={finding} />
          ))}
        </ul>
      )}
      {site && <PauseButton site={site} />}
    </section>
  );
}
