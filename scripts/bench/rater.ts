/** @module Heedful's rater (zxcvbn-ts + NIST rules + the base-word check) against raw zxcvbn-ts
 * on the same inputs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as en, translations } from '@zxcvbn-ts/language-en';
import { baseWordPattern } from '../../utils/checks/password-strength/base-word';
import { nameCombinations, personWords } from '../../utils/checks/password-strength/context';
import { ratePassword } from '../../utils/checks/password-strength/rate';
import { median, percentile, timeOnce } from './stats';
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
    ...addedWorkRows(inputs, raw),
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

/** What the base-word check adds to each rating (with a person's email and a site name as
 * context, the background's usual case), per password, beside raw zxcvbn-ts on the same one. */
export function addedWorkRows(inputs: string[], raw: ZxcvbnFactory): Row[] {
  const context = {
    person: nameCombinations(personWords('rosalind.franklin42@lab.example')),
    site: ['examplebank', 'example', 'bank'],
  };
  baseWordPattern('warm up: the word index is built once', context);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const p of inputs) {
    ours.push(timeOnce(() => baseWordPattern(p, context)));
    theirs.push(timeOnce(() => raw.check(p)));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [
    {
      group: 'rating',
      metric: 'base-word check added, mean per password',
      value: mean(ours),
      baseline: mean(theirs),
      baselineLabel: 'raw zxcvbn-ts',
      unit: 'ms',
      note: 'goal: a few ms at most',
    },
    {
      group: 'rating',
      metric: 'base-word check added, p99 per password',
      value: percentile(ours, 99),
      baseline: percentile(theirs, 99),
      baselineLabel: 'raw zxcvbn-ts',
      unit: 'ms',
    },
  ];
}
