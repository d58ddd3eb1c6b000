/** @module Bundle sizes: what every page pays for Heedful (the content script, gzipped), what a
 * frame with a field pays (the engine) and a frame with a notice (the notice UI), against their
 * budgets (`tests/e2e/bundle.test.ts`), and against the alternative of rating passwords inside the
 * page. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Row } from './table';

const ROOT = resolve(import.meta.dirname, '../..');
const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length / 1024;

export async function sizeRows(): Promise<Row[]> {
  const content = gz(readFileSync(resolve(ROOT, '.output/chrome-mv3/sentinel.js')));
  const engine = gz(readFileSync(resolve(ROOT, '.output/chrome-mv3/engine.js')));
  const notices = gz(readFileSync(resolve(ROOT, '.output/chrome-mv3/notices.js')));
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
      metric: 'content script (every frame), gzipped',
      value: content,
      baseline: 12,
      baselineLabel: 'budget',
      unit: 'KiB',
      note: 'must stay ≤ 1.00×',
    },
    {
      group: 'size',
      metric: 'engine (frames with a field), gzipped',
      value: engine,
      baseline: 14,
      baselineLabel: 'budget',
      unit: 'KiB',
      note: 'must stay ≤ 1.00×',
    },
    {
      group: 'size',
      metric: 'notice UI (frames with a notice), gzipped',
      value: notices,
      baseline: 18,
      baselineLabel: 'budget',
      unit: 'KiB',
      note: 'must stay ≤ 1.00×',
    },
    {
      group: 'size',
      metric: 'rating chunk if loaded in-page, gzipped',
      value: inPage,
      baseline: content + engine + notices,
      baselineLabel: 'content script + engine + notice UI',
      unit: 'KiB',
      note: 'why rating runs in the background',
    },
  ];
}
