/** @module Finding lessons: by id, by the check that flagged something, and the lesson of the day. */
import { checkById } from '../checks';
import type { Translate } from '../i18n';
import type { Progress } from '../progress';
import { dayNumber } from './days';
import { LESSONS, type Lesson, type LessonCheck, type LessonId } from './lessons';

export { LESSONS, LESSON_IDS, type Lesson, type LessonCheck, type LessonId } from './lessons';

export function isLessonId(value: unknown): value is LessonId {
  return typeof value === 'string' && LESSONS.some((lesson) => lesson.id === value);
}

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

/** The primary lesson for a check: the one the registry names (the meta-test holds every check
 * to one that exists and lists it). */
export function lessonForCheck(check: LessonCheck): Lesson {
  return lessonById(checkById(check).lesson) ?? LESSONS[0]!;
}

/** One lesson a day, the same all day long. It prefers lessons not opened before today, so a
 * lesson opened today stays "today's" instead of jumping to the next one on reopening. */
export function todaysLesson(date: Date, progress: Pick<Progress, 'seen'>): Lesson {
  const today = dayNumber(date);
  const fresh = LESSONS.filter((lesson) => {
    const seenOn = progress.seen[lesson.id];
    return seenOn === undefined || dayNumber(seenOn) >= today;
  });
  const pool = fresh.length > 0 ? fresh : LESSONS;
  return pool[((today % pool.length) + pool.length) % pool.length]!;
}

/** Message keys only allow [A-Za-z0-9_], lesson ids use hyphens. */
export function lessonKey(id: LessonId, part: string): string {
  return `lesson_${id.replace(/-/g, '_')}_${part}`;
}

export interface LessonText {
  title: string;
  body: string;
  takeaway: string;
  action: string;
  question: string;
  options: string[];
  explanation: string;
}

export function lessonText(lesson: Lesson, translate: Translate): LessonText {
  const part = (name: string) => translate(lessonKey(lesson.id, name));
  return {
    title: part('title'),
    body: part('body'),
    takeaway: part('takeaway'),
    action: part('action'),
    question: part('quizQuestion'),
    options: Array.from({ length: lesson.quiz.options }, (_, i) => part(`quizOption${i + 1}`)),
    explanation: part('quizExplanation'),
  };
}
