/** @module What Heedful noticed on the current tab, each finding linked to its lesson, and the
 * pause/resume switch for the site. */
import { isLessonId, lessonForCheck, lessonText, lessonById } from '@/utils/lessons';
import type { ReportedFinding, TabReport } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { lessonHash } from './location';
import { PauseButton } from './PauseButton';

const SEVERITY_ORDER = { danger: 0, warning: 1, info: 2 } as const;

interface Props {
  report: TabReport | null;
  site: string | null;
}

export function TabFindings({ report, site }: Props) {
  const findings = [...(report?.findings ?? [])].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">
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
            <FindingItem key={index} finding={finding} />
          ))}
        </ul>
      )}
      {site && <PauseButton site={site} />}
    </section>
  );
}

function FindingItem({ finding }: { finding: ReportedFinding }) {
  const lesson =
    (isLessonId(finding.lesson) && lessonById(finding.lesson)) || lessonForCheck(finding.check);
  return (
    <li class={`finding ${finding.severity}`}>
      <span class="severity">{t(`popupSeverity_${finding.severity}`)}</span> {finding.message}{' '}
      {finding.origin && <span class="origin">({t('popupFindingFrom', [finding.origin])}) </span>}
      <a href={lessonHash(lesson.id)}>{t('popupFindingLesson', [lessonText(lesson, t).title])}</a>
    </li>
  );
}
