/** @module What every page load costs: the same pages opened in Chromium with and without the
 * built extension, alternating, in one run, measured until 1.5 s after `load`.
 *
 * The budget's figure is main-thread task time (`TaskDuration`: script, microtasks, style,
 * layout and GC), with minus without. `ScriptDuration`, which earlier rounds read, counts only
 * script entered from a task, never promise continuations (microtasks), where nearly all of an
 * extension's work runs (message replies, `await`): it misses most of Heedful's cost and is kept
 * only to compare with those rounds. Heedful's own script is read from V8's sampling profiler
 * (every 100 µs) in separate, profiled loads: the samples under `chrome-extension://` frames,
 * beside all the script of the same loads (the profiler slows everything, so only the share
 * means much). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, openChromium } from '../../tests/e2e/harness/chromium';
import { browserPath, ROOT } from '../../tests/e2e/harness/paths';
import { startPageServer } from '../../tests/e2e/harness';
import { articlePage, manyInputsPage } from './pages';
import { median } from './stats';
import type { Row } from './table';

const SETTLE_MS = 1_500;

const added = (value: number, base: number) =>
  `${value >= base ? '+' : '−'}${Math.abs(value - base).toFixed(1)} ms added`;
/** `BENCH_ROUNDS=1` for a quick look; the README figures use 5. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Real checkout and sign-up pages, when the corpora sit beside the repository. */
const CORPUS = join(ROOT, '../shared/corpora/forms/training');
const CORPUS_SAMPLE = 12;
/** An earlier build to compare with in the same run (before and after): the `chrome-mv3` folder
 * that `npx tsx scripts/bench/build-at.ts <commit>` prints, and a label for it. */
const BEFORE = process.env.BENCH_BEFORE;
const BEFORE_LABEL = process.env.BENCH_BEFORE_LABEL ?? 'the earlier build';

interface Cost {
  /** `ScriptDuration`: script entered from tasks, without microtasks. */
  script: number;
  task: number;
  /** Sampled (the `profiled` side only, else NaN): all script, and under extension frames. */
  sampledScript: number;
  ours: number;
}

/** One load. Profiled loads are separate: the profiler slows everything down (its figures are
 * for shares and attribution, never compared with unprofiled ones). */
async function loadCost(context: BrowserContext, url: string, profiled: boolean): Promise<Cost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const profile = profiled ? (await cdp.send('Profiler.stop')).profile : null;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const read = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  await cdp.detach().catch(() => undefined);
  await page.close();
  const { script: sampledScript, ours } = profile ? sampled(profile) : { script: NaN, ours: NaN };
  return { script: read('ScriptDuration'), task: read('TaskDuration'), sampledScript, ours };
}

/** What we read of a DevTools `Profiler.Profile`. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Not script: V8's own entries in a profile. */
const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** Milliseconds of script in a CPU profile, all of it and under extension frames. */
export function sampled(profile: Profile): { script: number; ours: number } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  // Whether a node runs an extension's script, itself or below one of its callers.
  const extension = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = extension.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const ours =
      byId.get(id)!.callFrame.url.startsWith('chrome-extension://') ||
      (up !== undefined && isOurs(up));
    extension.set(id, ours);
    return ours;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let script = 0;
  let ours = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const id = samples[i]!;
    if (NOT_SCRIPT.has(byId.get(id)!.callFrame.functionName)) continue;
    script += ms;
    if (isOurs(id)) ours += ms;
  }
  return { script, ours };
}

type Side = 'on' | 'floor' | 'off' | 'profiled' | 'before' | 'beforeProfiled';
type Sides = Record<'on' | 'floor' | 'off' | 'profiled', Cost[]> &
  Partial<Record<'before' | 'beforeProfiled', Cost[]>>;

