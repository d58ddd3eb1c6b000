/** @module Progress as one compact line: a bar for lessons read, the quiz score and the streak.
 * Quiet for a new user: nothing shows until there is something to show, never "0 of 0". */
import type { Progress } from '@/utils/progress';
import { summarize } from '@/utils/progress';
import { t } from '@/utils/i18n';

export function ProgressSummary({ progress, now }: { progress: Progress; now: Date }) {
  const s = summarize(progress, now);
  if (s.seen === 0 && s.answered === 0 && s.streak === 0) return null;
  return (
    <section aria-labelledby="progress-heading" class="progress">
      <h2 id="progress-heading" class="visually-hidden">
        {t('popupProgressHeading')}
      </h2>
      <div class="progress-row">
        <label for="lessons-read">{t('popupSeen', [s.seen, s.total])}</label>
        <progress id="lessons-read" max={s.total} value={s.seen} />
      </div>
      <ul class="summary">
        {s.answered > 0 && <li>{t('popupQuizScore', [s.correct, s.answered])}</li>}
        {s.streak > 0 && (
          <li>{s.streak === 1 ? t('popupStreakOne') : t('popupStreak', [s.streak])}</li>
        )}
      </ul>
    </section>
  );
}
