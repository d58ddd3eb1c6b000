/** @module Takes turns between tabs for work that blocks the background (rating a password is
 * synchronous and can take a second). Each tab has its own lane; lanes are served round-robin,
 * one job at a time, with a macrotask between jobs so new messages join their lanes. A busy tab
 * therefore delays another tab by at most one job, however much it asks, and a lane that is
 * already full is refused rather than queued without end. Works the same in Chrome's service
 * worker and Firefox's background page: it is plain JavaScript, no offscreen document. */

export class QueueFullError extends Error {
  constructor() {
    super('busy');
  }
}

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export interface FairQueue {
  run<T>(lane: string, work: () => T): Promise<T>;
  /** Jobs waiting, all lanes together (for tests). */
  readonly size: number;
}

export function createFairQueue(maxPerLane = 8): FairQueue {
  const lanes = new Map<string, Job[]>();
  /** Lanes with work, in the order they are served next. */
  const turns: string[] = [];
  let scheduled = false;
  let size = 0;

  const step = () => {
    scheduled = false;
    const lane = turns.shift();
    if (lane === undefined) return;
    const jobs = lanes.get(lane)!;
    const job = jobs.shift()!;
    size--;
    if (jobs.length) turns.push(lane);
    else lanes.delete(lane);
    try {
      job.resolve(job.work());
    } catch (error) {
      job.reject(error);
    }
    schedule();
  };
  const schedule = () => {
    if (scheduled || !turns.length) return;
    scheduled = true;
    // A macrotask, not a microtask: messages that arrived meanwhile get to join their lanes.
    setTimeout(step, 0);
  };

  return {
    run<T>(lane: string, work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let jobs = lanes.get(lane);
        if (jobs && jobs.length >= maxPerLane) return reject(new QueueFullError());
        if (!jobs) {
          lanes.set(lane, (jobs = []));
          turns.push(lane);
        }
        jobs.push({ work, resolve: resolve as (value: unknown) => void, reject });
        size++;
        schedule();
      });
    },
    get size() {
      return size;
    },
  };
}
