import { describe, expect, test } from 'vitest';
import {
  lessonById,
  lessonForCheck,
  LESSONS,
  todaysLesson,
  type LessonCheck,
} from '@/utils/lessons';
import { dayKey, dayNumber, isDayKey } from '@/utils/lessons/days';
import { CHECK_IDS } from '@/utils/settings';

const ALL_CHECKS: LessonCheck[] = [...CHECK_IDS];

describe('lessonById', () => {
  test('finds every lesson and nothing else', () => {
    for (const lesson of LESSONS) expect(lessonById(lesson.id)).toBe(lesson);
    expect(lessonById('nope')).toBeUndefined();
    expect(lessonById('__proto__')).toBeUndefined();
  });
});

describe('lessonForCheck', () => {
  test.each(ALL_CHECKS)('%s has a lesson that lists it', (check) => {
    expect(lessonForCheck(check).checks).toContain(check);
  });

  test.each([
    ['password-strength', 'passphrases'],
    ['breached-password', 'breached-passwords'],
    ['oversized-form', 'data-minimisation'],
    ['insecure-form', 'https-encryption'],
    ['password-field', 'password-managers'],
  ] as const)('%s → %s', (check, id) => {
    expect(lessonForCheck(check).id).toBe(id);
  });
});

describe('todaysLesson', () => {
  const none = { seen: {} };
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10);

  test('is the same all day and deterministic', () => {
    const morning = new Date(2026, 2, 3, 0, 5);
    const night = new Date(2026, 2, 3, 23, 55);
    expect(todaysLesson(morning, none)).toBe(todaysLesson(night, none));
  });

  test('rotates through every lesson on consecutive days', () => {
    const ids = new Set(
      Array.from({ length: LESSONS.length }, (_, i) => todaysLesson(day(2026, 1, 1 + i), none).id),
    );
    expect(ids.size).toBe(LESSONS.length);
  });

  test('prefers lessons not seen before today', () => {
    const today = day(2026, 5, 10);
    const seen = Object.fromEntries(LESSONS.slice(0, -1).map((l) => [l.id, '2026-05-01']));
    expect(todaysLesson(today, { seen }).id).toBe(LESSONS.at(-1)!.id);
  });

  test('a lesson opened today stays today’s lesson', () => {
    const today = day(2026, 5, 10);
    const first = todaysLesson(today, none);
    expect(todaysLesson(today, { seen: { [first.id]: dayKey(today) } })).toBe(first);
  });

  test('falls back to the full rotation when everything was seen', () => {
    const seen = Object.fromEntries(LESSONS.map((l) => [l.id, '2020-01-01']));
    const lesson = todaysLesson(day(2026, 5, 10), { seen });
    expect(LESSONS).toContain(lesson);
  });
});

describe('local days', () => {
  test('dayKey uses the local calendar date', () => {
    expect(dayKey(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  test.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    [20260101, false],
  ])('isDayKey(%s) is %s', (value, expected) => {
    expect(isDayKey(value)).toBe(expected);
  });

  test('consecutive days differ by exactly one, across DST changes', () => {
    // 2026-03-29 is a 23-hour day in much of Europe; 2026-03-08 in most of the US.
    expect(dayNumber(new Date(2026, 2, 30, 0, 30)) - dayNumber(new Date(2026, 2, 29, 23, 30))).toBe(
      1,
    );
    expect(dayNumber('2026-03-09') - dayNumber('2026-03-08')).toBe(1);
  });
});
