/** @module Page helpers that work the same through Playwright and Puppeteer: waiting for a
 * condition in the page, and a real reload (a new document, not a hash change). */
import type { PageDriver } from './types';

/** What a successful poll returns: never null, undefined, false, 0 or ''. */
type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn(arg)` in the page until it returns something truthy, and returns that. Errors while
 * the page navigates count as "not yet". */
export async function waitForValue<T, A = undefined>(
  page: PageDriver,
  fn: (arg: A) => T | Promise<T>,
  arg?: A,
  { timeout = 15_000, what = 'condition' }: { timeout?: number; what?: string } = {},
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(fn, arg as A);
      if (last) return last as Truthy<T>;
    } catch (error) {
      last = error;
    }
    await pause(100);
  }
  throw new Error(`timed out waiting for ${what}; last: ${String(last)}`);
}

/** Reloads the page and waits for the new document. A marker on `window` tells the old document
 * from the new one, because Firefox never reports extension pages as loaded. */
export async function reload(page: PageDriver): Promise<void> {
  await page.evaluate(() => {
    (window as { heedfulOldDocument?: boolean }).heedfulOldDocument = true;
    setTimeout(() => location.reload(), 0);
  });
  await waitForValue(
    page,
    () =>
      !(window as { heedfulOldDocument?: boolean }).heedfulOldDocument &&
      document.readyState === 'complete',
    undefined,
    { what: 'the reloaded page' },
  );
}
