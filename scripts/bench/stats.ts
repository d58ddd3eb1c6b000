/** @module Small statistics for benchmark samples. */

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

/** Runs `fn` repeatedly for about `ms` and returns calls per second. */
export function throughput(fn: (i: number) => void, ms = 1_000): number {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) fn(calls++);
  return calls / ((performance.now() - start) / 1000);
}

export function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
