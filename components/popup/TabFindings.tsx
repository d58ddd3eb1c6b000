/** @module What Heedful noticed on the current tab, each finding linked to its lesson, and the
 * pause/resume switch for the site. */
import type { Finding } from '@/utils/checks/findings';
import { isLessonId, lessonForCheck, lessonText, lessonById } from '@/utils/lessons';
import type { TabReport } from '@/utils/messaging';
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
      {report === null ? (
        <p class="muted">{t('popupFindingsUnavailable')}</p>
      ) : findings.length === 0 ? (
        <p class="muted">{t('popupFindingsNone')}</p>
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

function FindingItem({ finding }: { finding: Finding }) {
  const lesson =
    (isLessonId(finding.lesson) && lessonById(finding.lesson)) || lessonForCheck(finding.check);
  return (
    <li class={`finding ${finding.severity}`}>
      <span class="severity">{t(`popupSeverity_${finding.severity}`)}</span> {finding.message}{' '}
      <a href={lessonHash(lesson.id)}>{t('popupFindingLesson', [lessonText(lesson, t).title])}</a>
    </li>
  );
}
