/** @module A lesson's one-question quiz: a radio group in a form, so arrow keys can move between
 * options without answering; the answer is given with the button and then persisted. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lesson, LessonText } from '@/utils/lessons';
import type { QuizAnswer } from '@/utils/progress';
import { t } from '@/utils/i18n';

interface Props {
  lesson: Lesson;
  text: LessonText;
  answer: QuizAnswer | undefined;
  onAnswer: (choice: number) => void;
}

export function Quiz({ lesson, text, answer, onAnswer }: Props) {
  const [choice, setChoice] = useState<number | null>(answer?.choice ?? null);
  const [missing, setMissing] = useState(false);
  const name = `quiz-${lesson.id}`;
  const result = useRef<HTMLDivElement>(null);
  const answeredHere = useRef(false);
  // The button that had focus disappears once the answer is saved; without this, keyboard focus
  // would fall back to the top of the page. An answer loaded from storage leaves focus alone.
  useLayoutEffect(() => {
    if (answer && answeredHere.current) result.current?.focus();
  }, [answer]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (answer) return;
    if (choice === null) return setMissing(true);
    answeredHere.current = true;
    onAnswer(choice);
  };
  const selected = answer?.choice ?? choice;
  return (
    <form class="quiz" onSubmit={submit}>
      <fieldset
        disabled={answer !== undefined}
        aria-describedby={missing ? `${name}-hint` : undefined}
      >
        <legend>{text.question}</legend>
        {text.options.map((option, index) => (
          <label class="quiz-option" key={index}>
            <input
              type="radio"
              name={name}
              value={index}
              checked={selected === index}
              onChange={() => {
                setChoice(index);
                setMissing(false);
              }}
            />
            <span>{option}</span>
          </label>
        ))}
      </fieldset>
      {answer === undefined && (
        <>
          <button type="submit">{t('popupQuizCheck')}</button>
          {missing && (
            <p id={`${name}-hint`} class="hint" role="alert">
              {t('popupQuizChoose')}
            </p>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
        {answer && (
          <div
            class={answer.correct ? 'result correct' : 'result incorrect'}
            tabIndex={-1}
            ref={result}
          >
            <p>
              <strong>
                {answer.correct
                  ? t('popupQuizCorrect')
                  : t('popupQuizIncorrect', [text.options[lesson.quiz.correct] ?? ''])}
              </strong>
            </p>
            <p>{text.explanation}</p>
          </div>
        )}
      </div>
    </form>
  );
}
