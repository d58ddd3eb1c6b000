/** @module Long work written as a generator that pauses now and then (`yield`), run either in
 * one go (the CLI, the demo page, tests) or in short slices between which the page has its
 * turn (a content script: a 10,000-field page must not freeze while it is scanned). */

/** Thrown by work resumed after the page changed what it was walking: start again. */
export class StaleWork extends Error {
  constructor() {
    super('the page changed under the work in progress');
  }
}

/** Runs `steps` to the end, without pausing. */
export function runAll<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Longest run between two pauses, in milliseconds. */
  sliceMs?: number;
  /** Asked after each pause: true abandons the work (a newer run replaced it). */
  cancelled?: () => boolean;
  now?: () => number;
  /** Gives the page its turn. A zero timeout: an idle callback would cost each frame's
   * isolated world its own set-up (~2.5 ms measured in Chromium), and a zero timeout already
   * lets input, rendering and the page's own tasks go first. */
  pause?: () => Promise<void>;
}

/** Work that was abandoned (`SliceOptions.cancelled`). */
export const CANCELLED = Symbol('cancelled');

/** A slice fits in one frame at 60 Hz with room for the page's own work. */
const SLICE_MS = 4;

/** Runs `steps` in slices of about `sliceMs`, pausing between them. Work that stays within one
 * slice finishes in the same task, without a pause. */
export async function runInSlices<T>(
  steps: Generator<unknown, T>,
  options: SliceOptions = {},
): Promise<T | typeof CANCELLED> {
  const {
    sliceMs = SLICE_MS,
    cancelled = () => false,
    now = () => performance.now(),
    pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  } = options;
  let end = now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() < end) continue;
    await pause();
    if (cancelled()) {
      steps.return?.(undefined as never);
      return CANCELLED;
    }
    end = now() + sliceMs;
  }
}

/** `runInSlices`, starting again from `make()` when the work goes stale, at most `tries`
 * times; the last try runs in one go (nothing can change under it). */
export async function runFresh<T>(
  make: () => Generator<unknown, T>,
  options: SliceOptions = {},
  tries = 3,
): Promise<T | typeof CANCELLED> {
  for (let attempt = 1; attempt < tries; attempt++) {
    try {
      return await runInSlices(make(), options);
    } catch (error) {
      if (!(error instanceof StaleWork)) throw error;
    }
  }
  return runAll(make());
}
