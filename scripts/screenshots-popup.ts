/** @module README screenshots of the popup, a lesson, the welcome and options pages: `npx tsx
 * scripts/screenshots-popup.ts` after `npm run build`. Debian Chromium with the built extension,
 * launched exactly as the e2e tests launch it; writes `docs/screenshots/popup.png` (380 px wide
 * and as tall as its content: a finding on the current tab and its lesson), `lesson-tab.png` (a
 * notice's "Learn why": the lesson in a tab), `welcome.png` (opened on install), `options.png`. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { openChromium } from '../tests/e2e/harness/chromium';
import { ROOT } from '../tests/e2e/harness/paths';
import { startPageServer } from '../tests/e2e/harness/server';

const OUT = join(ROOT, 'docs/screenshots');

/** Runs `fn` in a throwaway extension page, where the extension APIs are. */
async function inExtension<T, A>(
  context: BrowserContext,
  base: string,
  fn: (arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(`${base}popup.html`);
    // Playwright types the argument as its serialised form; ours are plain JSON already.
    return await page.evaluate(fn as (arg: unknown) => Promise<T>, arg);
  } finally {
    await page.close();
  }
}

/** Tab ids need no `tabs` permission: the page's tab is the one that was not there before. */
const otherTabIds = (context: BrowserContext, base: string) =>
  inExtension(
    context,
    base,
    async () => {
      const self = await chrome.tabs.getCurrent();
      return (await chrome.tabs.query({})).flatMap((t) =>
        t.id !== undefined && t.id !== self?.id ? [t.id] : [],
      );
    },
    undefined,
  );

/** A reader a few days in: some lessons read, one quiz answered, a streak going. */
function sampleProgress(now = new Date()) {
  const day = (offset: number) => {
    const d = new Date(now);
    d.setDate(d.getDate() - offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  return {
    seen: { passphrases: day(2), 'password-managers': day(1), mfa: day(1) },
    answers: { passphrases: { choice: 1, correct: true }, mfa: { choice: 0, correct: false } },
    streak: { lastDay: day(1), count: 2, best: 4 },
  };
}

async function main() {
  // The README shows the light theme at 1× and in English.
  const { context, base, close } = await openChromium({
    colorScheme: 'light',
    deviceScaleFactor: 1,
    locale: 'en-US',
  });
  const server = await startPageServer();
  try {
    mkdirSync(OUT, { recursive: true });
    await inExtension(
      context,
      base,
      (progress) => chrome.storage.local.set({ progress, progress$: { v: 2 } }),
      sampleProgress(),
    );

    const before = new Set(await otherTabIds(context, base));
    const web = await context.newPage();
    const [tabId] = (await otherTabIds(context, base)).filter((id) => !before.has(id));
    await web.goto(server.url('forms/newsletter-oversized.html'));
    await web.waitForSelector('heedful-notice[data-check="oversized-form"]', { timeout: 20_000 });

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    // The report arrives a moment after the notice; reopen until the popup lists it.
    for (let i = 0; i < 40; i++) {
      await popup.goto(`${base}popup.html?tabId=${tabId}`);
      if (await popup.waitForSelector('.findings li', { timeout: 500 }).catch(() => null)) break;
    }
    await popup.waitForSelector('.findings li');
    // Nothing focused: a focus ring in a README picture looks like a bug.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // As tall as its content, the way the browser sizes a popup.
    const height = await popup.evaluate(() =>
      Math.ceil(document.body.getBoundingClientRect().height),
    );
    await popup.screenshot({
      path: join(OUT, 'popup.png'),
      clip: { x: 0, y: 0, width: 380, height: Math.min(height, 600) },
    });

    const lesson = await context.newPage();
    await lesson.setViewportSize({ width: 1100, height: 800 });
    await lesson.goto(`${base}popup.html?view=tab#lesson=data-minimisation`);
    await lesson.waitForSelector('.quiz');
    await lesson.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await lesson.screenshot({ path: join(OUT, 'lesson-tab.png') });

    const welcome = await context.newPage();
    await welcome.setViewportSize({ width: 1100, height: 400 });
    await welcome.goto(`${base}welcome.html`);
    await welcome.waitForSelector('h1');
    await welcome.screenshot({ path: join(OUT, 'welcome.png'), fullPage: true });

    await inExtension(
      context,
      base,
      () => chrome.storage.local.set({ settings: { pausedSites: ['intranet.example.com'] } }),
      undefined,
    );
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 800 });
    await options.goto(`${base}options.html`);
    await options.waitForSelector('#range-url');
    await options.screenshot({ path: join(OUT, 'options.png'), fullPage: true });
    console.log(`wrote popup, lesson-tab, welcome and options PNGs to ${OUT}`);
  } finally {
    await server.close();
    await close();
  }
}

await main();
