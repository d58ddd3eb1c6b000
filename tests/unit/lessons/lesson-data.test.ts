import { describe, expect, test } from 'vitest';
import { LESSON_IDS, LESSONS, lessonKey, lessonText } from '@/utils/lessons';
import { translatorFor, type Catalog } from '@/utils/i18n-catalog';
import en from '@/locales/en/lessons.json';
import es from '@/locales/es/lessons.json';

const catalogs: Record<string, Catalog> = { en, es };
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Ids other code links to (findings, notices): they must keep existing. */
const REQUIRED_IDS = [
  'passphrases',
  'password-managers',
  'breached-passwords',
  'mfa',
  'passkeys',
  'https-encryption',
  'encryption-at-rest',
  'data-minimisation',
  'extension-permissions',
  'software-updates',
  'security-checkups',
  'phishing',
  'public-wifi',
  'social-engineering',
  'family-safety',
  // Round two: the scams that cost people most, and recovery.
  'scam-texts-calls',
  'account-recovery',
  'voice-clones',
  'lost-phone',
  'oversharing',
  'qr-codes',
  'app-permissions',
  'shopping-safely',
  'cyberbullying',
  'home-router',
];

describe('lesson data', () => {
  test('at least 16 lessons, ids unique and in LESSON_IDS order', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(16);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
  });

  test.each(REQUIRED_IDS)('lesson %s exists', (id) => {
    expect(LESSONS.some((l) => l.id === id)).toBe(true);
  });

  test.each(LESSONS.map((l) => [l.id, l] as const))('%s: source and quiz shape', (_, lesson) => {
    expect(lesson.source.title.trim().length).toBeGreaterThan(5);
    const url = new URL(lesson.source.url);
    expect(url.protocol).toBe('https:');
    expect(lesson.quiz.options).toBeGreaterThanOrEqual(2);
    expect(lesson.quiz.options).toBeLessThanOrEqual(5);
    expect(Number.isInteger(lesson.quiz.correct)).toBe(true);
    expect(lesson.quiz.correct).toBeGreaterThanOrEqual(0);
    expect(lesson.quiz.correct).toBeLessThan(lesson.quiz.options);
  });
});

test('right answers are spread over the options, so guessing "the middle one" fails', () => {
  const positions = new Set(LESSONS.map((lesson) => lesson.quiz.correct));
  expect(positions.size).toBeGreaterThanOrEqual(3);
});

describe.each(Object.entries(catalogs))('lesson text (%s)', (_lang, catalog) => {
  const translate = translatorFor(catalog);

  test.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s has every part, readable in a minute',
    (_, lesson) => {
      const text = lessonText(lesson, translate);
      for (const part of [
        text.title,
        text.body,
        text.takeaway,
        text.action,
        text.question,
        text.explanation,
        ...text.options,
      ]) {
        expect(part.trim()).not.toBe('');
        expect(part).not.toMatch(/^lesson_/); // a missing key falls back to the key itself
      }
      expect(text.options).toHaveLength(lesson.quiz.options);
      expect(new Set(text.options).size).toBe(text.options.length);
      expect(words(text.body)).toBeLessThanOrEqual(120);
      // The whole read (not the quiz) stays near a minute at an unhurried 150 words a minute.
      expect(words(text.body) + words(text.takeaway) + words(text.action)).toBeLessThanOrEqual(150);
      expect(words(text.takeaway)).toBeLessThanOrEqual(20);
    },
  );

  test('has no keys beyond the lessons and their quiz options', () => {
    const expected = LESSONS.flatMap((lesson) => [
      ...['title', 'body', 'takeaway', 'action', 'quizQuestion', 'quizExplanation'].map((p) =>
        lessonKey(lesson.id, p),
      ),
      ...Array.from({ length: lesson.quiz.options }, (_, i) =>
        lessonKey(lesson.id, `quizOption${i + 1}`),
      ),
    ]);
    expect(Object.keys(catalog).sort()).toEqual(expected.sort());
  });
});

test('en and es lesson catalogs have exactly the same keys, all valid and non-empty', () => {
  expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  for (const catalog of Object.values(catalogs)) {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim()).not.toBe('');
    }
  }
});
