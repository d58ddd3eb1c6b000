/** @module Every lesson, as a view of its own (`#lessons`), each marked read and quiz-answered. */
import { useEffect, useRef } from 'preact/hooks';
import { lessonText, LESSONS, type Lesson } from '@/utils/lessons';
import type { Progress } from '@/utils/progress';
import { t } from '@/utils/i18n';
import { lessonHash } from './location';

/** `backHref` is absent in a tab, where the list is the page's home. */
export function LessonList({ progress, backHref }: { progress: Progress; backHref?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new view: focus its heading so keyboard and screen-reader users know where they are.
  useEffect(() => {
    if (!document.activeElement?.id.startsWith('lesson-link-')) heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="all-heading" class="lesson-list">
      {backHref !== undefined && (
        <p>
          <a href={backHref} class="back">
            {t('popupBackHome')}
          </a>
        </p>
      )}
      <h2 id="all-heading" tabIndex={-1} ref={heading}>
        {t('popupAllLessonsHeading')}
      </h2>
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
  );
}

function LessonStatus({ lesson, progress }: { lesson: Lesson; progress: Progress }) {
  const answer = progress.answers[lesson.id];
  const marks = [];
  if (progress.seen[lesson.id]) marks.push(t('popupLessonRead'));
  if (answer) marks.push(t(answer.correct ? 'popupLessonQuizRight' : 'popupLessonQuizWrong'));
  return marks.length ? <span class="status"> — {marks.join(', ')}</span> : null;
}
