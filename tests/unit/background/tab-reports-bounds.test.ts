import { describe, expect, test } from 'vitest';
import {
  memorySessionStore,
  type SessionStore,
} from '@/utils/checks/breached-password/session-store';
import type { Finding } from '@/utils/checks/findings';
import { translatorFor } from '@/utils/i18n-catalog';
import { createTabReports, MAX_FRAMES, MAX_TAB_BYTES } from '@/utils/tab-reports';
import { loadCatalog } from '@/scripts/locales';

const t = translatorFor(loadCatalog('en'));

const bad = (form: number): Finding => ({
  check: 'insecure-form',
  severity: 'danger',
  form,
  kinds: ['password', 'email'],
  message: `This form would send your password and email over an unencrypted connection (${form}).`,
  lesson: 'https-encryption',
  code: 'insecure-page',
});
const forty = Array.from({ length: 40 }, (_, i) => bad(i));

/** A session store that counts bytes like `storage.session` and fails past its quota. */
function quotaStore(quota: number): SessionStore & { bytes(): number } {
  const items = new Map<string, string>();
  const bytes = () => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    get: async (k) => (items.has(k) ? JSON.parse(items.get(k)!) : undefined),
    set: async (next) => {
      const copy = new Map(items);
      for (const [k, v] of Object.entries(next)) copy.set(k, JSON.stringify(v));
      if ([...copy].reduce((sum, [k, v]) => sum + k.length + v.length, 0) > quota)
        throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of copy) items.set(k, v);
    },
    remove: async (keys) => {
      for (const k of keys) items.delete(k);
    },
    bytes,
  };
}

describe('tab reports a hostile page cannot blow up', () => {
  test('200 frames × 40 bad forms stay under the per-tab budget and say they are incomplete', async () => {
    const session = quotaStore(10 * 1024 * 1024);
    const reports = createTabReports(session, { t });
    await reports.record(1, 0, { url: 'https://top.example/a?q=1#x', findings: [bad(0)] });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        reports.record(1, i + 1, { url: `https://f${i}.example/p`, findings: forty }),
      ),
    );
    expect(session.bytes()).toBeLessThanOrEqual(MAX_TAB_BYTES + 100);
    const report = await reports.get(1);
    expect(report.url).toBe('https://top.example');
    expect(report.incomplete).toBe(true);
    // The top frame's finding is always kept, and no more frames than the cap.
    expect(report.findings.some((f) => f.origin === undefined)).toBe(true);
    expect(new Set(report.findings.map((f) => f.origin)).size).toBeLessThanOrEqual(MAX_FRAMES);
  });

  test('a write queued before the tab closed does not bring its report back', async () => {
    const session = memorySessionStore();
    const reports = createTabReports(session, { t });
    const late = reports.record(7, 0, { url: 'https://a.example/', findings: [bad(0)] });
    const closing = reports.close(7);
    const later = reports.record(7, 3, { url: 'https://a.example/', findings: [bad(1)] });
    await Promise.all([late, closing, later]);
    expect(await session.get('tab:7')).toBeUndefined();
    expect((await reports.get(7)).findings).toEqual([]);
    // A new background (worker restart) still honours the tombstone.
    await createTabReports(session, { t }).record(7, 0, {
      url: 'https://a.example/',
      findings: [bad(2)],
    });
    expect(await session.get('tab:7')).toBeUndefined();
  });

  test('a full quota never reads back as an all-clear', async () => {
    const session = quotaStore(3_000);
    const reports = createTabReports(session, { t });
    await reports.record(1, 0, { url: 'https://a.example/', findings: [bad(0)] });
    const merged = await reports.record(2, 0, { url: 'https://b.example/', findings: forty });
    expect(merged.incomplete).toBe(true);
    const again = await createTabReports(session, { t }).get(2);
    expect(again.incomplete).toBe(true);
    expect((await reports.get(1)).findings).toHaveLength(1);
  });

  test('a stored finding is a few dozen bytes: 40 fit in a frame many times over', async () => {
    const session = quotaStore(1_000_000);
    await createTabReports(session, { t }).record(3, 0, {
      url: 'https://a.example/',
      findings: forty,
    });
    // The sentence alone is 150 bytes; its codes, with the form index, take under 100.
    const sentence = (await createTabReports(session, { t }).get(3)).findings[0]!.message;
    expect(sentence.length).toBeGreaterThan(140);
    expect(session.bytes() / forty.length).toBeLessThan(100);
    expect((await createTabReports(session, { t }).get(3)).findings).toHaveLength(40);
  });

  test('a frame with nothing to report writes nothing', async () => {
    const session = quotaStore(1_000_000);
    const reports = createTabReports(session, { t });
    for (let i = 1; i <= 50; i++)
      await reports.record(4, i, { url: 'https://a.example/', findings: [] });
    expect(session.bytes()).toBe(0);
    // The top frame is the exception: it names the page, findings or not.
    await reports.record(4, 0, { url: 'https://a.example/x', findings: [] });
    expect((await reports.get(4)).url).toBe('https://a.example');
  });
});
