/** @module Seen count, quiz score and streak in one short list. */
import type { Progress } from '@/utils/progress';
import { summarize } from '@/utils/progress';
import { t } from '@/utils/i18n';

export function ProgressSummary({ progress, now }: { progress: Progress; now: Date }) {
  const s = summarize(progress, now);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('popupProgressHeading')}</h2>
      <ul class="summary">
        <li>{t('popupSeen', [s.seen, s.total])}</li>
        <li>{t('popupQuizScore', [s.correct, s.answered])}</li>
        <li>{t('popupStreak', [s.streak, s.best])}</li>
      </ul>
    </section>
  );
}
