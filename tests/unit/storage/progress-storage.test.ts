/** @module Damaged `local:progress` values and version metadata, read through the real storage
 * item (with its v1 → v2 migration): valid lessons, answers and streaks survive, the rest is
 * defaulted, and nothing throws. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lessonById } from '@/utils/lessons';
import {
  defineProgressItem,
  emptyProgress,
  loadProgress,
  UNKNOWN_DAY,
  updateProgress,
  withQuizAnswer,
} from '@/utils/progress';
import { prototypeIsClean } from './arbitraries';

beforeEach(() => {
  fakeBrowser.reset();
});

/** A fresh item per test, defined after seeding, as on a real extension start. A `null` meta
 * means none is stored (storage deletes a key set to null). */
async function readBack(progress: unknown, meta: unknown = { v: 2 }) {
  await fakeBrowser.storage.local.set({ progress, progress$: meta });
  return loadProgress(defineProgressItem());
}

const mfa = lessonById('mfa')!;

describe('whole value damaged → empty progress', () => {
  test.each<[string, unknown]>([
    ['null', null],
    ['a number', 3],
    ['a string', '{"seen":{}}'],
    ['an array', [{ seen: { mfa: '2026-01-02' } }]],
    ['an empty object', {}],
    ['every part the wrong type', { seen: 'mfa', answers: [1, 2], streak: 'long' }],
  ])('%s', async (_, raw) => {
    expect(await readBack(raw)).toEqual(emptyProgress());
  });
});

describe('half-valid values keep every valid part', () => {
  test('bad lessons, days and answers are dropped; the good ones stay', async () => {
    const progress = await readBack({
      seen: { mfa: '2026-01-02', phishing: null, nope: '2026-01-02', backups: 20260102 },
      answers: {
        mfa: { choice: mfa.quiz.correct, correct: false },
        phishing: { choice: '1' },
        backups: null,
        passkeys: { choice: Number.MAX_SAFE_INTEGER },
      },
      streak: { lastDay: '2026-01-02', count: '3', best: 5 },
    });
    expect(progress.seen).toEqual({ mfa: '2026-01-02' });
    expect(progress.answers).toEqual({ mfa: { choice: mfa.quiz.correct, correct: true } });
    expect(progress.streak).toEqual({ lastDay: '2026-01-02', count: 1, best: 5 });
  });

  test.each<[string, unknown]>([
    ['seen is null', { seen: null, answers: { mfa: { choice: 0 } } }],
    ['streak is an array', { streak: [1, 2], answers: { mfa: { choice: 0 } } }],
  ])('%s: the answers survive', async (_, raw) => {
    expect((await readBack(raw)).answers).toEqual({
      mfa: { choice: 0, correct: mfa.quiz.correct === 0 },
    });
  });

  test('absurd streak numbers are not believed', async () => {
    const { streak } = await readBack({
      streak: { lastDay: '2026-01-02', count: 1e12, best: -1 },
    });
    expect(streak).toEqual({ lastDay: '2026-01-02', count: 1, best: 1 });
  });
});

describe('prototype-pollution keys', () => {
  test.each([
    '{"__proto__": {"seen": {"mfa": "2026-01-02"}}}',
    '{"seen": {"__proto__": "2026-01-02", "mfa": "2026-01-03"}}',
    '{"answers": {"__proto__": {"choice": 0}, "constructor": {"choice": 0}}}',
    '{"streak": {"__proto__": {"lastDay": "2026-01-02"}}}',
  ])('%s', async (json) => {
    const progress = await readBack(JSON.parse(json));
    expect(Object.keys(progress.answers)).toEqual([]);
    expect(progress.streak).toEqual(emptyProgress().streak);
    expect(Object.keys(progress.seen).every((id) => lessonById(id))).toBe(true);
    expect(Object.getPrototypeOf(progress.seen)).toBe(Object.prototype);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe('damaged version metadata', () => {
  const v2 = () => ({ ...emptyProgress(), seen: { mfa: '2026-01-02' } });
  // The storage library logs a failed migration (e.g. a "downgrade") and carries on; keep the
  // test output quiet.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  test.each<[string, unknown]>([
    ['v is a string', { v: 'two' }],
    ['v is from the future', { v: 99 }],
    ['v is fractional', { v: 1.5 }],
  ])('%s: a v2 value still reads, without throwing', async (_, meta) => {
    expect((await readBack(v2(), meta)).seen).toEqual({ mfa: '2026-01-02' });
  });

  /* With the version unknown, @wxt-dev/storage assumes v1 and runs `migrateProgressV1` on what
   * may be a v2 value: the migration must recognise it rather than wipe it. */
  test.each<[string, unknown]>([
    ['missing', null],
    ['a string', 'v2'],
    ['v is negative', { v: -3 }],
    ['v is null', { v: null }],
  ])('%s: a v2 value is kept', async (_, meta) => {
    expect((await readBack(v2(), meta)).seen).toEqual({ mfa: '2026-01-02' });
  });

  test.each<[string, unknown]>([
    ['a v1 value with no metadata', null],
    ['a v1 value marked v1', { v: 1 }],
  ])('%s migrates', async (_, meta) => {
    expect((await readBack({ seen: ['mfa', 42, '__proto__'] }, meta)).seen).toEqual({
      mfa: UNKNOWN_DAY,
    });
  });
});

describe('huge values stay bounded', () => {
  test('100,000 unknown lessons and answers, a 100,000-entry v1 list', async () => {
    const junk = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, i) => [`lesson-${i}`, '2026-01-02']),
    );
    const progress = await readBack({ seen: { ...junk, mfa: '2026-01-02' }, answers: junk });
    const migrated = await (async () => {
      fakeBrowser.reset();
      return readBack({ seen: [...Object.keys(junk), 'mfa'] }, null);
    })();
    expect(progress.seen).toEqual({ mfa: '2026-01-02' });
    expect(progress.answers).toEqual({});
    expect(migrated.seen).toEqual({ mfa: UNKNOWN_DAY });
  });
});

describe('writing after a damaged read', () => {
  test('updateProgress repairs the stored value and keeps what was valid', async () => {
    await fakeBrowser.storage.local.set({
      progress: { seen: { mfa: '2026-01-02', x: 1 }, answers: 'junk', streak: null },
      progress$: { v: 2 },
    });
    const item = defineProgressItem();
    const next = await updateProgress((p) => withQuizAnswer(p, 'mfa', 0), item);
    const { progress } = await fakeBrowser.storage.local.get('progress');
    expect(progress).toEqual(next);
    expect(next.seen).toEqual({ mfa: '2026-01-02' });
    expect(next.answers.mfa?.choice).toBe(0);
  });
});
