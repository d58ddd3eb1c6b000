import { describe, expect, test } from 'vitest';
import { CANCELLED, runAll, runFresh, runInSlices, StaleWork } from '@/utils/slices';

/** Work of `n` steps that logs each step, and what the page did in between. */
function* counted(n: number, log: string[]): Generator<void, number> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n;
}

/** A clock that moves 1 ms each time it is read. */
function ticking() {
  let t = 0;
  return () => t++;
}

describe('work in slices', () => {
  test('runAll runs to the end without pausing', () => {
    const log: string[] = [];
    expect(runAll(counted(3, log))).toBe(3);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  test('the page gets its turn between slices, not within one', async () => {
    const log: string[] = [];
    const pause = async () => void log.push('page');
    // The clock moves 1 ms a read; a step reads it once: slices of 2 ms hold two steps.
    const result = await runInSlices(counted(5, log), { sliceMs: 2, now: ticking(), pause });
    expect(result).toBe(5);
    expect(log).toEqual(['step 0', 'step 1', 'page', 'step 2', 'step 3', 'page', 'step 4']);
  });

  test('work that fits in one slice finishes in the same task', async () => {
    const log: string[] = [];
    let paused = 0;
    const done = runInSlices(counted(50, log), {
      now: () => 0,
      pause: async () => void paused++,
    });
    // Already finished before anything else could run.
    expect(log).toHaveLength(50);
    expect(await done).toBe(50);
    expect(paused).toBe(0);
  });

  test('a real pause lets timers queued before it run first', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('timer'), 0);
    await runInSlices(counted(3, log), { sliceMs: 0 });
    expect(log.indexOf('timer')).toBeGreaterThan(0);
    expect(log.indexOf('timer')).toBeLessThan(log.length - 1);
  });

  test('cancelled work stops at the next pause and runs its cleanup', async () => {
    const log: string[] = [];
    function* work(): Generator<void, string> {
      try {
        for (let i = 0; ; i++) {
          log.push(`step ${i}`);
          yield;
        }
      } finally {
        log.push('cleanup');
      }
    }
    let cancel = false;
    const result = await runInSlices(work(), {
      sliceMs: 0,
      now: () => 0,
      pause: async () => void (cancel = log.length >= 3),
      cancelled: () => cancel,
    });
    expect(result).toBe(CANCELLED);
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'cleanup']);
  });

  test('stale work starts again; the last try runs in one go', async () => {
    let tries = 0;
    function* flaky(): Generator<void, string> {
      tries++;
      yield;
      // Stale whenever resumed after a pause.
      throw new StaleWork();
    }
    function* make(): Generator<void, string> {
      if (tries < 2) return yield* flaky();
      tries++;
      yield;
      return 'done';
    }
    const result = await runFresh(make, { sliceMs: 0, now: () => 0, pause: async () => {} });
    expect(result).toBe('done');
    expect(tries).toBe(3);
  });

  test('other errors are not swallowed', async () => {
    function* broken(): Generator<void, string> {
      yield;
      throw new TypeError('boom');
    }
    await expect(runFresh(broken, { sliceMs: 0, pause: async () => {} })).rejects.toThrow('boom');
  });
});
