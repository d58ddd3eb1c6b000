import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  currentStreak,
  defineProgressItem,
  emptyProgress,
  loadProgress,
  migrateProgressV1,
  normalizeProgress,
  resetProgress,
  summarize,
  UNKNOWN_DAY,
  updateProgress,
  withLessonOpened,
  withQuizAnswer,
  type Progress,
} from '@/utils/progress';
import { lessonById } from '@/utils/lessons';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migration v1 → v2', () => {
  test('seen ids become dated entries through the storage item', async () => {
    await fakeBrowser.storage.local.set({
      progress: { seen: ['phishing', 'mfa', 'gone-lesson', 42] },
    });
    const item = defineProgressItem();
    const progress = await loadProgress(item);
    expect(progress.seen).toEqual({ phishing: UNKNOWN_DAY, mfa: UNKNOWN_DAY });
    expect(progress.answers).toEqual({});
    expect(progress.streak).toEqual({ lastDay: null, count: 0, best: 0 });
    const stored = await fakeBrowser.storage.local.get(['progress', 'progress$']);
    expect(stored['progress$']).toEqual({ v: 2 });
    expect(stored.progress).toEqual(progress);
  });

  test.each([null, 'junk', 7, [], { seen: 'phishing' }, { seen: null }])(
    'a damaged v1 value %j migrates to empty progress',
    (raw) => {
      expect(migrateProgressV1(raw)).toEqual(emptyProgress());
    },
  );

  test('a v2 value is not migrated again', async () => {
    const v2: Progress = { ...emptyProgress(), seen: { mfa: '2026-01-02' } };
    await fakeBrowser.storage.local.set({ progress: v2, progress$: { v: 2 } });
    expect(await loadProgress(defineProgressItem())).toEqual(v2);
  });

  test('nothing stored gives empty progress', async () => {
    expect(await loadProgress(defineProgressItem())).toEqual(emptyProgress());
  });
});

describe('normalizeProgress keeps what is valid', () => {
  test.each([undefined, null, 'x', 3, [], { seen: [], answers: 'no', streak: 5 }])(
    '%j → defaults',
    (raw) => {
      expect(normalizeProgress(raw)).toEqual(emptyProgress());
    },
  );

  test('drops bad entries, keeps good ones, recomputes correctness', () => {
    const mfa = lessonById('mfa')!;
    const raw = {
      seen: { mfa: '2026-01-02', phishing: 'yesterday', nope: '2026-01-02', backups: '2026-02-30' },
      answers: {
        mfa: { choice: mfa.quiz.correct, correct: false },
        phishing: { choice: 99, correct: true },
        backups: { choice: -1 },
        passkeys: { choice: 1.5 },
        'data-minimisation': 'b',
        nope: { choice: 0 },
        passphrases: { choice: 0, correct: true },
      },
      streak: { lastDay: '2026-01-02', count: 3, best: 2 },
    };
    const progress = normalizeProgress(raw);
    expect(progress.seen).toEqual({ mfa: '2026-01-02' });
    expect(progress.answers).toEqual({
      mfa: { choice: mfa.quiz.correct, correct: true },
      passphrases: { choice: 0, correct: false },
    });
    expect(progress.streak).toEqual({ lastDay: '2026-01-02', count: 3, best: 3 });
  });

  test.each([
    [
      { lastDay: 'soon', count: 4, best: 9 },
      { lastDay: null, count: 0, best: 0 },
    ],
    [
      { lastDay: '2026-01-02', count: -2, best: 'x' },
      { lastDay: '2026-01-02', count: 1, best: 1 },
    ],
    [
      { lastDay: '2026-01-02', count: 2, best: 7 },
      { lastDay: '2026-01-02', count: 2, best: 7 },
    ],
  ])('streak %j → %j', (streak, expected) => {
    expect(normalizeProgress({ streak }).streak).toEqual(expected);
  });
});

