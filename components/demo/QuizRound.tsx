/** @module A short quiz round for the class: pick a theme, answer three questions from its
 * lessons one at a time, each answer explained. Nothing is recorded: it is the group's round,
 * not the reader's progress. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { lessonById, lessonText } from '@/utils/lessons';
import { LESSON_SET_IDS, quizRound, type LessonSetId } from '@/utils/lessons/sets';

/** Literal keys, so the catalog test sees each one used. */
const SET_NAMES: Record<LessonSetId, string> = {
  passwords: 'demoQuizSet_passwords',
  scams: 'demoQuizSet_scams',
  devices: 'demoQuizSet_devices',
  privacy: 'demoQuizSet_privacy',
};

export function QuizRound() {
  const [set, setSet] = useState<LessonSetId>('passwords');
  const [offset, setOffset] = useState(0);
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<number | null>(null);
  const round = quizRound(set, offset);
  const lesson = lessonById(round[index]!)!;
  const text = lessonText(lesson, t);
  const done = index === round.length - 1 && choice !== null;

  const restart = (nextSet: LessonSetId, nextOffset: number) => {
    setSet(nextSet);
    setOffset(nextOffset);
    setIndex(0);
    setChoice(null);
  };
  return (
    <div class="quiz-round">
      <label>
        {t('demoQuizTheme')}{' '}
        <select
          value={set}
          onChange={(event) => restart(event.currentTarget.value as LessonSetId, 0)}
        >
          {LESSON_SET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(SET_NAMES[id])}
            </option>
          ))}
        </select>
      </label>
      <p class="quiz-progress">{t('demoStepCounter', [String(index + 1), String(round.length)])}</p>
      <fieldset>
        <legend>{text.question}</legend>
        {text.options.map((option, i) => (
          <button
            key={i}
            type="button"
            class={
              choice === null
                ? ''
                : i === lesson.quiz.correct
                  ? 'right'
                  : i === choice
                    ? 'wrong'
                    : ''
            }
            aria-pressed={choice === i}
            disabled={choice !== null}
            onClick={() => setChoice(i)}
          >
            {option}
          </button>
        ))}
      </fieldset>
      {choice !== null && (
        <p role="status" class="quiz-explanation">
          <strong>{t(choice === lesson.quiz.correct ? 'demoQuizRight' : 'demoQuizWrong')}</strong>{' '}
          {text.explanation}
        </p>
      )}
      {choice !== null && !done && (
        <button
          type="button"
          onClick={() => {
            setIndex(index + 1);
            setChoice(null);
          }}
        >
          {t('demoQuizNext')}
        </button>
      )}
      {done && (
        <button type="button" onClick={() => restart(set, offset + round.length)}>
          {t('demoQuizAgain')}
        </button>
      )}
    </div>
  );
}
