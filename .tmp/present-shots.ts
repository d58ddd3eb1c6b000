import { openChromium } from '../tests/e2e/harness/chromium';
const { context, base, close } = await openChromium({ colorScheme: 'light', deviceScaleFactor: 1 });
const page = await context.newPage();
for (const [w, h] of [[1366, 768], [1024, 768]] as const) {
  await page.setViewportSize({ width: w, height: h });
  await page.goto(`${base}demo.html?present=1`);
  await page.waitForSelector('.present-nav');
  for (let i = 0; i < 4; i++) {
    // Show what an educator shows: type in the password examples.
    for (const id of ['weak-password', 'breach-password']) {
      const f = page.locator(`#${id}`);
      if (await f.isVisible()) { await f.pressSequentially(id === 'weak-password' ? 'summer2024' : 'iloveyou'); }
    }
    await page.waitForTimeout(1800);
    const m = await page.evaluate(() => ({ sh: document.documentElement.scrollHeight, ih: innerHeight }));
    console.log(w, i, JSON.stringify(m));
    await page.screenshot({ path: `/tmp/i16/p-${w}-${i}.png` });
    await page.locator('.present-nav .next').click().catch(() => undefined);
    await page.waitForTimeout(300);
  }
}
await close();
