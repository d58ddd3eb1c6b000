/** @module Forms figures: analysing a 5,000-field page (Node, the same code the background
 * runs), how soon a crowded page's oversized form is flagged in Chromium, and what a burst of
 * 1,000 DOM mutations costs the page's main thread with Heedful against the same browser without it. */
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { analyzePage } from '../../utils/forms/analyze';
import { translatorFor } from '../../utils/i18n-catalog';
import { launch, startPageServer, waitForNotice, type PageDriver } from '../../tests/e2e/harness';
import { browserPath } from '../../tests/e2e/harness/paths';
import { loadCatalog } from '../locales';
import { median, timeOnce } from './stats';
import type { Row } from './table';

const NEWSLETTER = `<form action="/s"><h2>Newsletter</h2><input type="email" name="email">
<label>Date of birth <input name="dob"></label><label>ID number <input name="idnumber"></label>
<button>Subscribe</button></form>`;

function crowdedPage(fields: number): string {
  const rows = Array.from(
    { length: fields },
    (_, i) => `<label>Item ${i} <input name="item${i}"></label>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Crowded</title></head><body>${NEWSLETTER}<form id="grow"></form><div>${rows}</div></body></html>`;
}

/** Adds 1,000 fields in one task, then watches the main thread for 3 s: the longest stall and
 * the total time spent in stalls over one frame (16 ms). */
const BURST = `async () => {
  const form = document.getElementById('grow');
  for (let i = 0; i < 1000; i++) {
    const input = document.createElement('input');
    input.name = 'added' + i;
    form.appendChild(input);
  }
  const gaps = [];
  let last = performance.now();
  const end = last + 3000;
  await new Promise((done) => {
    const tick = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (now < end) setTimeout(tick, 0); else done();
    };
    setTimeout(tick, 0);
  });
  return { longest: Math.max(...gaps), stalled: gaps.filter((g) => g > 16).reduce((a, g) => a + g, 0) };
}`;

type Burst = { longest: number; stalled: number };

async function burst(page: { evaluate(code: string): Promise<unknown> }): Promise<Burst> {
  return (await page.evaluate(`(${BURST})()`)) as Burst;
}

export async function formRows(): Promise<Row[]> {
  const t = translatorFor(loadCatalog('en'));
  const { document } = parseHTML(crowdedPage(5_000));
  const doc = document as unknown as Document;
  const opts = { url: 'https://example.test/', isSecureContext: true, t };
  analyzePage(doc, opts);
  const node5000 = median([0, 1, 2, 3, 4].map(() => timeOnce(() => analyzePage(doc, opts))));
  const small = parseHTML(crowdedPage(5)).document as unknown as Document;
  const node5 = median([0, 1, 2, 3, 4].map(() => timeOnce(() => analyzePage(small, opts))));

  const server = await startPageServer({
    '/crowded.html': crowdedPage(5_000),
    '/small.html': crowdedPage(5),
  });
  const withExtension = await launch('chromium');
  const plain = await chromium.launch({
    executablePath: browserPath('chromium'),
    args: ['--headless=new', '--no-sandbox'],
  });
  try {
    const flagged = async (path: string) => {
      const page: PageDriver = await withExtension.newPage();
      await page.goto(server.url(path));
      await waitForNotice(page, 'oversized-form', { timeout: 30_000 });
      const ms = await page.evaluate(() => performance.now());
      await page.close();
      return ms;
    };
    await flagged('small.html');
    const crowdedMs = median([await flagged('crowded.html'), await flagged('crowded.html')]);
    const smallMs = median([await flagged('small.html'), await flagged('small.html')]);

    const heedfulPage = await withExtension.newPage();
    await heedfulPage.goto(server.url('crowded.html'));
    await waitForNotice(heedfulPage, 'oversized-form', { timeout: 30_000 });
    const ours = await burst({
      evaluate: (code) => heedfulPage.evaluate((c) => (0, eval)(c), code),
    });
    const bare = await plain.newPage();
    await bare.goto(server.url('crowded.html'));
    await bare.waitForTimeout(1_500);
    const theirs = await burst(bare);
    return [
      {
        group: 'forms',
        metric: 'analyse a 5,000-field page (Node, linkedom)',
        value: node5000,
        baseline: node5,
        baselineLabel: '5 fields',
        unit: 'ms',
      },
      {
        group: 'forms',
        metric: 'load → oversized notice, 5,000-field page',
        value: crowdedMs,
        baseline: smallMs,
        baselineLabel: '5 fields',
        unit: 'ms',
      },
      {
        group: 'forms',
        metric: '1,000-mutation burst: longest main-thread stall',
        value: ours.longest,
        baseline: theirs.longest,
        baselineLabel: 'no extension',
        unit: 'ms',
      },
      {
        group: 'forms',
        metric: '1,000-mutation burst: time in stalls > 16 ms (3 s)',
        value: ours.stalled,
        baseline: theirs.stalled || null,
        baselineLabel: 'no extension',
        unit: 'ms',
        note: theirs.stalled ? '' : `no extension: ${theirs.stalled.toFixed(0)} ms`,
      },
    ];
  } finally {
    await withExtension.close();
    await plain.close();
    await server.close();
  }
}
