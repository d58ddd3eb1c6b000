/** Hostile pages: built-ins rewritten before Heedful runs, styles and scripts that hide or delete
 * notices, a mutation flood, and a page forging Heedful's messages. Each page is one fixture under
 * tests/fixtures/pages; each scenario becomes a row of the reliability table printed at the end. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  withBrowser,
  openTab,
  readNotices,
  reliabilityTable,
  runtimeId,
  tabIds,
  tabReport,
  waitForNotice,
  waitForValue,
  type PageDriver,
} from './harness';

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex').toUpperCase();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const table = reliabilityTable('Reliability: hostile pages');

/** Everything about a notice host that decides whether a person can read it. */
interface Readability {
  width: number;
  height: number;
  display: string;
  visibility: string;
  opacity: string;
  onTop: boolean;
  fontSize: number;
  color: string;
  problems: string[];
}

function readability(page: PageDriver): Promise<Readability[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('heedful-notice')].map((host) => {
      const style = getComputedStyle(host);
      const rect = host.getBoundingClientRect();
      const inner = host.shadowRoot?.querySelector('.notice') ?? null;
      const innerStyle = inner ? getComputedStyle(inner) : null;
      // Scrolled into view first, the centre of the notice must be the notice, not the page.
      host.scrollIntoView({ block: 'center' });
      const now = host.getBoundingClientRect();
      const hit = document.elementFromPoint(now.left + now.width / 2, now.top + now.height / 2);
      const problems: string[] = [];
      const check = (name: string, value: string, ok: (v: string) => boolean) => {
        if (!ok(value)) problems.push(`${name}: ${value}`);
      };
      check('clip-path', style.clipPath, (v) => v === 'none');
      check('filter', style.filter, (v) => v === 'none');
      check('transform', style.transform, (v) => v === 'none');
      check('content-visibility', style.getPropertyValue('content-visibility') || 'visible', (v) =>
        ['visible', ''].includes(v),
      );
      check('mask-image', style.maskImage || 'none', (v) => v === 'none');
      check('zoom', style.getPropertyValue('zoom') || '1', (v) => Number(v) === 1);
      return {
        width: rect.width,
        height: rect.height,
        display: style.display,
        visibility: style.visibility,
        opacity: style.opacity,
        onTop: hit === host,
        fontSize: innerStyle ? parseFloat(innerStyle.fontSize) : 0,
        color: innerStyle?.color ?? '',
        problems,
      };
    }),
  );
}

