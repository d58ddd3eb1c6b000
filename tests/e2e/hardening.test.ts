/** Issue 12, proved in real browsers: what a hostile page could do to Heedful in other tabs and
 * to its storage, and what it could learn. One test per problem:
 * 1. a page looping value changes does not starve another tab's rating;
 * 2. 200 iframes × 40 bad forms cannot fill `storage.session`, and a closed tab stays closed;
 * 3. a range cached for site A is fetched again for site B (no instant answer to time);
 * 4. a range API address without its trailing slash asks for `/range/XXXXX`;
 * 5. a page listening from its first script sees no Heedful event before a notice. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRangeServer, type RangeServer } from '../support/range-server';
import {
  BROWSERS,
  launch,
  openTab,
  runtimeId,
  startPageServer,
  tabReport,
  waitForNotice,
  type BrowserDriver,
} from './harness';
import type { PageServer } from './harness/server';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const prefixOf = (password: string) =>
  createHash('sha1').update(password).digest('hex').toUpperCase().slice(0, 5);

/** Six new-password fields whose values the page rewrites every 5 ms with 64 random
 * characters, for ever: before the fix, each typed key started an endless chain of ratings. */
const HOSTILE_LOOP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loop</title></head>
<body><h1>Sign up</h1>
${Array.from(
  { length: 6 },
  (_, i) =>
    `<form action="/a${i}"><label>New password <input id="pw${i}" type="password" autocomplete="new-password"></label></form>`,
).join('\n')}
<script>
  window.changes = 0;
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*';
  const random = () => Array.from({ length: 64 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
  setInterval(() => {
    for (const field of document.querySelectorAll('input[type=password]')) {
      field.value = random();
      field.dispatchEvent(new Event('input', { bubbles: true }));
      window.changes++;
    }
  }, 5);
</script></body></html>`;

/** 40 forms, each with a password field posting to plain http and blocking paste: each
 * form is an insecure-form finding and a password-field finding. */
const BAD_FORMS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title></head><body>
${Array.from(
  { length: 40 },
  (_, i) =>
    `<form action="http://plain.example/s${i}"><label>Password <input type="password" name="p${i}" autocomplete="off" maxlength="12" onpaste="return false"></label><label>Email <input type="email" name="e${i}"></label></form>`,
).join('\n')}
</body></html>`;
const FRAMES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
<form action="http://plain.example/top"><input type="password" name="top"></form>
<script>
  // Added after load, so opening the page does not wait for 200 frames.
  addEventListener('load', () => setTimeout(() => {
    for (let i = 0; i < 200; i++) {
      const frame = document.createElement('iframe');
      frame.src = '/bad-forms.html?i=' + i;
      frame.width = 40;
      frame.height = 20;
      document.body.append(frame);
    }
  }, 0));
</script></body></html>`;

/** Listens, from the page's first script, on document and window for everything Heedful or
 * WXT could dispatch there: the names derived from the public extension id, and messages. */
const LISTENER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title>
<script>
  window.seen = [];
  const id = new URLSearchParams(location.search).get('id');
  const names = ['content-script-started', 'locationchange'].flatMap((n) => [
    id + ':content:wxt:' + n,
    'wxt:' + n,
  ]);
  for (const [label, target] of [['document', document], ['window', window]])
    for (const name of names)
      for (const capture of [true, false])
        target.addEventListener(name, (e) => window.seen.push(label + ' ' + e.type), capture);
  window.addEventListener('message', (e) => window.seen.push('message ' + JSON.stringify(e.data)), true);
</script></head>
<body><h1>Sign in</h1><form action="/session"><label>Password <input id="pw" type="password" autocomplete="current-password"></label></form>
</body></html>`;

describe.each(BROWSERS)('hardening against hostile pages in %s', (name) => {
  let browser: BrowserDriver;
  let pages: PageServer;
  let range: RangeServer;
  const breached = { [`breached-${name}-kestrel-41`]: 4_242 };

  beforeAll(async () => {
    pages = await startPageServer({
      '/hostile-loop.html': HOSTILE_LOOP,
      '/bad-forms.html': BAD_FORMS,
      '/frames.html': FRAMES,
      '/listener.html': LISTENER,
    });
    range = await startRangeServer({ breached });
    browser = await launch(name);
    await browser.setStorage({ settings: { rangeApiUrl: range.url } });
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await range?.close();
  });

  test('a tab looping value changes does not starve another tab: its verdict comes in under 8 s', async () => {
    // The hostile page on another site, so it has its own renderer: only Heedful is shared.
    const hostile = await browser.newPage();
    await hostile.goto(pages.url('hostile-loop.html', 'localhost'));
    for (let i = 0; i < 6; i++) {
      await hostile.focus(`document.getElementById('pw${i}')`);
      await hostile.type('x');
    }
    const before = await hostile.evaluate(() => (window as unknown as { changes: number }).changes);

    const page = await browser.newPage();
    await page.goto(pages.url('signup.html'));
    // Give the loops time to pile ratings up, as they did before the fix.
    await pause(3_000);
    await page.evaluate(() => {
      const times: { key?: number; notice?: number } = {};
      (window as unknown as { times: typeof times }).times = times;
      document.addEventListener('keydown', () => (times.key ??= performance.now()), true);
      new MutationObserver(() => {
        if (document.querySelector('heedful-notice[data-check="password-strength"]'))
          times.notice ??= performance.now();
      }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    });
    await page.focus(`document.getElementById('pw')`);
    await page.type('p');
    await waitForNotice(page, 'password-strength', { timeout: 30_000 });
    const times = await page.evaluate(
      () => (window as unknown as { times: { key: number; notice: number } }).times,
    );
    const after = await hostile.evaluate(() => (window as unknown as { changes: number }).changes);
    // The hostile loops really ran (a background tab's timers may be slowed to 1/s: one
    // change per field was enough to restart the rating before the fix).
    expect(after - before).toBeGreaterThan(6);
    const ms = times.notice - times.key;
    console.log(`${name}: verdict ${ms.toFixed(0)} ms after the key, beside a hostile tab`);
    expect(ms).toBeGreaterThan(0);
    // Starved, this tab waited behind every rating the loops piled up: 6 fields × 200 changes a
    // second for 3 s is thousands of ratings, over a minute of work. Not starved, Firefox answers
    // in ~100 ms; Debian's Chromium 150 on two shared cores, with the looping page running, took
    // 1.6 to 4.0 s for a frame's first verdict (its first settings read and rating waited on the
    // extension's process), also without the 2026-12-02 changes. The bar sits well below
    // starvation and above that machine's worst.
    expect(ms).toBeLessThan(8_000);
    await page.close();
    await hostile.close();
  }, 120_000);

  test('200 iframes × 40 bad forms keep storage.session under 1 MB; a closed tab stays closed', async () => {
    const other = await openTab(browser, pages.url('forms/http-action.html'));
    const { page, tabId } = await openTab(browser, pages.url('frames.html'));
    // Every frame has loaded and reported (or been refused): the report stops growing. Off-screen
    // frames are throttled by the browser, so a quiet spell alone does not prove they are done:
    // wait until the caps have been hit (the report says so) and the size holds.
    let report = await tabReport(browser, tabId);
    let last = -1;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      await pause(3_000);
      report = await tabReport(browser, tabId);
      // This tab's entry only: every short-lived extension page the harness opens adds a
      // closed-tab tombstone (a few bytes) to the storage as a whole.
      const entry = (await browser.getStorage('session'))[`tab:${tabId}`];
      const size = JSON.stringify(entry ?? null).length;
      if (size === last && report.findings.length > 0 && report.incomplete) break;
      last = size;
    }
    const session = await browser.getStorage('session');
    const bytes = JSON.stringify(session).length;
    const entry = JSON.stringify(session[`tab:${tabId}`] ?? null);
    const kept = Object.values(
      (JSON.parse(entry) as { frames?: Record<string, { f: unknown[] }> } | null)?.frames ?? {},
    ).reduce((sum, frame) => sum + frame.f.length, 0);
    console.log(
      `${name}: storage.session ${bytes} bytes after 200 × 40 bad forms; the tab's entry ` +
        `${entry.length} bytes for ${kept} findings (${Math.round(entry.length / kept)} bytes each)`,
    );
    expect(bytes).toBeLessThan(1024 * 1024);
    // Findings are stored as codes; their sentences are written when shown (all have spaces).
    expect(kept).toBeGreaterThan(0);
    expect(entry.includes(' ')).toBe(false);
    expect(report.findings.every((finding) => finding.message.includes(' '))).toBe(true);
    // Findings were dropped, so the report says it is incomplete: never an all-clear.
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.incomplete).toBe(true);
    expect(report.url).toBe(new URL(pages.url('')).origin);
    // Another tab's report still reads back.
    expect((await tabReport(browser, other.tabId)).findings.length).toBeGreaterThan(0);

    // Close; frames may still be reporting, and nothing brings the report back.
    await page.close();
    await pause(5_000);
    expect(Object.keys(await browser.getStorage('session'))).not.toContain(`tab:${tabId}`);
    expect((await tabReport(browser, tabId)).findings).toEqual([]);
    await other.page.close();
  }, 180_000);

  test('a range cached for site A is fetched again for site B', async () => {
    const password = Object.keys(breached)[0]!;
    const path = `/range/${prefixOf(password)}`;
    const asked = () => range.requests.filter((r) => r.method === 'GET' && r.path === path).length;
    const check = async (host: string) => {
      const page = await browser.newPage();
      await page.goto(pages.url('login.html', host));
      await page.focus(`document.getElementById('pw')`);
      await page.type(password);
      await waitForNotice(page, 'breached-password', { state: 'breached', timeout: 20_000 });
      await page.close();
    };
    await check('127.0.0.1');
    expect(asked()).toBe(1);
    // Same site again: the cache answers, no request.
    await check('127.0.0.1');
    expect(asked()).toBe(1);
    // Another site: fetched again, so its answer takes as long as an uncached one.
    await check('localhost');
    expect(asked()).toBe(2);
  }, 120_000);

  test('a range API address without its trailing slash asks for /range/XXXXX', async () => {
    await browser.setStorage({ settings: { rangeApiUrl: range.url.replace(/\/$/, '') } });
    try {
      const password = `slash-${name}-otter-77`;
      const page = await browser.newPage();
      await page.goto(pages.url('login.html'));
      await page.focus(`document.getElementById('pw')`);
      await page.type(password);
      // A login field stays silent when nothing is found (calm notices): watch the wire instead.
      const gets = () => range.requests.filter((r) => r.method === 'GET').map((r) => r.path);
      await expect
        .poll(gets, { timeout: 20_000, interval: 100 })
        .toContain(`/range/${prefixOf(password)}`);
      const paths = gets();
      expect(paths.every((p) => /^\/range\/[0-9A-F]{5}$/.test(p))).toBe(true);
      await page.close();
    } finally {
      await browser.setStorage({ settings: { rangeApiUrl: range.url } });
    }
  }, 120_000);

  test('a page listening on document and window from its first script sees no Heedful event', async () => {
    const id = await runtimeId(browser);
    const { page, tabId } = await openTab(
      browser,
      pages.url(`listener.html?id=${encodeURIComponent(id)}`),
    );
    // The content script is running: it reported the page (slow on a loaded machine).
    const deadline = Date.now() + 45_000;
    while ((await tabReport(browser, tabId)).url === null && Date.now() < deadline)
      await pause(250);
    expect((await tabReport(browser, tabId)).url).not.toBeNull();
    await pause(1_000);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    // Still working: a weak password gets its notice, and only then may the page know.
    await page.focus(`document.getElementById('pw')`);
    await page.type('password1');
    await waitForNotice(page, 'password-strength', { state: 'weak', timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await page.close();
  }, 120_000);
});
