import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  blocking,
  extensionTabs,
  launch,
  runAxe,
  summarize,
  waitForValue,
  type BrowserDriver,
} from './harness';

const isWelcome = (url: string) => /^(chrome|moz)-extension:\/\/[^/]+\/welcome\.html/.test(url);

describe.each(BROWSERS)('welcome page in %s', (name) => {
  let browser: BrowserDriver;

  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('installing opens it once, and it reads well and passes axe', async () => {
    const welcome = (await extensionTabs(browser)).filter(isWelcome);
    expect(welcome).toHaveLength(1);

    const page = await browser.newPage();
    await page.goto(await browser.extensionUrl('welcome.html'));
    const view = await waitForValue(page, () => {
      const h1 = document.querySelector('h1')?.textContent;
      if (!h1) return null;
      return {
        h1,
        headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
        demo: document.querySelector<HTMLAnchorElement>('a.button')?.href ?? '',
        text: document.body.textContent ?? '',
        // One screen: the reader sees it all at a laptop's size without hunting.
        overflowX: document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(view.h1).toBe('Heedful is on');
    expect(view.headings).toEqual(
      expect.arrayContaining([
        'What Heedful checks',
        'What never leaves this device',
        'Keep the shield in sight',
        'See it work, safely',
      ]),
    );
    expect(view.demo).toMatch(/\/demo\.html$/);
    expect(view.text).not.toMatch(/SHA-1|hash|range API/i);
    expect(view.overflowX).toBe(false);
    const violations = await runAxe(page);
    console.log(summarize(`${name} welcome`, violations));
    expect(blocking(violations), summarize(`${name} welcome`, blocking(violations))).toEqual([]);
    await page.close();
  });

  // Skipped in Chromium, and reported as skipped: Debian's Chromium 150 often never brings an
  // unpacked extension back after `runtime.reload()` (its pages fail with ERR_BLOCKED_BY_CLIENT
  // for good; three fresh browsers in a row in one full run, 2026-12-02), so the check there
  // would test the browser. The update path itself is the same code in both browsers
  // (`tests/unit/background/welcome.test.ts` covers it with each install reason).
  test.skipIf(name === 'chromium')(
    'an update (the extension reloaded) opens no second welcome tab',
    async () => {
      const seen = await reloadAndLook(browser);
      expect(seen).toEqual([]);
      // Give a wrongly opened tab time to appear: onInstalled fires as the background starts.
      await new Promise((r) => setTimeout(r, 4_000));
      expect(await welcomeTabsOf(browser)).toEqual([]);
    },
  );
});

/** Welcome tabs open now, or null while the extension cannot be asked (reloading, or gone). */
function welcomeTabsOf(browser: BrowserDriver): Promise<string[] | null> {
  return extensionTabs(browser).then(
    (urls) => urls.filter(isWelcome),
    () => null,
  );
}

/** Reloads the extension (an update of the same version: onInstalled fires with `update`) and
 * returns the welcome tabs once it answers again with none, or what it saw last after 30 s. */
async function reloadAndLook(browser: BrowserDriver): Promise<string[] | null> {
  const page = await browser.newPage();
  await page.goto(await browser.extensionUrl('options.html'));
  await page.evaluate(() => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    setTimeout(() => api.runtime.reload(), 50);
  });
  // The reload closes the extension's own tabs, the first welcome tab among them; until the
  // extension is back, asking it fails, so each look is retried.
  const deadline = Date.now() + 30_000;
  let seen = await welcomeTabsOf(browser);
  while ((seen === null || seen.length > 0) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1_000));
    seen = await welcomeTabsOf(browser);
  }
  return seen;
}