describe('streak of local days', () => {
  const open = (p: Progress, date: Date) => withLessonOpened(p, 'mfa', date);

  test('consecutive days count up; a second lesson the same day does not', () => {
    let p = open(emptyProgress(), at(2026, 3, 1));
    p = open(p, at(2026, 3, 1, 20));
    p = open(p, at(2026, 3, 2, 0));
    p = open(p, at(2026, 3, 3, 23));
    expect(p.streak).toEqual({ lastDay: '2026-03-03', count: 3, best: 3 });
  });

  test('a missed day restarts the count but keeps the best', () => {
    let p = open(emptyProgress(), at(2026, 3, 1));
    p = open(p, at(2026, 3, 2));
    p = open(p, at(2026, 3, 4));
    expect(p.streak).toEqual({ lastDay: '2026-03-04', count: 1, best: 2 });
  });

  test('crosses month, year and DST boundaries', () => {
    let p = open(emptyProgress(), at(2025, 12, 31, 23));
    p = open(p, at(2026, 1, 1, 0));
    expect(p.streak.count).toBe(2);
    let q = open(emptyProgress(), at(2026, 3, 28, 23));
    q = open(q, at(2026, 3, 29, 23));
    q = open(q, at(2026, 3, 30, 1));
    expect(q.streak.count).toBe(3);
  });

  test('a clock set back does not rewrite the streak', () => {
    const p = open(open(emptyProgress(), at(2026, 3, 5)), at(2026, 3, 2));
    expect(p.streak).toEqual({ lastDay: '2026-03-05', count: 1, best: 1 });
  });

  test('current streak lasts through the next day, then lapses', () => {
    const p = open(open(emptyProgress(), at(2026, 3, 1)), at(2026, 3, 2));
    expect(currentStreak(p.streak, at(2026, 3, 2))).toBe(2);
    expect(currentStreak(p.streak, at(2026, 3, 3, 23))).toBe(2);
    expect(currentStreak(p.streak, at(2026, 3, 4))).toBe(0);
    expect(currentStreak(emptyProgress().streak, at(2026, 3, 4))).toBe(0);
  });

  test('the first day a lesson was opened is kept', () => {
    const p = withLessonOpened(
      withLessonOpened(emptyProgress(), 'mfa', at(2026, 3, 1)),
      'mfa',
      at(2026, 3, 9),
    );
    expect(p.seen.mfa).toBe('2026-03-01');
  });
});

describe('quiz answers', () => {
  test('the first answer counts; later ones and invalid ones change nothing', () => {
    const lesson = lessonById('phishing')!;
    const wrong = (lesson.quiz.correct + 1) % lesson.quiz.options;
    const p1 = withQuizAnswer(emptyProgress(), 'phishing', wrong);
    expect(p1.answers.phishing).toEqual({ choice: wrong, correct: false });
    expect(withQuizAnswer(p1, 'phishing', lesson.quiz.correct)).toBe(p1);
    expect(withQuizAnswer(emptyProgress(), 'mfa', 9).answers).toEqual({});
    expect(withQuizAnswer(emptyProgress(), 'mfa', -1).answers).toEqual({});
  });

  test('an answer persists in storage, as if the popup closed and reopened', async () => {
    const lesson = lessonById('passkeys')!;
    await updateProgress((p) => withLessonOpened(p, 'passkeys', at(2026, 4, 1)));
    await updateProgress((p) => withQuizAnswer(p, 'passkeys', lesson.quiz.correct));
    const reopened = await loadProgress(defineProgressItem());
    expect(reopened.answers.passkeys).toEqual({ choice: lesson.quiz.correct, correct: true });
    expect(reopened.seen.passkeys).toBe('2026-04-01');
  });

  test('reset clears everything', async () => {
    await updateProgress((p) => withLessonOpened(p, 'mfa', new Date()));
    await resetProgress();
    expect(await loadProgress()).toEqual(emptyProgress());
  });
});

test('summary counts seen lessons, score and the live streak', () => {
  const lesson = lessonById('mfa')!;
  let p = withLessonOpened(emptyProgress(), 'mfa', at(2026, 3, 1));
  p = withLessonOpened(p, 'phishing', at(2026, 3, 2));
  p = withQuizAnswer(p, 'mfa', lesson.quiz.correct);
  p = withQuizAnswer(p, 'phishing', (lessonById('phishing')!.quiz.correct + 1) % 3);
  expect(summarize(p, at(2026, 3, 2))).toMatchObject({
    seen: 2,
    answered: 2,
    correct: 1,
    streak: 2,
    best: 2,
  });
  expect(summarize(p, at(2026, 3, 10)).streak).toBe(0);
});
