/** Faults under the breach check and the storage: every broken range server ends `unavailable`
 * (never stuck at `checking`, never "not found"), the next settled password is checked normally,
 * a background stopped mid-check does not strand the notice, and garbage in storage breaks
 * neither the notices nor the popup. Each scenario is a row of the reliability table. */
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS } from '../../utils/checks/breached-password/retry-after';
import type { FaultMode } from '../support/range-server';
import {
  BROWSERS,
  withBrowser,
  readNotices,
  reliabilityTable,
  waitForNotice,
  waitForValue,
  type PageDriver,
} from './harness';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const table = reliabilityTable('Reliability: faults');

interface Fault {
  label: string;
  fault: FaultMode;
  /** How long the checker is asked to stay away afterwards (429s); the test waits it out. */
  backoffMs?: number;
}

const FAULTS: Fault[] = [
  { label: 'slow drip (1 byte/s)', fault: 'slow-drip' },
  { label: '10 MB body', fault: 'huge-body' },
  { label: 'invalid UTF-8', fault: 'invalid-utf8' },
  { label: 'HTML instead of text', fault: 'html' },
  { label: 'wrong content type', fault: 'wrong-content-type' },
  { label: 'connection reset', fault: 'reset' },
  { label: '429 with Retry-After: 1', fault: '429', backoffMs: 1_000 },
  // No Retry-After: the checker backs off for its default (10 s), which the test waits out.
  {
    label: '429 without Retry-After',
    fault: '429-no-retry-after',
    backoffMs: DEFAULT_RETRY_AFTER_MS,
  },
];

/** A fresh password per scenario and browser: a new page has fresh per-field memory, and a new
 * SHA-1 prefix keeps the range cache out of the way. */
const passwordFor = (label: string, browser: string, step: 'fault' | 'after') =>
  `${step}-${label.replace(/[^a-z0-9]+/gi, '-')}-${browser}-quokka-71`;

describe.each(BROWSERS)('faults in %s', (name) => {
  const breached: Record<string, number> = {};
  for (const { label } of FAULTS) breached[passwordFor(label, name, 'after')] = 17;
  breached[passwordFor('background stopped', name, 'after')] = 17;
  const { browser, pages, range } = withBrowser(name, { range: { breached } });
  afterAll(() => table.print());

  async function typeIn(password: string, path = 'signup.html'): Promise<PageDriver> {
    const page = await browser.newPage();
    await page.goto(pages.url(path));
    await page.focus(`document.getElementById('pw')`);
    await page.type(password);
    return page;
  }

  /** The breach notice's state once it has left `checking`; stuck there past `timeout` fails. */
  async function settledState(page: PageDriver, timeout = 12_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '(no notice)';
    while (Date.now() < deadline) {
      const notice = (await readNotices(page)).find((n) => n.check === 'breached-password');
      if (notice) last = notice.state;
      if (notice && notice.state !== 'checking') return notice.state;
      await pause(100);
    }
    throw new Error(`breach check still ${last} after ${timeout} ms`);
  }

  /** After a fault, the next settled password gets a real answer. */
  async function nextCheckWorks(label: string): Promise<void> {
    const page = await typeIn(passwordFor(label, name, 'after'));
    const state = await settledState(page);
    const text = (await readNotices(page)).find((n) => n.check === 'breached-password')?.text;
    expect(`${state}: ${text}`).toMatch(/^breached: /);
    expect(page.problems()).toEqual([]);
    await page.close();
  }

  test.each(FAULTS)(
    'range server fault: $label → unavailable, then a normal check',
    async (f) => {
      await table.record(`range server: ${f.label}`, name, async () => {
        range.setFault(f.fault);
        const page = await typeIn(passwordFor(f.label, name, 'fault'));
        const started = Date.now();
        expect(await settledState(page)).toBe('unavailable');
        const took = Date.now() - started;
        expect(page.problems()).toEqual([]);
        await page.close();
        range.setFault(null);
        if (f.backoffMs) await pause(f.backoffMs + 1_000);
        await nextCheckWorks(f.label);
        return `unavailable after ~${(took / 1000).toFixed(1)} s`;
      });
    },
    60_000,
  );

  test('the background stopped in the middle of a check', async () => {
    const label = 'background stopped';
    const scenario =
      name === 'chromium'
        ? 'service worker stopped mid-check'
        : 'server never answers (MV2 background cannot be stopped)';
    await table.record(scenario, name, async () => {
      // A server that never answers keeps the check in flight for as long as we need.
      range.setFault('timeout');
      const page = await typeIn(passwordFor(label, name, 'fault'));
      await waitForNotice(page, 'breached-password', { state: 'checking', timeout: 10_000 });
      const stoppedAt = Date.now();
      if (browser.stopServiceWorker) await browser.stopServiceWorker();
      // The server never answers, so "completes" is impossible: the one right end is unavailable.
      expect(await settledState(page)).toBe('unavailable');
      const took = Date.now() - stoppedAt;
      expect(page.problems()).toEqual([]);
      await page.close();
      range.setFault(null);
      await nextCheckWorks(label);
      return name === 'chromium'
        ? `unavailable ${(took / 1000).toFixed(1)} s after the worker stopped`
        : `unavailable ${(took / 1000).toFixed(1)} s after the check began`;
    });
  }, 60_000);

  test.each([
    { label: 'settings and progress are strings', settings: 'garbage', progress: 'garbage' },
    {
      label: 'settings and progress have the wrong shapes',
      settings: { checks: 'x', rangeApiUrl: 42, pausedSites: {} },
      progress: { seen: 5, answers: [null], streak: 'x' },
    },
  ])(
    'corrupted storage ($label): notices and the popup still work',
    async (garbage) => {
      await table.record(`corrupted storage: ${garbage.label}`, name, async () => {
        await browser.setStorage({ settings: garbage.settings, progress: garbage.progress });
        // Login: a weak password gets its notice once typing settles (settings default to all on).
        const page = await typeIn('password1', 'login.html');
        await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 15_000 });
        expect(page.problems()).toEqual([]);
        await page.close();

        const popup = await browser.newPage();
        await popup.goto(await browser.extensionUrl('popup.html'));
        await waitForValue(popup, () => document.body.innerText.trim().length > 20, undefined, {
          what: 'the popup to render',
        });
        expect(popup.problems()).toEqual([]);
        await popup.close();
      });
      // Later scenarios need the local range server back.
      await browser.setStorage({ settings: { rangeApiUrl: range.url } });
    },
    60_000,
  );
});
