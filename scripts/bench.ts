/** @module `npm run bench`: every performance figure beside its baseline, in one run. */
import { browserRows } from './bench/browser';
import { formRows } from './bench/forms';
import { hostileRows } from './bench/hostile';
import { mfaRows } from './bench/mfa';
import { raterRows } from './bench/rater';
import { reuseRows } from './bench/reuse';
import { sizeRows } from './bench/sizes';
import { renderTable, type Row } from './bench/table';

const rows: Row[] = [];
rows.push(...(await sizeRows()));
rows.push(...raterRows());
rows.push(...hostileRows());
rows.push(...(await browserRows()));
rows.push(...(await formRows()));
rows.push(...mfaRows());
rows.push(...(await reuseRows()));
console.log(renderTable(rows));
