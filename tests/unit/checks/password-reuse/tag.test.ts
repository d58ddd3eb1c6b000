import { describe, expect, test } from 'vitest';
import {
  newSalt,
  passwordTag,
  SCRYPT_PARAMS,
  sitesSharing,
  withSite,
  type SiteTags,
} from '@/utils/checks/password-reuse';

/** The real cost is for people's passwords; the maths of truncation does not depend on it. */
const CHEAP = { ...SCRYPT_PARAMS, N: 16, p: 1 };
const salt = (byte: number) => new Uint8Array(16).fill(byte);

/** A seeded generator, so the measured rate is the same on every run and machine. */
function randomPasswords(count: number, seed: number): string[] {
  let x = seed >>> 0;
  const next = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0), x);
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!?-_';
  return Array.from({ length: count }, () =>
    Array.from({ length: 14 }, () => alphabet[next() % alphabet.length]).join(''),
  );
}

describe('passwordTag (real cost)', () => {
  const one = newSalt();
  test('the same password gives the same 24-bit tag and its length', () => {
    const a = passwordTag('correct horse battery', one);
    expect(passwordTag('correct horse battery', one)).toEqual(a);
    expect(a.length).toBe(21);
    expect(Number.isInteger(a.tag) && a.tag >= 0 && a.tag < 2 ** 24).toBe(true);
  });

  test('another install (salt) gives another tag for the same password', () => {
    const other = newSalt();
    expect([...other]).not.toEqual([...one]);
    expect(passwordTag('correct horse battery', other).tag).not.toBe(
      passwordTag('correct horse battery', one).tag,
    );
  });

  test('a salt is 128 random bits', () => {
    const salts = new Set(Array.from({ length: 50 }, () => newSalt().join(',')));
    expect(salts.size).toBe(50);
    expect(newSalt()).toHaveLength(16);
  });

  test('length counts characters as people see them, and NFC folds composed forms', () => {
    expect(passwordTag('🔑🔑ñ', one).length).toBe(3);
    expect(passwordTag('n\u0303', one, CHEAP).tag).toBe(passwordTag('ñ', one, CHEAP).tag);
  });
});

describe('false alarms', () => {
  test('tags of different random passwords collide about once in 2^24 comparisons', () => {
    const tags = randomPasswords(20_000, 7).map((p) => passwordTag(p, salt(1), CHEAP).tag);
    const seen = new Map<number, number>();
    for (const tag of tags) seen.set(tag, (seen.get(tag) ?? 0) + 1);
    let pairs = 0;
    for (const n of seen.values()) pairs += (n * (n - 1)) / 2;
    const comparisons = (tags.length * (tags.length - 1)) / 2;
    const rate = pairs / comparisons;
    // Expected: 2e8 comparisons / 2^24 ≈ 11.9 colliding pairs (Poisson). Between 2 and 30 means
    // the 24 bits are really there: 16 bits would give ~3000 pairs, 32 bits ~0.
    expect(pairs).toBeGreaterThanOrEqual(2);
    expect(pairs).toBeLessThanOrEqual(30);
    // PRIVACY.md's figure: 200 sites × 30 checks a day for 8 years ≈ one false alarm.
    const falseAlarmsIn8Years = 200 * 30 * 365 * 8 * rate;
    expect(falseAlarmsIn8Years).toBeGreaterThan(0.15);
    expect(falseAlarmsIn8Years).toBeLessThan(2.5);
    expect((200 * 30 * 365 * 8) / 2 ** 24).toBeCloseTo(1.04, 2);
  });

  test('checking random passwords against 200 stored sites raises alarms only at that rate', () => {
    let sites: SiteTags = {};
    randomPasswords(200, 11).forEach((p, i) => {
      sites = withSite(sites, `site${i}.example`, passwordTag(p, salt(2), CHEAP), 0);
    });
    const checks = randomPasswords(5_000, 12);
    let alarms = 0;
    for (const p of checks)
      alarms += sitesSharing(
        sites,
        'here.example',
        passwordTag(p, salt(2), CHEAP),
        () => false,
      ).length;
    // 1e6 comparisons / 2^24 ≈ 0.06 expected; the length must match too.
    expect(alarms).toBeLessThanOrEqual(2);
  });
});
