/** @module Random stored values for the robustness properties: JSON as storage hands it back,
 * biased toward the keys our normalizers read (so the fuzz reaches past the first type check),
 * plus prototype-pollution keys, built so they end up as *own* properties, as `JSON.parse` and
 * structured clone make them. */
import fc from 'fast-check';
import { LESSON_IDS } from '@/utils/lessons';
import { CHECK_IDS } from '@/utils/settings-model';

export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Names the settings, progress and findings code looks up. */
const KNOWN_KEYS = [
  ...CHECK_IDS,
  ...LESSON_IDS,
  'checks',
  'rangeApiUrl',
  'pausedSites',
  'seen',
  'answers',
  'streak',
  'lastDay',
  'count',
  'best',
  'choice',
  'correct',
  'check',
  'severity',
  'form',
  'kinds',
  'message',
  'lesson',
  'code',
];

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Strings that are almost, or exactly, what the code accepts. */
const nearValidString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'https://api.pwnedpasswords.com/range/',
    'http://127.0.0.1:8080/range/',
    'http://evil.example/range/',
    'javascript:alert(1)',
    '2026-01-02',
    '2026-02-30',
    'example.com',
    'warning',
    'danger',
    'info',
    ...CHECK_IDS,
    ...LESSON_IDS,
  ),
  fc.domain(),
);

const leaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  nearValidString,
);

/** A JSON value (no `undefined`, no NaN, no exotic objects) with objects built from entries,
 * so a key `__proto__` is a real own key and not a prototype change. */
export const storedJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 6 }),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 6 })
      .map((entries) => Object.fromEntries(entries)),
  ),
})).value;

/** Anything a buggy extension, a hand edit or structured clone could leave behind. */
export const storedAnything: fc.Arbitrary<unknown> = fc.anything({
  key,
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Either kind of input, plus a JSON round trip of it (what a real storage area returns). */
export const storedValue: fc.Arbitrary<unknown> = fc.oneof(
  storedJson,
  storedJson.map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  storedAnything,
);

/** Whether a run polluted `Object.prototype` (a normalizer writing through `__proto__`). */
export function prototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    Object.keys(Object.prototype).length === 0 &&
    Object.keys(Array.prototype).length === 0 &&
    KNOWN_KEYS.every((k) => probe[k] === undefined)
  );
}

/** An object from entries, so hostile keys stay own keys; some keys valid, some not. */
function objectOf(keys: fc.Arbitrary<string>, values: fc.Arbitrary<unknown>) {
  return fc
    .array(fc.tuple(fc.oneof(keys, key), values), { maxLength: 8 })
    .map((entries) => Object.fromEntries(entries) as Record<string, unknown>);
}
/** Each field either plausible or junk, each field maybe missing. */
function shaped(fields: Record<string, fc.Arbitrary<unknown>>) {
  return fc.record(
    Object.fromEntries(
      Object.entries(fields).map(([name, valid]) => [name, fc.oneof(valid, valid, storedJson)]),
    ),
    { requiredKeys: [] },
  );
}

const dayish = fc.oneof(
  fc
    .date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  nearValidString,
);
const smallInt = fc.oneof(fc.integer({ min: -3, max: 8 }), fc.integer({ min: -1e6, max: 1e6 }));

/** Settings-shaped values: the fuzz reaches the per-check and per-site code. */
export const settingsLike = shaped({
  checks: objectOf(fc.constantFrom(...CHECK_IDS), fc.oneof(fc.boolean(), leaf)),
  rangeApiUrl: nearValidString,
  pausedSites: fc.array(fc.oneof(fc.domain(), nearValidString, leaf), { maxLength: 20 }),
});

/** Progress-shaped values: valid lessons, days, quiz choices and streaks turn up often. */
export const progressLike = shaped({
  seen: objectOf(fc.constantFrom(...LESSON_IDS), dayish),
  answers: objectOf(
    fc.constantFrom(...LESSON_IDS),
    shaped({ choice: smallInt, correct: fc.boolean() }),
  ),
  streak: shaped({ lastDay: dayish, count: smallInt, best: smallInt }),
});

/** Finding-shaped lists, with over-long strings and lists to cut. */
export const findingsLike = fc.array(
  shaped({
    check: fc.constantFrom(...CHECK_IDS, 'bogus'),
    severity: fc.constantFrom('info', 'warning', 'danger', 'fatal'),
    form: smallInt,
    message: fc.string({ maxLength: 700 }),
    kinds: fc.array(fc.oneof(fc.string({ maxLength: 60 }), leaf), { maxLength: 40 }),
    lesson: fc.string({ maxLength: 80 }),
    code: fc.string({ maxLength: 80 }),
  }),
  { maxLength: 12 },
);