/** For each browser, each page's median cost over the rounds (pages in `urls` order). */
async function compare(
  contexts: Partial<Record<Side, BrowserContext>>,
  urls: string[],
): Promise<Sides> {
  const sides = Object.keys(contexts) as Side[];
  const samples = new Map<string, Cost[]>();
  for (let round = 0; round < ROUNDS; round++)
    for (const [page, url] of urls.entries()) {
      // Rotate which browser goes first, so none always meets a warmer machine.
      const order = sides.map((_, i) => sides[(i + round) % sides.length]!);
      for (const side of order) {
        const key = `${side} ${page}`;
        const profiled = side === 'profiled' || side === 'beforeProfiled';
        const cost = await loadCost(contexts[side]!, url, profiled);
        samples.set(key, [...(samples.get(key) ?? []), cost]);
      }
    }
  const mid = (costs: Cost[]): Cost => ({
    script: median(costs.map((c) => c.script)),
    task: median(costs.map((c) => c.task)),
    sampledScript: median(costs.map((c) => c.sampledScript)),
    ours: median(costs.map((c) => c.ours)),
  });
  return Object.fromEntries(
    sides.map((side) => [side, urls.map((_, page) => mid(samples.get(`${side} ${page}`)!))]),
  ) as Sides;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** The middle page (the mean of the two middle ones for an even count). */
function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  return Number.isInteger(half)
    ? (sorted[half - 1]! + sorted[half]!) / 2
    : sorted[Math.floor(half)]!;
}

/** The least any content script can cost: one in every frame that only adds one listener. It
 * shows how much of Heedful's figure is the browser's own price for running any script in a
 * page's frames (an isolated world each), rather than Heedful's work. */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'heedful-bench-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      content_scripts: [
        {
          matches: ['<all_urls>'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_idle',
          js: ['cs.js'],
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'cs.js'), "document.addEventListener('focusin', () => {}, true);\n");
  return dir;
}

async function persistent(extension?: string): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'heedful-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: browserPath('chromium'),
    headless: false,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    args: extension
      ? [
          ...CHROMIUM_ARGS,
          `--disable-extensions-except=${extension}`,
          `--load-extension=${extension}`,
        ]
      : CHROMIUM_ARGS,
  });
  return { context, dir };
}

function corpusPages(): Record<string, string> {
  if (!existsSync(CORPUS)) return {};
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort();
  // An even spread over the sorted list, the same sample every run.
  const step = Math.max(1, Math.floor(files.length / CORPUS_SAMPLE));
  const sample = files.filter((_, i) => i % step === 0).slice(0, CORPUS_SAMPLE);
  return Object.fromEntries(
    sample.map((f, i) => [`/corpus/${i}.html`, readFileSync(join(CORPUS, f), 'utf8')]),
  );
}

/** The rows of one set of pages: main-thread task time with and without (everything the page
 * pays, the budget's figure), Heedful's own share of script time (sampled), and `ScriptDuration`
 * as the first measurements read it. Several pages give the mean and the median page. */
