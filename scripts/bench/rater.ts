/** @module Heedful's rater (zxcvbn-ts + NIST rules) against raw zxcvbn-ts on the same inputs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as en, translations } from '@zxcvbn-ts/language-en';
import { ratePassword } from '../../utils/checks/password-strength/rate';
import { median, timeOnce } from './stats';
import type { Row } from './table';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpora/passwords/top-10000.txt');

export function raterRows(): Row[] {
  const raw = new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...common, ...en },
  });
  const leaked = readFileSync(CORPUS, 'utf8').split(/\r?\n/).filter(Boolean).slice(0, 2_000);
  const inputs = [
    ...leaked,
    ...leaked.map((p, i) => `${p}-${i}-${p.split('').reverse().join('')}`),
  ];
  ratePassword('warm up');
  raw.check('warm up');
  const ours = timeOnce(() => inputs.forEach((p) => ratePassword(p)));
  const theirs = timeOnce(() => inputs.forEach((p) => raw.check(p)));
  const huge = 'x7$Kq'.repeat(20_000);
  const oursHuge = median([0, 1, 2].map(() => timeOnce(() => ratePassword(huge))));
  const rawHuge = median([0, 1, 2].map(() => timeOnce(() => raw.check(huge))));
  return [
    {
      group: 'rating',
      metric: `throughput (${inputs.length} passwords)`,
      value: (inputs.length / ours) * 1000,
      baseline: (inputs.length / theirs) * 1000,
      baselineLabel: 'raw zxcvbn-ts',
      unit: 'pw/s',
    },
    {
      group: 'rating',
      metric: '100,000-character input',
      value: oursHuge,
      baseline: rawHuge,
      baselineLabel: 'raw zxcvbn-ts',
      unit: 'ms',
      note: 'cut to 64 characters before zxcvbn',
    },
  ];
}
