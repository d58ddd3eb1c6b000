/** @module The reader's learning progress in `local:progress`: lessons seen, quiz answers and the
 * streak of days with a lesson opened. Everything read back is validated, because storage can
 * hold anything (older versions, hand edits, other extensions' bugs); valid parts are kept. */
import { storage } from 'wxt/utils/storage';
import { dayKey, dayNumber, isDayKey } from './lessons/days';
import { isLessonId, lessonById, LESSONS, type LessonId } from './lessons';

export interface QuizAnswer {
  /** The option chosen, 0-based. */
  choice: number;
  correct: boolean;
}

export interface Streak {
  /** The last local day a lesson was opened, `YYYY-MM-DD`. */
  lastDay: string | null;
  /** Consecutive days ending on `lastDay`. */
  count: number;
  best: number;
}

export interface Progress {
  /** Lesson id → the local day it was first opened. */
  seen: Partial<Record<LessonId, string>>;
  /** Lesson id → the first answer given; later attempts do not overwrite it. */
  answers: Partial<Record<LessonId, QuizAnswer>>;
  streak: Streak;
}

/** Version 1 stored only the ids of lessons opened, with no dates. */
export interface ProgressV1 {
  seen: string[];
}

/** Stands for "some day before dates were recorded" for lessons migrated from v1. */
export const UNKNOWN_DAY = '1970-01-01';

export function emptyProgress(): Progress {
  return { seen: {}, answers: {}, streak: { lastDay: null, count: 0, best: 0 } };
}

export function migrateProgressV1(raw: unknown): Progress {
  // Already the v2 shape (its version record was lost or damaged): keep it, don't erase it.
  if (isRecord(raw) && isRecord(raw.seen)) return normalizeProgress(raw);
  const ids = isRecord(raw) && Array.isArray(raw.seen) ? raw.seen : [];
  const seen: Progress['seen'] = {};
  for (const id of ids) if (isLessonId(id)) seen[id] = UNKNOWN_DAY;
  return { ...emptyProgress(), seen };
}

export function normalizeProgress(raw: unknown): Progress {
  const input = isRecord(raw) ? raw : {};
  const progress = emptyProgress();
  if (isRecord(input.seen)) {
    for (const [id, day] of Object.entries(input.seen))
      if (isLessonId(id) && isDayKey(day)) progress.seen[id] = day;
  }
  if (isRecord(input.answers)) {
    for (const [id, answer] of Object.entries(input.answers)) {
      const lesson = lessonById(id);
      if (!lesson || !isRecord(answer)) continue;
      const { choice } = answer;
      if (!Number.isInteger(choice) || (choice as number) < 0) continue;
      if ((choice as number) >= lesson.quiz.options) continue;
      // Recomputed rather than trusted, so a stored `correct` can never disagree with the data.
      progress.answers[lesson.id] = {
        choice: choice as number,
        correct: choice === lesson.quiz.correct,
      };
    }
  }
  progress.streak = normalizeStreak(input.streak);
  return progress;
}

function normalizeStreak(raw: unknown): Streak {
  if (!isRecord(raw) || !isDayKey(raw.lastDay)) return emptyProgress().streak;
  const count = isCount(raw.count) && raw.count > 0 ? raw.count : 1;
  const best = isCount(raw.best) ? Math.max(raw.best, count) : count;
  return { lastDay: raw.lastDay, count, best };
}

/** Opening a lesson marks it seen (first day kept) and extends or restarts the streak. */
export function withLessonOpened(progress: Progress, id: LessonId, now: Date): Progress {
  const today = dayKey(now);
  const { lastDay, count, best } = progress.streak;
  let next = count;
  if (lastDay === null) next = 1;
  else if (dayNumber(today) - dayNumber(lastDay) === 1) next = count + 1;
  else if (dayNumber(today) !== dayNumber(lastDay)) next = 1;
  const movedBack = lastDay !== null && dayNumber(today) < dayNumber(lastDay);
  return {
    ...progress,
    seen: { ...progress.seen, [id]: progress.seen[id] ?? today },
    // A clock set back a day must not rewrite history; keep the later day.
    streak: movedBack
      ? progress.streak
      : { lastDay: today, count: next, best: Math.max(best, next) },
  };
}

/** The first answer counts for the score; answering again changes nothing. */
export function withQuizAnswer(progress: Progress, id: LessonId, choice: number): Progress {
  const lesson = lessonById(id);
  if (!lesson || progress.answers[id]) return progress;
  if (!Number.isInteger(choice) || choice < 0 || choice >= lesson.quiz.options) return progress;
  return {
    ...progress,
    answers: { ...progress.answers, [id]: { choice, correct: choice === lesson.quiz.correct } },
  };
}

/** The streak still stands until a whole local day passes without a lesson. */
export function currentStreak(streak: Streak, now: Date): number {
  if (streak.lastDay === null) return 0;
  return dayNumber(now) - dayNumber(streak.lastDay) <= 1 ? streak.count : 0;
}

export interface ProgressSummary {
  seen: number;
  total: number;
  answered: number;
  correct: number;
  streak: number;
  best: number;
}

export function summarize(progress: Progress, now: Date): ProgressSummary {
  const answers = Object.values(progress.answers);
  return {
    seen: Object.keys(progress.seen).length,
    total: LESSONS.length,
    answered: answers.length,
    correct: answers.filter((a) => a?.correct).length,
    streak: currentStreak(progress.streak, now),
    best: progress.streak.best,
  };
}

/** A factory so tests can seed storage first and watch the v1 → v2 migration run. */
export function defineProgressItem() {
  return storage.defineItem<Progress>('local:progress', {
    fallback: emptyProgress(),
    version: 2,
    migrations: { 2: migrateProgressV1 },
  });
}

export const progressItem = defineProgressItem();
export type ProgressItem = typeof progressItem;

export async function loadProgress(item: ProgressItem = progressItem): Promise<Progress> {
  return normalizeProgress(await item.getValue());
}

export async function updateProgress(
  change: (progress: Progress) => Progress,
  item: ProgressItem = progressItem,
): Promise<Progress> {
  const next = change(await loadProgress(item));
  await item.setValue(next);
  return next;
}

export function resetProgress(item: ProgressItem = progressItem): Promise<void> {
  return item.setValue(emptyProgress());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < 100_000;
}
