/** @module `npm run bench`: every performance figure beside its baseline, in one run. */
import { browserRows } from './bench/browser';
import { formRows } from './bench/forms';
import { raterRows } from './bench/rater';
import { reuseRows } from './bench/reuse';
import { sizeRows } from './bench/sizes';
import { renderTable, type Row } from './bench/table';

const rows: Row[] = [];
rows.push(...(await sizeRows()));
rows.push(...raterRows());
rows.push(...(await browserRows()));
rows.push(...(await formRows()));
rows.push(...(await reuseRows()));
console.log(renderTable(rows));
