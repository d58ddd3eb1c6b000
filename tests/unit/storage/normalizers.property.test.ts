/** @module Property tests: whatever storage or a message hands over, the normalizers never throw,
 * return exactly the contract's shape, take bounded time, and keep every part that was valid. */
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sanitizeFindings } from '@/utils/findings-guard';
import { isDayKey } from '@/utils/lessons/days';
import { LESSON_IDS, lessonById } from '@/utils/lessons';
import { normalizeProgress, type Progress } from '@/utils/progress';
import {
  CHECK_IDS,
  isAcceptableRangeApiUrl,
  normalizePolicy,
  normalizeSettings,
  type Settings,
} from '@/utils/settings-model';
import {
  findingsLike,
  progressLike,
  prototypeIsClean,
  settingsLike,
  storedValue,
} from './arbitraries';

const RUNS = 2000;
const counts: Record<string, number> = {};

beforeEach(() => {
  fakeBrowser.reset();
});

afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`storage properties: ${total} cases (${JSON.stringify(counts)})`);
});

/** Runs `check` on every generated value, counting cases under `name`. Speed is `npm run
 * bench`'s business (scripts/bench/hostile.ts), not a unit test's. */
function property<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void) {
  counts[name] = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      counts[name]!++;
      check(value);
      expect(prototypeIsClean()).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

const sortedKeys = (value: object) => Object.keys(value).sort();
/** Storable and sendable as-is: only plain JSON data (no undefined, NaN, Map, Date, class).
 * Not a JSON round trip: `-0` (valid, and harmless) would come back as `0`. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainJson);
}
const survivesJson = (value: unknown) => expect(isPlainJson(value)).toBe(true);

function expectSettingsShape(settings: Settings) {
  expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
  expect(sortedKeys(settings)).toEqual(['checks', 'pausedSites', 'rangeApiUrl']);
  expect(sortedKeys(settings.checks)).toEqual([...CHECK_IDS].sort());
  for (const id of CHECK_IDS) expect(typeof settings.checks[id]).toBe('boolean');
  expect(isAcceptableRangeApiUrl(settings.rangeApiUrl)).toBe(true);
  expect(Array.isArray(settings.pausedSites)).toBe(true);
  expect(settings.pausedSites.length).toBeLessThanOrEqual(1000);
  for (const site of settings.pausedSites) expect(site).toMatch(/^[^\s/:]+$/);
  expect(new Set(settings.pausedSites).size).toBe(settings.pausedSites.length);
  survivesJson(settings);
}

function expectProgressShape(progress: Progress) {
  expect(sortedKeys(progress)).toEqual(['answers', 'seen', 'streak']);
  for (const [id, day] of Object.entries(progress.seen)) {
    expect(LESSON_IDS).toContain(id);
    expect(isDayKey(day)).toBe(true);
  }
  for (const [id, answer] of Object.entries(progress.answers)) {
    const lesson = lessonById(id)!;
    expect(lesson).toBeDefined();
    expect(sortedKeys(answer!)).toEqual(['choice', 'correct']);
    expect(Number.isInteger(answer!.choice)).toBe(true);
    expect(answer!.choice).toBeGreaterThanOrEqual(0);
    expect(answer!.choice).toBeLessThan(lesson.quiz.options);
    expect(answer!.correct).toBe(answer!.choice === lesson.quiz.correct);
  }
  const { lastDay, count, best } = progress.streak;
  expect(sortedKeys(progress.streak)).toEqual(['best', 'count', 'lastDay']);
  expect(lastDay === null || isDayKey(lastDay)).toBe(true);
  for (const n of [count, best]) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
  expect(best).toBeGreaterThanOrEqual(count);
  expect(lastDay === null ? count === 0 : count >= 1).toBe(true);
  survivesJson(progress);
}

describe('normalizeSettings', () => {
  test('any stored value: the full shape, idempotent', () => {
    property('normalizeSettings', fc.oneof(storedValue, settingsLike), (raw) => {
      const settings = normalizeSettings(raw);
      expectSettingsShape(settings);
      expect(normalizeSettings(settings)).toEqual(settings);
    });
  });

  /** A valid value with some keys (or single checks) replaced by junk keeps the rest. */
  const validSettings = fc.record({
    checks: fc.record(Object.fromEntries(CHECK_IDS.map((id) => [id, fc.boolean()]))),
    rangeApiUrl: fc.constantFrom(
      'https://api.pwnedpasswords.com/range/',
      'https://mirror.example.org/range/',
      'http://127.0.0.1:8080/range/',
    ),
    pausedSites: fc.uniqueArray(
      fc.domain().map((d) => d.toLowerCase()),
      { maxLength: 5 },
    ),
  }) as fc.Arbitrary<Settings>;
  const junk = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.boolean()));

  test('half-valid values: every valid part kept', () => {
    const damaged = fc.tuple(
      validSettings,
      fc.subarray(['checks', 'rangeApiUrl', 'pausedSites', ...CHECK_IDS]),
      junk,
    );
    property('normalizeSettings half-valid', damaged, ([valid, broken, value]) => {
      const checks: Record<string, unknown> = { ...valid.checks };
      const raw: Record<string, unknown> = { ...valid, checks };
      for (const key of broken) {
        if ((CHECK_IDS as readonly string[]).includes(key)) checks[key] = value;
        else raw[key] = value;
      }
      const settings = normalizeSettings(raw);
      for (const id of CHECK_IDS)
        if (!broken.includes(id) && !broken.includes('checks'))
          expect(settings.checks[id]).toBe(valid.checks[id]);
      if (!broken.includes('rangeApiUrl')) expect(settings.rangeApiUrl).toBe(valid.rangeApiUrl);
      // A domain that normalises to something else is not "kept as typed", so compare repaired.
      if (!broken.includes('pausedSites'))
        expect(settings.pausedSites).toEqual(normalizeSettings(valid).pausedSites);
    });
  });
});

