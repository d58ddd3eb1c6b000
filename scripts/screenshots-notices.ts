/** @module Screenshots of real in-page notices for the README: `npx tsx scripts/screenshots-notices.ts`
 * after `npm run build`. The built extension's content script on a realistic sign-up page
 * (tests/fixtures/pages/shop-signup*.html) served from a non-secure host, with a local range
 * server standing in for the breach API; light and dark, left-to-right and right-to-left. Writes
 * `docs/screenshots/notices-{light,dark}-{ltr,rtl}.png`. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startRangeServer } from '../tests/support/range-server';
import { openChromium } from '../tests/e2e/harness/chromium';
import { ROOT } from '../tests/e2e/harness/paths';
import { startPageServer } from '../tests/e2e/harness/server';

const OUT = join(ROOT, 'docs/screenshots');
/** Weak, and in the stand-in breach corpus: every kind of password notice shows. */
const PASSWORD = 'Summer2024';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const pages = await startPageServer();
  const range = await startRangeServer({ breached: { [PASSWORD]: 37_512 } });
  try {
    for (const scheme of ['light', 'dark'] as const)
      for (const dir of ['ltr', 'rtl'] as const) {
        const { context, base, close } = await openChromium({
          colorScheme: scheme,
          deviceScaleFactor: 1,
          locale: 'en-US',
          viewport: { width: 1100, height: 820 },
        });
        try {
          const setup = await context.newPage();
          await setup.goto(`${base}popup.html`);
          await setup.evaluate(
            (url) => chrome.storage.local.set({ settings: { rangeApiUrl: url } }),
            range.url,
          );
          await setup.close();
          const page = await context.newPage();
          const file = dir === 'rtl' ? 'shop-signup-rtl.html' : 'shop-signup.html';
          await page.goto(pages.url(file, 'shop.test'));
          await page.locator('#pw').pressSequentially(PASSWORD, { delay: 40 });
          await page
            .locator('heedful-notice[data-check=breached-password][data-state=breached]')
            .waitFor({ state: 'attached', timeout: 15_000 });
          await page.waitForTimeout(500);
          await page.screenshot({ path: join(OUT, `notices-${scheme}-${dir}.png`) });
        } finally {
          await close();
        }
      }
  } finally {
    await pages.close();
    await range.close();
  }
}

await main();
