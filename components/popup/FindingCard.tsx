/** @module One finding as a card: icon, severity in words, the check's one plain sentence, and
 * one action, the lesson that explains it. */
import type { ReportedFinding } from '@/utils/messaging';
import { lessonText } from '@/utils/lessons';
import { t } from '@/utils/i18n';
import { Icon } from '../shared/Icon';
import { lessonForFinding } from './glance';
import { lessonHash } from './location';

export function FindingCard({ finding }: { finding: ReportedFinding }) {
  const lesson = lessonForFinding(finding);
  const title = lessonText(lesson, t).title;
  return (
    <li class={`card finding ${finding.severity}`}>
      <Icon name={finding.severity === 'info' ? 'info' : 'alert'} />
      <div>
        <p class="severity">{t(`popupSeverity_${finding.severity}`)}</p>
        <p class="message">
          {finding.message}
          {/* A cross-origin frame's finding says where it came from. */}
          {finding.origin && (
            <span class="origin"> ({t('popupFindingFrom', [finding.origin])})</span>
          )}
        </p>
        <a class="action" href={lessonHash(lesson.id)}>
          {t('popupFindingAction')}
          {/* The visible words start the name (speech input); the lesson's title completes it. */}
          <span class="visually-hidden">: {t('popupFindingLesson', [title])}</span>
        </a>
      </div>
    </li>
  );
}