describe('normalizePolicy', () => {
  test('any managed value: only known keys, each valid', () => {
    property('normalizePolicy', fc.oneof(storedValue, settingsLike), (raw) => {
      const policy = normalizePolicy(raw);
      expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
      for (const key of Object.keys(policy))
        expect(['checks', 'rangeApiUrl', 'pausedSites']).toContain(key);
      for (const [id, on] of Object.entries(policy.checks)) {
        expect(CHECK_IDS).toContain(id);
        expect(typeof on).toBe('boolean');
      }
      if ('rangeApiUrl' in policy) expect(isAcceptableRangeApiUrl(policy.rangeApiUrl)).toBe(true);
      if ('pausedSites' in policy)
        expect(policy.pausedSites!.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
      expect(normalizePolicy(policy)).toEqual(policy);
      survivesJson(policy);
    });
  });
});

describe('normalizeProgress', () => {
  test('any stored value: the full shape, idempotent', () => {
    property('normalizeProgress', fc.oneof(storedValue, progressLike), (raw) => {
      const progress = normalizeProgress(raw);
      expectProgressShape(progress);
      expect(normalizeProgress(progress)).toEqual(progress);
    });
  });

  test('valid entries survive junk entries beside them', () => {
    const day = fc
      .date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const mixed = fc.tuple(
      fc.dictionary(fc.constantFrom(...LESSON_IDS), day),
      fc.dictionary(fc.string({ maxLength: 8 }), storedValue, { maxKeys: 5 }),
    );
    property('normalizeProgress half-valid', mixed, ([seen, junk]) => {
      // Valid lesson entries are written last so junk never overwrites them.
      const progress = normalizeProgress({ seen: { ...junk, ...seen }, answers: junk });
      expect(progress.seen).toEqual(seen);
    });
  });
});

describe('sanitizeFindings', () => {
  const CHECKS: readonly string[] = CHECK_IDS;
  const FIELDS = ['check', 'severity', 'form', 'message', 'kinds', 'lesson', 'code'];

  test('any message payload: at most 200 findings, each the contract’s shape, bounded', () => {
    const payload = fc.oneof(storedValue, fc.array(storedValue, { maxLength: 30 }), findingsLike);
    property('sanitizeFindings', payload, (raw) => {
      const findings = sanitizeFindings(raw);
      expect(Array.isArray(findings)).toBe(true);
      expect(findings.length).toBeLessThanOrEqual(200);
      for (const f of findings) {
        for (const key of Object.keys(f)) expect(FIELDS).toContain(key);
        expect(CHECKS).toContain(f.check);
        expect(['info', 'warning', 'danger']).toContain(f.severity);
        expect(f.form === null || (Number.isInteger(f.form) && f.form >= 0)).toBe(true);
        expect(typeof f.message === 'string' && f.message.length <= 500).toBe(true);
        if (f.kinds) {
          expect(f.kinds.length).toBeLessThanOrEqual(30);
          expect(f.kinds.every((k) => typeof k === 'string' && k.length <= 40)).toBe(true);
        }
        if (f.lesson !== undefined) expect(f.lesson.length).toBeLessThanOrEqual(60);
        if (f.code !== undefined) expect(f.code.length).toBeLessThanOrEqual(60);
      }
      expect(sanitizeFindings(findings)).toEqual(findings);
      survivesJson(findings);
    });
  });

  test('a flood is cut', () => {
    // One shared message and kinds array, so the test itself stays small in memory.
    const message = 'x'.repeat(10_000);
    const kinds = Array.from({ length: 1000 }, () => 'email');
    const flood = Array.from({ length: 100_000 }, (_, form) => ({
      check: 'insecure-form',
      severity: 'danger',
      form,
      message,
      kinds,
    }));
    const findings = sanitizeFindings(flood);
    expect(findings).toHaveLength(200);
    expect(findings[0]!.message).toHaveLength(500);
    expect(findings[0]!.kinds).toHaveLength(30);
  });
});
