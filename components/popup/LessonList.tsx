/** @module Today's lesson and the full list, each marked read and quiz-answered. */
import { lessonText, LESSONS, type Lesson } from '@/utils/lessons';
import type { Progress } from '@/utils/progress';
import { t } from '@/utils/i18n';
import { lessonHash } from './location';

interface Props {
  today: Lesson;
  progress: Progress;
}

export function LessonList({ today, progress }: Props) {
  const todayText = lessonText(today, t);
  return (
    <>
      <section aria-labelledby="today-heading" class="today">
        <h2 id="today-heading">{t('popupTodayHeading')}</h2>
        <p>
          <a href={lessonHash(today.id)} class="today-link">
            {todayText.title}
          </a>
        </p>
        <p class="muted">{todayText.takeaway}</p>
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t('popupAllLessonsHeading')}</h2>
        <ul class="lessons">
          {LESSONS.map((lesson) => (
            <li key={lesson.id}>
              <a href={lessonHash(lesson.id)} id={`lesson-link-${lesson.id}`}>
                {lessonText(lesson, t).title}
              </a>
              <LessonStatus lesson={lesson} progress={progress} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function LessonStatus({ lesson, progress }: { lesson: Lesson; progress: Progress }) {
  const answer = progress.answers[lesson.id];
  const marks = [];
  if (progress.seen[lesson.id]) marks.push(t('popupLessonRead'));
  if (answer) marks.push(t(answer.correct ? 'popupLessonQuizRight' : 'popupLessonQuizWrong'));
  return marks.length ? <span class="status"> — {marks.join(', ')}</span> : null;
}
