/** @module The bench prints one Markdown table: each figure beside its baseline and the ratio,
 * because ratios survive noisy machines better than absolute numbers. */

export interface Row {
  group: string;
  metric: string;
  value: number;
  baseline: number | null;
  baselineLabel: string;
  unit: string;
  /** What "good" means, e.g. "goal: 1". */
  note?: string;
}

const fmt = (n: number, unit: string) =>
  Number.isFinite(n)
    ? `${n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(n >= 10 ? 1 : 2)} ${unit}`
    : 'n/a';

export function renderTable(rows: Row[]): string {
  const lines = [
    '| group | metric | Heedful | baseline | ratio | note |',
    '| --- | --- | ---: | --- | ---: | --- |',
  ];
  for (const r of rows) {
    const ratio = r.baseline ? (r.value / r.baseline).toFixed(2) + '×' : '—';
    const baseline = r.baseline === null ? '—' : `${fmt(r.baseline, r.unit)} (${r.baselineLabel})`;
    lines.push(
      `| ${r.group} | ${r.metric} | ${fmt(r.value, r.unit)} | ${baseline} | ${ratio} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}