function setRows(label: string, sides: Sides): Row[] {
  const { on, floor: least, off, profiled } = sides;
  const many = on.length > 1;
  const of = (costs: Cost[], key: keyof Cost) => costs.map((c) => c[key]);
  const addedPerPage = (key: keyof Cost, side = on) =>
    of(side, key).map((value, i) => value - of(off, key)[i]!);
  const rows: Row[] = [];
  const metrics = {
    task: 'main-thread task time',
    script: 'ScriptDuration (no microtasks)',
  } as const;
  for (const key of ['task', 'script'] as const) {
    const metric = metrics[key];
    const value = many ? mean(of(on, key)) : on[0]![key];
    const base = many ? mean(of(off, key)) : off[0]![key];
    const floorValue = many ? mean(of(least, key)) : least[0]![key];
    rows.push({
      group: 'page load',
      metric: `${metric}: ${label}${many ? ' (mean)' : ''}`,
      value,
      baseline: base,
      baselineLabel: 'no extension',
      unit: 'ms',
      note: `${added(value, base)}; a one-listener extension ${added(floorValue, base)}`,
    });
    if (!many) continue;
    const perPage = addedPerPage(key);
    rows.push({
      group: 'page load',
      metric: `${metric}: ${label} (median page, added)`,
      value: middle(perPage),
      baseline: middle(addedPerPage(key, least)),
      baselineLabel: 'one-listener extension',
      unit: 'ms',
      note: `per page ${signed(Math.min(...perPage))} to ${signed(Math.max(...perPage))} ms`,
    });
  }
  const ours = of(profiled, 'ours');
  const pick = many ? middle : (values: number[]) => values[0]!;
  if (sides.before && sides.beforeProfiled) {
    const page = many ? ' (median page)' : '';
    rows.push(
      {
        group: 'page load',
        metric: `task time added, this build vs ${BEFORE_LABEL}: ${label}${page}`,
        value: pick(addedPerPage('task')),
        baseline: pick(addedPerPage('task', sides.before)),
        baselineLabel: BEFORE_LABEL,
        unit: 'ms',
        note: 'same run, alternating; noisy: read it as a range',
      },
      {
        group: 'page load',
        metric: `ScriptDuration added, this build vs ${BEFORE_LABEL}: ${label}${page}`,
        value: pick(addedPerPage('script')),
        baseline: pick(addedPerPage('script', sides.before)),
        baselineLabel: BEFORE_LABEL,
        unit: 'ms',
        note: "same run, alternating; the issue's reading",
      },
      {
        group: 'page load',
        metric: `own script sampled, this build vs ${BEFORE_LABEL}: ${label}${page}`,
        value: pick(ours),
        baseline: pick(of(sides.beforeProfiled, 'ours')),
        baselineLabel: BEFORE_LABEL,
        unit: 'ms',
        note: 'profiled loads of both builds, same run',
      },
    );
  }
  rows.push({
    group: 'page load',
    metric: `Heedful's own script, sampled: ${label}${many ? ' (median page)' : ''}`,
    value: pick(ours),
    baseline: pick(of(profiled, 'sampledScript')),
    baselineLabel: 'all script, same loads',
    unit: 'ms',
    note:
      'profiled loads (slower throughout)' +
      (many
        ? `; per page ${Math.min(...ours).toFixed(1)} to ${Math.max(...ours).toFixed(1)} ms`
        : ''),
  });
  return rows;
}

const signed = (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(1)}`;

export async function pageLoadRows(): Promise<Row[]> {
  const corpus = corpusPages();
  const pages = await startPageServer({
    '/article.html': articlePage(),
    '/fields.html': manyInputsPage(5_000),
    ...corpus,
  });
  const ext = await openChromium();
  const before = BEFORE ? await persistent(BEFORE) : null;
  const floorDir = floorExtension();
  // The same kind of browser as the extension's (a persistent profile), with the floor
  // extension and with none.
  const floor = await persistent(floorDir);
  const bare = await persistent();
  try {
    const sets: [string, string[]][] = [
      ['long article, no form', [pages.url('article.html')]],
      ['5,000-field page', [pages.url('fields.html')]],
    ];
    const corpusUrls = Object.keys(corpus).map((p) => pages.url(p));
    if (corpusUrls.length) sets.push([`${corpusUrls.length} real form pages`, corpusUrls]);
    const rows: Row[] = [];
    for (const [label, urls] of sets) {
      const sides = await compare(
        {
          on: ext.context,
          floor: floor.context,
          off: bare.context,
          profiled: ext.context,
          ...(before ? { before: before.context, beforeProfiled: before.context } : {}),
        },
        urls,
      );
      rows.push(...setRows(label, sides));
    }
    if (!corpusUrls.length)
      rows.push({
        group: 'page load',
        metric: 'real form pages',
        value: NaN,
        baseline: null,
        baselineLabel: '',
        unit: 'ms',
        note: 'skipped: ../shared/corpora not beside the repository',
      });
    return rows;
  } finally {
    await ext.close();
    for (const { context, dir } of before ? [floor, bare, before] : [floor, bare]) {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
    rmSync(floorDir, { recursive: true, force: true });
    await pages.close();
  }
}
