/** @module Hostile-size inputs, timed: the figures unit tests used to assert with a wall clock
 * (which failed on busy machines with no regression). The unit tests keep the answers; the
 * times live here, beside the budget each one had. */
import { parseRange } from '../../utils/checks/breached-password/parse';
import { isAcceptableRangeApiUrl } from '../../utils/checks/breached-password/api-url';
import { sanitizeFindings } from '../../utils/findings-guard';
import { normalizeSettings } from '../../utils/settings-model';
import { median, timeOnce } from './stats';
import type { Row } from './table';

const row = (metric: string, ms: number, budget: number): Row => ({
  group: 'hostile input',
  metric,
  value: ms,
  baseline: budget,
  baselineLabel: 'budget',
  unit: 'ms',
  note: 'ratio must stay below 1',
});

const median3 = (fn: () => void) => median([0, 1, 2].map(() => timeOnce(fn)));

export function hostileRows(): Row[] {
  const padding = `${'A'.repeat(35)}:0\r\n`;
  const body = padding.repeat(Math.floor((1024 * 1024) / padding.length));
  const message = 'x'.repeat(10_000);
  const kinds = Array.from({ length: 1000 }, () => 'email');
  const flood = Array.from({ length: 100_000 }, (_, form) => ({
    check: 'insecure-form',
    severity: 'danger',
    form,
    message,
    kinds,
  }));
  const sites = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
  const longUrl = `https://mirror.example/${'a'.repeat(100_000)}/`;
  return [
    row(
      'parse a 1 MiB range body',
      median3(() => parseRange(body)),
      1_000,
    ),
    row(
      'sanitize 100,000 findings',
      median3(() => sanitizeFindings(flood)),
      1_000,
    ),
    row(
      'settings with 100,000 paused sites',
      median3(() => normalizeSettings({ pausedSites: sites })),
      3_000,
    ),
    row(
      'validate a 100 kB range URL',
      median3(() => isAcceptableRangeApiUrl(longUrl)),
      50,
    ),
  ];
}
