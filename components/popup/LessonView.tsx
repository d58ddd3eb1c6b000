/** @module One lesson, read in under a minute: text, takeaway, an action, the quiz, the source. */
import { useEffect, useRef } from 'preact/hooks';
import { lessonText, type Lesson } from '@/utils/lessons';
import type { QuizAnswer } from '@/utils/progress';
import { t } from '@/utils/i18n';
import { Quiz } from './Quiz';

interface Props {
  lesson: Lesson;
  backHref: string;
  backLabel: string;
  answer: QuizAnswer | undefined;
  onAnswer: (choice: number) => void;
}

export function LessonView({ lesson, backHref, backLabel, answer, onAnswer }: Props) {
  const text = lessonText(lesson, t);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the new heading tells keyboard and screen-reader users the view changed.
  useEffect(() => heading.current?.focus(), [lesson.id]);
  return (
    <article class="lesson" aria-labelledby="lesson-title">
      <p>
        <a href={backHref} class="back">
          {backLabel}
        </a>
      </p>
      <h2 id="lesson-title" tabIndex={-1} ref={heading}>
        {text.title}
      </h2>
      <p>{text.body}</p>
      <h3>{t('popupLessonTakeaway')}</h3>
      <p class="takeaway">{text.takeaway}</p>
      <h3>{t('popupLessonAction')}</h3>
      <p>{text.action}</p>
      <h3>{t('popupLessonQuiz')}</h3>
      <Quiz key={lesson.id} lesson={lesson} text={text} answer={answer} onAnswer={onAnswer} />
      {lesson.demo && (
        <p class="demo-link">
          <a
            href={browser.runtime.getURL(`/demo.html#example-${lesson.demo}`)}
            target="_blank"
            rel="noopener"
          >
            {t('lessonDemoLink')}
          </a>
        </p>
      )}
      <p class="source">
        {t('popupLessonSource')}{' '}
        <a href={lesson.source.url} target="_blank" rel="noopener noreferrer">
          {lesson.source.title}
        </a>
      </p>
    </article>
  );
}
