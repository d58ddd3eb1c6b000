/** @module Rate limits for work triggered by the page: the page decides how often it mutates,
 * we decide how often we look. */

/** Runs `fn` at most once per `ms`, always once more after the last call (trailing edge). */
export function throttle(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const run = () => {
    timer = undefined;
    last = Date.now();
    fn();
  };
  const throttled = () => {
    if (timer !== undefined) return;
    timer = setTimeout(run, Math.max(0, last + ms - Date.now()));
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
