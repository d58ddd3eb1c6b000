import { describe, expect, test } from 'vitest';
import type { TabReport } from '@/utils/messaging';
import { underSettings } from '@/utils/report-settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-model';

const finding = (check: TabReport['findings'][number]['check'], origin?: string) => ({
  check,
  severity: 'info' as const,
  form: 0,
  kinds: ['password'],
  message: '',
  ...(origin ? { origin } : {}),
});

const report: TabReport = {
  url: 'https://shop.example',
  findings: [
    finding('password-field'),
    finding('oversized-form'),
    finding('password-field', 'https://pay.example'),
  ],
};

const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe("a tab's report under the settings of now", () => {
  test('unchanged when every check is on and nothing is paused', () => {
    expect(underSettings(report, DEFAULT_SETTINGS)).toBe(report);
  });

  test('a check turned off since the page was judged leaves the report', () => {
    const off = settings({ checks: { ...DEFAULT_SETTINGS.checks, 'password-field': false } });
    expect(underSettings(report, off).findings.map((f) => f.check)).toEqual(['oversized-form']);
    expect(underSettings(report, off).url).toBe(report.url);
  });

  test("a paused site's findings leave it, a frame of another site keeps its own", () => {
    const paused = underSettings(report, settings({ pausedSites: ['shop.example'] }));
    expect(paused.findings).toEqual([finding('password-field', 'https://pay.example')]);
    const framePaused = underSettings(report, settings({ pausedSites: ['pay.example'] }));
    expect(framePaused.findings.map((f) => f.origin ?? 'top')).toEqual(['top', 'top']);
  });

  test('an incomplete report stays incomplete; an empty one stays empty', () => {
    const incomplete = { ...report, incomplete: true as const };
    const off = settings({ checks: { ...DEFAULT_SETTINGS.checks, 'oversized-form': false } });
    expect(underSettings(incomplete, off).incomplete).toBe(true);
    expect(underSettings({ url: null, findings: [] }, off)).toEqual({ url: null, findings: [] });
  });
});