function expectReadable(all: Readability[]): void {
  expect(all.length).toBeGreaterThan(0);
  for (const r of all) {
    expect(r.width).toBeGreaterThan(100);
    expect(r.height).toBeGreaterThan(20);
    expect(r.display).not.toBe('none');
    expect(r.visibility).toBe('visible');
    expect(r.opacity).toBe('1');
    expect(r.fontSize).toBeGreaterThanOrEqual(10);
    expect(r.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(r.problems).toEqual([]);
    expect(r.onTop).toBe(true);
  }
}

/** The page's own button still works and its own text is its own. */
async function expectPageIntact(page: PageDriver): Promise<void> {
  await page.evaluate(() => document.getElementById('own-button')!.click());
  expect(await page.evaluate(() => document.getElementById('own')!.textContent)).toBe('clicked 1');
}

describe.each(BROWSERS)('hostile pages in %s', (name) => {
  const { browser, pages, range } = withBrowser(name, { range: { breached: {} } });
  /** WXT's per-extension event names, which a page can compute from the public extension id. */
  let wxtEvents: string[];

  beforeAll(async () => {
    const id = await runtimeId(browser);
    wxtEvents = [`${id}:content:wxt:content-script-started`, `${id}:content:wxt:locationchange`];
  });
  afterAll(() => table.print());

  async function typeWeak(path: string, password: string): Promise<PageDriver> {
    const page = await browser.newPage();
    await page.goto(pages.url(path));
    await page.focus(`document.getElementById('pw')`);
    await page.type(password);
    // Every key arrived: a wrong rating later is Heedful's doing, not a dropped key press.
    expect(
      await page.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value),
    ).toBe(password);
    return page;
  }

  test('rewritten built-ins: Heedful works, throws nothing, and hands the page no password', async () => {
    const password = 'sunshine1986';
    await table.record(
      'page rewrites value/addEventListener/MutationObserver/JSON/Promise',
      name,
      async () => {
        const page = await browser.newPage();
        await page.goto(pages.url(`hostile-prototypes.html?events=${wxtEvents.join(',')}`));
        await page.focus(`document.getElementById('pw')`);
        await page.type(password);
        await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 15_000 });
        await waitForNotice(page, 'breached-password', { state: 'not-found', timeout: 15_000 });
        await page.press('Tab');
        await pause(1_500);

        const seen = await page.evaluate(() => {
          const w = window as unknown as { hostileLog: string[]; hostileUrls(): string[] };
          const shadows: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll('*'))
              if (el.shadowRoot) {
                shadows.push(el.shadowRoot.innerHTML);
                walk(el.shadowRoot);
              }
          };
          walk(document);
          return {
            log: [...w.hostileLog],
            urls: w.hostileUrls(),
            html: document.documentElement.outerHTML,
            shadows,
            ownLength: (document.getElementById('pw') as HTMLInputElement).value.length,
          };
        });
        // The page can read its own field; everything else it can observe must be free of it.
        expect(seen.ownLength).toBe(password.length);
        expect(seen.shadows.length).toBeGreaterThanOrEqual(2);
        const visible = [...seen.log, ...seen.urls, seen.html, ...seen.shadows].join('\n');
        expect(visible).not.toContain(password);
        expect(visible.toUpperCase()).not.toContain(sha1(password).slice(5));
        // The spies did run (the log is not empty), so "not found" above means something.
        expect(seen.log.some((line) => line.startsWith('added:'))).toBe(true);
        // The page posts nothing itself, so any message would be Heedful announcing itself.
        expect(seen.log.filter((line) => line.startsWith('message:'))).toEqual([]);
        expect(page.problems()).toEqual([]);
        await page.close();
      },
    );
  });

  test('styles aimed at heedful-notice and * do not hide the notice or break the page', async () => {
    await table.record('CSS hides heedful-notice / * with !important', name, async () => {
      const page = await browser.newPage();
      await page.goto(pages.url('hostile-styles.html'));
      const before = await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        children: document.body.childElementCount,
        color: getComputedStyle(document.getElementById('own')!).color,
      }));
      await page.focus(`document.getElementById('pw')`);
      await page.type('password1');
      await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 15_000 });
      await pause(500);
      expectReadable(await readability(page));
      const after = await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        children: document.body.childElementCount,
        color: getComputedStyle(document.getElementById('own')!).color,
      }));
      expect(after).toEqual(before);
      await expectPageIntact(page);
      expect(page.problems()).toEqual([]);
      await page.close();
    });
  });

  test('a page that deletes each new notice a few times: the notice comes back', async () => {
    await table.record('page removes every new notice (5 times)', name, async () => {
      const page = await typeWeak('hostile-remove.html', 'password1');
      await waitForValue(
        page,
        () => (window as unknown as { removals: number }).removals >= 5,
        undefined,
        {
          what: 'the page to remove the notice five times',
        },
      );
      await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 15_000 });
      await pause(500);
      expectReadable(await readability(page));
      await expectPageIntact(page);
      expect(page.problems()).toEqual([]);
      await page.close();
    });
  });

  test('a page that deletes notices forever wins, and stays responsive', async () => {
    await table.record('page removes notices forever (Heedful gives up)', name, async () => {
      const page = await typeWeak('hostile-remove.html?limit=100000', 'password1');
      await waitForValue(page, () => (window as unknown as { removals: number }).removals > 0);
      await pause(2_500);
      const removals = await page.evaluate(
        () => (window as unknown as { removals: number }).removals,
      );
      // Bounded: the restore limit per notice (20) times the few notices one field can have.
      expect(removals).toBeLessThan(100);
      await expectPageIntact(page);
      expect(page.problems()).toEqual([]);
      await page.close();
      return `${removals} removals, then silence`;
    });
  });

  test('a page that moves notices into a hidden box: the notice comes back, readable', async () => {
    await table.record('page moves notices into a display:none box', name, async () => {
      // The first key brings the notice and with it the page's tug of war; the rest is typed
      // once that settles. Typing straight through, Firefox under heavy load dropped a key in
      // ~3 of 10 runs (never reproduced with the machine idle): that is the test driver racing
      // the page's own DOM churn, and it would make this test flaky without testing more.
      const page = await typeWeak('hostile-move.html', 'p');
      await waitForValue(
        page,
        () => (window as unknown as { moves: number }).moves >= 5,
        undefined,
        {
          what: 'the page to move the notice five times',
        },
      );
      await page.type('assword1');
      expect(
        await page.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value),
      ).toBe('password1');
      await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 15_000 });
      await pause(500);
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('heedful-notice')].every(
            (host) => host.parentNode === document.documentElement,
          ),
        ),
      ).toBe(true);
      expectReadable(await readability(page));
      await expectPageIntact(page);
      expect(page.problems()).toEqual([]);
      await page.close();
    });
  });

  test('10,000 mutations a second for 5 s: no jank beyond a frame, memory flat', async () => {
    type Run = { gaps: number[]; mutations: number };
    const measure = (page: PageDriver, ms: number, rate: number) =>
      page.evaluate(
        ([m, r]) =>
          (window as unknown as { measure(ms: number, rate: number): Promise<Run> }).measure(m, r),
        [ms, rate] as const,
      );
    const stats = (run: Run) => {
      const sorted = [...run.gaps].sort((a, b) => a - b);
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return {
        frames: sorted.length,
        median: at(0.5),
        p95: at(0.95),
        max: sorted.at(-1) ?? 0,
        mutations: run.mutations,
      };
    };
    const fmt = (s: ReturnType<typeof stats>) =>
      `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms over ${s.frames} frames`;

    await table.record('10,000 DOM mutations/s for 5 s', name, async () => {
      // Control: the same page and flood with Heedful paused for the site, so whatever the
      // browser, the machine and the page's own churn cost is in both runs.
      await browser.setStorage({
        settings: { rangeApiUrl: range.url, pausedSites: ['127.0.0.1'] },
      });
      const control = await typeWeak('flood.html', 'password1');
      await pause(1_500);
      const controlIdle = stats(await measure(control, 1_000, 0));
      const controlFlood = stats(await measure(control, 5_000, 10_000));
      expect(await readNotices(control)).toEqual([]);
      await control.close();

      await browser.setStorage({ settings: { rangeApiUrl: range.url, pausedSites: [] } });
      const page = await typeWeak('flood.html', 'password1');
      await page.press('Tab');
      await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 15_000 });
      const heapBefore = await page.heapUsed?.();
      const nodesBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
      const idle = stats(await measure(page, 1_000, 0));
      const flood = stats(await measure(page, 5_000, 10_000));
      await pause(3_000); // the throttled forms run and any restore settle
      const heapAfter = await page.heapUsed?.();
      const nodesAfter = await page.evaluate(() => document.getElementsByTagName('*').length);

      console.log(
        [
          `[flood ${name}] mutations made: ${flood.mutations} in 5 s (control ${controlFlood.mutations})`,
          `[flood ${name}] paused, idle 1 s:   ${fmt(controlIdle)}`,
          `[flood ${name}] paused, flood 5 s:  ${fmt(controlFlood)}`,
          `[flood ${name}] active, idle 1 s:   ${fmt(idle)}`,
          `[flood ${name}] active, flood 5 s:  ${fmt(flood)}`,
          heapBefore === undefined || heapAfter === undefined
            ? `[flood ${name}] JS heap: not exposed by Firefox; DOM elements ${nodesBefore} → ${nodesAfter}`
            : `[flood ${name}] JS heap after GC: ${(heapBefore / 1048576).toFixed(2)} MiB → ${(heapAfter / 1048576).toFixed(2)} MiB (${((heapAfter - heapBefore) / 1024).toFixed(0)} KiB); DOM elements ${nodesBefore} → ${nodesAfter}`,
        ].join('\n'),
      );

      // The page really flooded: at least 90% of 50,000 mutations, in both runs.
      expect(flood.mutations).toBeGreaterThanOrEqual(45_000);
      expect(controlFlood.mutations).toBeGreaterThanOrEqual(45_000);
      // "No visible jank beyond one frame": with Heedful active, 95% of frames come no more than
      // one 60 Hz frame (16.7 ms) later than in the paused control of the same flood. The p95,
      // not the max, because on a shared 2-core machine one stray stall in either run is noise;
      // a per-mutation cost in Heedful would lift every frame and the p95 with it.
      expect(flood.p95).toBeLessThanOrEqual(controlFlood.p95 + 16.7);
      expect(flood.median).toBeLessThanOrEqual(controlFlood.median + 16.7);
      // Flat memory: the flood's nodes are gone, and Heedful kept nothing per mutation. 50,000
      // mutations retained at even 100 bytes each would be ~5 MB; 2 MiB leaves room for the
      // notice, the forms report and JIT code, not for a leak.
      expect(nodesAfter).toBe(nodesBefore);
      if (heapBefore !== undefined && heapAfter !== undefined)
        expect(heapAfter - heapBefore).toBeLessThan(2 * 1048576);
      // Heedful is still there and still working after the flood.
      await waitForNotice(page, 'password-strength', { state: 'weak' });
      expect(page.problems()).toEqual([]);
      const heap =
        heapBefore !== undefined && heapAfter !== undefined
          ? `, heap Δ ${((heapAfter - heapBefore) / 1024).toFixed(0)} KiB`
          : '';
      const detail = `p95 frame gap ${flood.p95.toFixed(1)} ms vs ${controlFlood.p95.toFixed(1)} ms paused${heap}`;
      await page.close();
      return detail;
    });
  }, 120_000);

  test('a page forging Heedful and WXT messages and events: nothing happens', async () => {
    await table.record(
      'page forges postMessage / CustomEvents (heedful:*, wxt:*)',
      name,
      async () => {
        const { page, tabId } = await openTab(browser, pages.url('spoof.html'));
        // The content script has reported this frame's forms: it is running.
        const deadline = Date.now() + 15_000;
        while ((await tabReport(browser, tabId)).url === null && Date.now() < deadline)
          await pause(250);
        expect((await tabReport(browser, tabId)).url).not.toBeNull();
        const requests = range.requests.length;
        const tabs = (await tabIds(browser)).length;

        await page.evaluate(
          (names) => (window as unknown as { spoof(n: string[]): number }).spoof(names),
          wxtEvents,
        );
        await pause(3_000);
        expect(await readNotices(page)).toEqual([]);
        expect(range.requests.length).toBe(requests);
        expect((await tabReport(browser, tabId)).findings).toEqual([]);
        expect((await tabIds(browser)).length).toBe(tabs);

        // And Heedful was not switched off by the forged "a newer content script started" event.
        await page.focus(`document.getElementById('pw')`);
        await page.type('password1');
        await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 15_000 });
        expect(page.problems()).toEqual([]);
        await page.close();
      },
    );
  });
});
