import { raterRows } from './scripts/bench/rater';
import { renderTable } from './scripts/bench/table';
console.log(renderTable(raterRows()));
