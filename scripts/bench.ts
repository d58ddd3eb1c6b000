/** @module `npm run bench`: every performance figure beside its baseline, in one run.
 * `npm run bench -- page-load` (or `sizes rater browser forms`) runs only those groups. */
import { browserRows } from './bench/browser';
import { formRows } from './bench/forms';
import { pageLoadRows } from './bench/page-load';
import { raterRows } from './bench/rater';
import { sizeRows } from './bench/sizes';
import { renderTable, type Row } from './bench/table';

const GROUPS: Record<string, () => Row[] | Promise<Row[]>> = {
  sizes: sizeRows,
  rater: raterRows,
  browser: browserRows,
  'page-load': pageLoadRows,
  forms: formRows,
};
const wanted = process.argv.slice(2).filter((arg) => arg in GROUPS);
const rows: Row[] = [];
for (const [name, run] of Object.entries(GROUPS)) {
  if (wanted.length === 0 || wanted.includes(name)) rows.push(...(await run()));
}
console.log(renderTable(rows));
