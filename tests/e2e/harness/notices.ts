/** @module Reading Heedful's notices from a page, as assistive tech and outside checks would:
 * `heedful-notice` hosts with open shadow roots and `data-*` attributes. */
import type { NoticeInfo, PageDriver } from './types';

export function readNotices(page: PageDriver, frame?: string): Promise<NoticeInfo[]> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('heedful-notice')].map((host) => {
        const el = host as HTMLElement;
        const rect = el.getBoundingClientRect();
        return {
          check: el.dataset.check ?? '',
          state: el.dataset.state ?? '',
          kinds: el.dataset.kinds ?? '',
          role: el.shadowRoot?.querySelector('[role]')?.getAttribute('role') ?? null,
          text: el.shadowRoot?.querySelector('body')?.textContent ?? '',
          rect: { top: rect.top, left: rect.left, width: rect.width, height: rect.height },
        };
      }),
    undefined,
    frame,
  );
}

/** Waits until a notice of `check` (in `state`, if given) is on the page, its text in (the live
 * region is drawn empty first, then filled: see components/notices/NoticeFrame.tsx). */
export async function waitForNotice(
  page: PageDriver,
  check: string,
  options: { state?: string; frame?: string; timeout?: number } = {},
): Promise<NoticeInfo> {
  const deadline = Date.now() + (options.timeout ?? 10_000);
  let seen: NoticeInfo[] = [];
  while (Date.now() < deadline) {
    seen = await readNotices(page, options.frame);
    const hit = seen.find(
      (n) => n.check === check && (!options.state || n.state === options.state) && !!n.text.trim(),
    );
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `no ${check} notice${options.state ? ` in state ${options.state}` : ''}; saw ${JSON.stringify(seen.map((n) => `${n.check}:${n.state}`))}`,
  );
}

/** Asserts that for `ms` no notice of `check` shows up. */
export async function expectNoNotice(
  page: PageDriver,
  check: string,
  ms = 2_000,
  frame?: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = (await readNotices(page, frame)).find((n) => n.check === check);
    if (found) throw new Error(`unexpected ${check} notice (${found.state}): ${found.text}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
