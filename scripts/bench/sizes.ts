/** @module Bundle sizes: what every page pays for Heedful (the content script, gzipped) against
 * the budget, and against the alternative of rating passwords inside the page. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Row } from './table';

const ROOT = resolve(import.meta.dirname, '../..');
const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length / 1024;

export async function sizeRows(): Promise<Row[]> {
  const content = gz(readFileSync(resolve(ROOT, '.output/chrome-mv3/content-scripts/content.js')));
  // The alternative design: zxcvbn-ts and its dictionaries loaded into the page on first focus.
  const rater = await build({
    entryPoints: [resolve(ROOT, 'utils/checks/password-strength/rate.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const inPage = gz(rater.outputFiles[0]!.contents);
  return [
    {
      group: 'size',
      metric: 'content script, gzipped',
      value: content,
      baseline: 20,
      baselineLabel: 'budget',
      unit: 'KiB',
      note: 'must stay ≤ 1.00×',
    },
    {
      group: 'size',
      metric: 'rating chunk if loaded in-page, gzipped',
      value: inPage,
      baseline: content,
      baselineLabel: 'content script',
      unit: 'KiB',
      note: 'why rating runs in the background',
    },
  ];
}
