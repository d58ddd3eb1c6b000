/** @module The one lesson the popup offers: the one behind the latest finding, or the lesson of
 * the day; with its takeaway and a link to the full list, one click away. */
import { lessonText, type Lesson } from '@/utils/lessons';
import { t } from '@/utils/i18n';
import { Icon } from '../shared/Icon';
import { lessonHash } from './location';

export function LessonCard({ lesson, fromFinding }: { lesson: Lesson; fromFinding: boolean }) {
  const text = lessonText(lesson, t);
  return (
    <section aria-labelledby="today-heading" class="card today">
      <Icon name="book" />
      <div>
        <h2 id="today-heading">{t(fromFinding ? 'popupLessonForFinding' : 'popupTodayHeading')}</h2>
        <p>
          <a href={lessonHash(lesson.id)} class="today-link">
            {text.title}
          </a>
        </p>
        <p class="muted takeaway-short">{text.takeaway}</p>
        <p>
          <a href="#lessons" class="all-lessons">
            {t('popupAllLessonsLink')}
          </a>
        </p>
      </div>
    </section>
  );
}
