/** @module `npm run bench`: every performance figure beside its baseline, in one run.
 * `npm run bench -- page-load` (or any of the group names below) runs only those groups. */
import { browserRows } from './bench/browser';
import { formRows } from './bench/forms';
import { hostileRows } from './bench/hostile';
import { mfaRows } from './bench/mfa';
import { pageLoadRows } from './bench/page-load';
import { raterRows } from './bench/rater';
import { reuseRows } from './bench/reuse';
import { sizeRows } from './bench/sizes';
import { sliceRows } from './bench/slices';
import { renderTable, type Row } from './bench/table';

const GROUPS: Record<string, () => Row[] | Promise<Row[]>> = {
  sizes: sizeRows,
  rater: raterRows,
  hostile: hostileRows,
  browser: browserRows,
  'page-load': pageLoadRows,
  slices: sliceRows,
  forms: formRows,
  mfa: mfaRows,
  reuse: reuseRows,
};
const wanted = process.argv.slice(2).filter((arg) => arg in GROUPS);
const rows: Row[] = [];
for (const [name, run] of Object.entries(GROUPS)) {
  if (wanted.length === 0 || wanted.includes(name)) rows.push(...(await run()));
}
console.log(renderTable(rows));
