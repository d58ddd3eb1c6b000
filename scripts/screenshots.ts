/** @module Screenshots of the demo page for the README: `npx tsx scripts/screenshots.ts` after
 * `npm run build`. Debian Chromium with the built extension, as the e2e tests launch it; writes
 * `docs/screenshots/demo.png` (the list, notices showing) and `demo-present.png` (a projector's
 * 1280×720, presentation mode). */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { browserPath, buildPath, ROOT } from '../tests/e2e/harness/paths';

const OUT = join(ROOT, 'docs/screenshots');

async function main() {
  const extension = buildPath('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'heedful-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--lang=en-US',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
    colorScheme: 'light',
    deviceScaleFactor: 1,
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const demo = `chrome-extension://${new URL(worker.url()).host}/demo.html`;
    mkdirSync(OUT, { recursive: true });

    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(demo);
    await showPasswords(page);
    await page.screenshot({ path: join(OUT, 'demo.png'), fullPage: true });

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${demo}?present=1`);
    await showPasswords(page);
    await page.locator('#weak-password').blur();
    await page.screenshot({ path: join(OUT, 'demo-present.png') });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
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
