/** @module How the forms scan shares the main thread on big pages: every main-thread task that
 * ran the extension's scripts in a page, from a Chromium trace of the load
 * (`devtools.timeline`), the longest beside all of them together. One task as long as the total would mean the scan froze the
 * page for all of it; slices keep each task short while the total stays what it was. */
import type { CDPSession } from 'playwright-core';
import { openChromium } from '../../tests/e2e/harness/chromium';
import { startPageServer } from '../../tests/e2e/harness';
import { manyInputsPage } from './pages';
import { median } from './stats';
import type { Row } from './table';

const SETTLE_MS = 2_500;
const ROUNDS = 5;
/** Timeline events that run script (the page has none of its own: all of it is ours). */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'RunMicrotasks']);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

interface Tasks {
  longest: number;
  /** The longest once the scripts are running: the scan's slices and what follows them. */
  longestLater: number;
  total: number;
  count: number;
}

/** The main-thread tasks (milliseconds) that ran the extension's scripts while a page without
 * scripts of its own loaded and settled: each task that ran any script, on the thread where the
 * extension's scripts were evaluated. */
async function extensionTasks(
  cdp: CDPSession,
  go: () => Promise<unknown>,
  origin: string,
): Promise<Tasks> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    },
  });
  await go();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await cdp.send('Tracing.end');
  await complete;
  const timed = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const threads = new Set(
    timed
      .filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(origin))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onThread = (e: TraceEvent) => threads.has(`${e.pid}:${e.tid}`);
  const scripts = timed.filter((e) => SCRIPT_EVENTS.has(e.name) && onThread(e));
  const inside = (task: TraceEvent) =>
    scripts.filter(
      (s) => s.pid === task.pid && s.ts >= task.ts && s.ts + s.dur! <= task.ts + task.dur!,
    );
  const tasks = timed
    .filter((e) => e.name === 'RunTask' && onThread(e))
    .map((task) => ({ ms: task.dur! / 1000, scripts: inside(task) }))
    .filter((task) => task.scripts.length > 0);
  const ours = tasks.map((task) => task.ms);
  // After the scripts' own evaluation (compiling and starting the sentinel and the engine).
  const later = tasks
    .filter((task) => !task.scripts.some((s) => s.name === 'EvaluateScript'))
    .map((task) => task.ms);
  return {
    longest: Math.max(0, ...ours),
    longestLater: Math.max(0, ...later),
    total: ours.reduce((a, b) => a + b, 0),
    count: ours.length,
  };
}

export async function sliceRows(): Promise<Row[]> {
  const sizes = [5_000, 20_000];
  const pages = await startPageServer(
    Object.fromEntries(sizes.map((n) => [`/fields-${n}.html`, manyInputsPage(n)])),
  );
  const session = await openChromium();
  const origin = session.base.replace(/\/$/, '');
  const rows: Row[] = [];
  try {
    for (const n of sizes) {
      const runs: Tasks[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        runs.push(
          await extensionTasks(cdp, () => page.goto(pages.url(`fields-${n}.html`)), origin),
        );
        await cdp.detach().catch(() => undefined);
        await page.close();
      }
      const longest = median(runs.map((r) => r.longest));
      const total = median(runs.map((r) => r.total));
      rows.push({
        group: 'slices',
        metric: `longest extension task: ${n.toLocaleString('en')}-field page`,
        value: longest,
        baseline: total,
        baselineLabel: 'all its tasks together',
        unit: 'ms',
        note: `${median(runs.map((r) => r.count))} tasks (median of ${ROUNDS} loads); the longest is the engine's own start`,
      });
      rows.push({
        group: 'slices',
        metric: `longest task after the scripts started: ${n.toLocaleString('en')}-field page`,
        value: median(runs.map((r) => r.longestLater)),
        baseline: total,
        baselineLabel: 'all its tasks together',
        unit: 'ms',
        note: 'the forms scan in slices of ~4 ms, then sending what it found',
      });
    }
    return rows;
  } finally {
    await session.close();
    await pages.close();
  }
}
