/** @module What every page load costs: the same pages opened in Chromium with and without the
 * built extension, alternating, in one run. Script and main-thread task time come from the
 * DevTools `Performance.getMetrics` of the page 1.5 s after `load` (the content script runs on
 * the page's main thread, so its time is in these figures). */
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
const ROUNDS = 5;
/** Real checkout and sign-up pages, when the corpora sit beside the repository. */
const CORPUS = join(ROOT, '../shared/corpora/forms/training');
const CORPUS_SAMPLE = 12;

interface Cost {
  script: number;
  task: number;
}

async function loadCost(context: BrowserContext, url: string): Promise<Cost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const read = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const cost = { script: read('ScriptDuration'), task: read('TaskDuration') };
  await cdp.detach().catch(() => undefined);
  await page.close();
  return cost;
}

type Side = 'on' | 'floor' | 'off';

/** For each browser, each page's median cost over the rounds (pages in `urls` order). */
async function compare(
  contexts: Record<Side, BrowserContext>,
  urls: string[],
): Promise<Record<Side, Cost[]>> {
  const sides = Object.keys(contexts) as Side[];
  const samples = new Map<string, Cost[]>();
  for (let round = 0; round < ROUNDS; round++)
    for (const [page, url] of urls.entries()) {
      // Rotate which browser goes first, so none always meets a warmer machine.
      const order = sides.map((_, i) => sides[(i + round) % sides.length]!);
      for (const side of order) {
        const key = `${side} ${page}`;
        samples.set(key, [...(samples.get(key) ?? []), await loadCost(contexts[side], url)]);
      }
    }
  const mid = (costs: Cost[]) => ({
    script: median(costs.map((c) => c.script)),
    task: median(costs.map((c) => c.task)),
  });
  return Object.fromEntries(
    sides.map((side) => [side, urls.map((_, page) => mid(samples.get(`${side} ${page}`)!))]),
  ) as Record<Side, Cost[]>;
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

export async function pageLoadRows(): Promise<Row[]> {
  const corpus = corpusPages();
  const pages = await startPageServer({
    '/article.html': articlePage(),
    '/fields.html': manyInputsPage(5_000),
    ...corpus,
  });
  const ext = await openChromium();
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
        { on: ext.context, floor: floor.context, off: bare.context },
        urls,
      );
      const { on, floor: least, off } = sides;
      for (const key of ['script', 'task'] as const) {
        const metric = key === 'script' ? 'script time' : 'main-thread task time';
        const of = (costs: Cost[]) => costs.map((c) => c[key]);
        const note = (value: number, base: number, floorValue: number) =>
          `${added(value, base)}; a one-listener extension ${added(floorValue, base)}`;
        if (urls.length === 1) {
          rows.push({
            group: 'page load',
            metric: `${metric}: ${label}`,
            value: on[0]![key],
            baseline: off[0]![key],
            baselineLabel: 'no extension',
            unit: 'ms',
            note: note(on[0]![key], off[0]![key], least[0]![key]),
          });
          continue;
        }
        rows.push({
          group: 'page load',
          metric: `${metric}: ${label} (mean)`,
          value: mean(of(on)),
          baseline: mean(of(off)),
          baselineLabel: 'no extension',
          unit: 'ms',
          note: note(mean(of(on)), mean(of(off)), mean(of(least))),
        });
        // The budget is for the median page: each page's added time, then the middle.
        const addedPerPage = of(on).map((value, i) => value - of(off)[i]!);
        const floorPerPage = of(least).map((value, i) => value - of(off)[i]!);
        rows.push({
          group: 'page load',
          metric: `${metric}: ${label} (median page, added)`,
          value: middle(addedPerPage),
          baseline: middle(floorPerPage),
          baselineLabel: 'one-listener extension',
          unit: 'ms',
          note: `per page +${Math.min(...addedPerPage).toFixed(1)} to +${Math.max(...addedPerPage).toFixed(1)} ms`,
        });
      }
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
    for (const { context, dir } of [floor, bare]) {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
    rmSync(floorDir, { recursive: true, force: true });
    await pages.close();
  }
}
