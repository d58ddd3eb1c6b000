/** @module What every page load costs: the same pages opened in Chromium with and without the
 * built extension, alternating, in one run. Script and main-thread task time come from the
 * DevTools `Performance.getMetrics` of the page 1.5 s after `load` (the content script runs on
 * the page's main thread, so its time is in these figures). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
const ROUNDS = 3;
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

/** The median over rounds of the summed cost of every page in the set, with and without. */
async function compare(
  withExt: BrowserContext,
  without: BrowserContext,
  urls: string[],
): Promise<{ on: Cost; off: Cost }> {
  const on: Cost[] = [];
  const off: Cost[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const sum = { on: { script: 0, task: 0 }, off: { script: 0, task: 0 } };
    for (const url of urls) {
      // Alternate which browser goes first, so neither always meets a warmer machine.
      const order = round % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const);
      for (const side of order) {
        const cost = await loadCost(side === 'on' ? withExt : without, url);
        sum[side].script += cost.script / urls.length;
        sum[side].task += cost.task / urls.length;
      }
    }
    on.push(sum.on);
    off.push(sum.off);
  }
  const mid = (costs: Cost[]) => ({
    script: median(costs.map((c) => c.script)),
    task: median(costs.map((c) => c.task)),
  });
  return { on: mid(on), off: mid(off) };
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
  // The same kind of browser as the extension's (a persistent profile), without the extension.
  const profile = mkdtempSync(join(tmpdir(), 'heedful-bench-bare-'));
  const bare = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false,
    args: CHROMIUM_ARGS,
  });
  try {
    const sets: [string, string[]][] = [
      ['long article, no form', [pages.url('article.html')]],
      ['5,000-field page', [pages.url('fields.html')]],
    ];
    const corpusUrls = Object.keys(corpus).map((p) => pages.url(p));
    if (corpusUrls.length) sets.push([`${corpusUrls.length} real form pages (mean)`, corpusUrls]);
    const rows: Row[] = [];
    for (const [label, urls] of sets) {
      const { on, off } = await compare(ext.context, bare, urls);
      for (const key of ['script', 'task'] as const) {
        rows.push({
          group: 'page load',
          metric: `${key === 'script' ? 'script time' : 'main-thread task time'}: ${label}`,
          value: on[key],
          baseline: off[key],
          baselineLabel: 'no extension',
          unit: 'ms',
          note: `${on[key] >= off[key] ? '+' : '−'}${Math.abs(on[key] - off[key]).toFixed(1)} ms added`,
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
    await bare.close();
    rmSync(profile, { recursive: true, force: true });
    await pages.close();
  }
}
