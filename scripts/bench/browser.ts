/** @module Figures measured in real Chromium with the built extension: keystroke-to-verdict
 * latency on a crowded page, and what the breach check costs on the wire and in time. */
import {
  launch,
  startPageServer,
  type BrowserDriver,
  type PageDriver,
} from '../../tests/e2e/harness';
import { startRangeServer } from '../../tests/support/range-server';
import { BREACH_PROBE, LATENCY_PROBE, manyInputsPage } from './pages';
import { median, percentile } from './stats';
import type { Row } from './table';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(
  page: PageDriver,
  read: () => T,
  done: (v: T) => boolean,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await page.evaluate(read);
    if (done(value) || Date.now() > deadline) return value;
    await sleep(20);
  }
}

async function keystrokeLatencies(
  browser: BrowserDriver,
  url: string,
  rounds: number,
): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.evaluate((probe) => (0, eval)(probe), LATENCY_PROBE);
  await page.focus(`document.getElementById('pw')`);
  for (let i = 0; i < rounds; i++) {
    await page.type('x');
    await waitFor(
      page,
      () => (window as unknown as { __latencies: number[] }).__latencies.length,
      (n) => n > i,
    );
    await page.press('Backspace');
    await sleep(30);
  }
  const samples = await page.evaluate(
    () => (window as unknown as { __latencies: number[] }).__latencies,
  );
  await page.close();
  return samples.slice(2); // the first rounds include the worker's cold start
}

export async function browserRows(): Promise<Row[]> {
  const pages = await startPageServer({
    '/many.html': manyInputsPage(5_000),
    '/few.html': manyInputsPage(5),
  });
  const range = await startRangeServer({ breached: { 'Summer2024!x': 7 } });
  const browser = await launch('chromium');
  try {
    await browser.setStorage({
      settings: { rangeApiUrl: range.url, checks: { 'breached-password': false } },
    });
    const many = await keystrokeLatencies(browser, pages.url('many.html'), 30);
    const few = await keystrokeLatencies(browser, pages.url('few.html'), 30);

    await browser.setStorage({ settings: { rangeApiUrl: range.url } });
    const breachTimes: number[] = [];
    const perPassword: number[] = [];
    for (const password of ['Summer2024!x', 'Summer2024!x']) {
      const before = range.requests.filter((r) => r.method === 'GET').length;
      const page = await browser.newPage();
      await page.goto(pages.url('few.html'));
      await page.evaluate((probe) => (0, eval)(probe), BREACH_PROBE);
      await page.focus(`document.getElementById('pw')`);
      await page.type(password, 60); // about a person's typing speed
      const times = await waitFor(
        page,
        () => (window as unknown as { __breach: number[] }).__breach,
        (t) => t.length > 0,
      );
      breachTimes.push(times[0] ?? NaN);
      perPassword.push(range.requests.filter((r) => r.method === 'GET').length - before);
      await page.close();
    }
    return [
      {
        group: 'keystroke',
        metric: 'key press → verdict, p50 (5,000 inputs)',
        value: median(many),
        baseline: median(few),
        baselineLabel: '5 inputs',
        unit: 'ms',
      },
      {
        group: 'keystroke',
        metric: 'key press → verdict, p95 (5,000 inputs)',
        value: percentile(many, 95),
        baseline: percentile(few, 95),
        baselineLabel: '5 inputs',
        unit: 'ms',
      },
      {
        group: 'breach',
        metric: 'range requests per typed 12-character password',
        value: perPassword[0]!,
        baseline: 1,
        baselineLabel: 'goal',
        unit: 'req',
        note: 'goal: exactly 1',
      },
      {
        group: 'breach',
        metric: 'cached re-check (checking → answer)',
        value: breachTimes[1]!,
        baseline: breachTimes[0]!,
        baselineLabel: 'first check, loopback server',
        unit: 'ms',
        note: `re-check sent ${perPassword[1]} requests`,
      },
    ];
  } finally {
    await browser.close();
    await pages.close();
    await range.close();
  }
}
