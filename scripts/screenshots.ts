/** @module Screenshots of the demo page for the README: `npx tsx scripts/screenshots.ts` after
 * `npm run build`. Debian Chromium with the built extension, as the e2e tests launch it; writes
 * `docs/screenshots/demo.png` (the list at its first examples, notices showing) and
 * `demo-present.png` (a projector's 1280×720, presentation mode). Notices are in the top layer
 * and shown only beside what is in view, so these are viewport shots, not full-page ones. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openChromium } from '../tests/e2e/harness/chromium';
import { ROOT } from '../tests/e2e/harness/paths';

const OUT = join(ROOT, 'docs/screenshots');

async function main() {
  // The README shows the light theme at 1× and in English.
  const { context, base, close } = await openChromium({
    colorScheme: 'light',
    deviceScaleFactor: 1,
    locale: 'en-US',
  });
  try {
    const demo = `${base}demo.html`;
    mkdirSync(OUT, { recursive: true });

    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.goto(demo);
    await showPasswords(page);
    await page.locator('#breach-password').blur();
    await page.evaluate(() => document.getElementById('example-weak-password')!.scrollIntoView());
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'demo.png') });

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${demo}?present=1`);
    await showPasswords(page);
    await page.locator('#weak-password').blur();
    await page.screenshot({ path: join(OUT, 'demo-present.png') });
  } finally {
    await close();
  }
}

/** Types into both password examples, visibly, and waits for their notices to settle. */
async function showPasswords(page: Page) {
  for (const [id, text] of [
    ['weak-password', 'summer2024'],
    ['breach-password', 'iloveyou'],
  ] as const) {
    const field = page.locator(`#${id}`);
    if (!(await field.isVisible())) continue;
    await field.locator('xpath=..').getByRole('checkbox').check();
    await field.pressSequentially(text);
  }
  await page.waitForTimeout(1_600);
}

await main();
