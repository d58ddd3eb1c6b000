import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  expectNoNotice,
  launch,
  startPageServer,
  waitForNotice,
  type BrowserDriver,
  type PageDriver,
} from './harness';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

const SHARED = 'maple-harbor-cinder-sleet-71';
const BANK = 'quartz-lantern-otter-vivid-29';
const OFF_PASSWORD = 'amber-falcon-drizzle-orbit-5';

/** A sign-in form that really submits (the page goes away, as on real sites). */
const SIGN_IN = `<!doctype html><title>Sign in</title>
<form method="post" action="/signed-in.html">
  <label>Email <input id="user" name="email" type="email" autocomplete="username"></label>
  <label>Password <input id="pw" name="password" type="password" autocomplete="current-password"></label>
  <button id="go" type="submit">Sign in</button>
</form>`;
/** A hostile page: whatever the person types, it swaps in its own guess before the pause that
 * settles the field, hoping to learn from the notice whether the guess is a password in use. */
const PROBE = `<!doctype html><title>Probe</title>
<form><input id="pw" type="password"></form>
<script>
  const pw = document.getElementById('pw');
  pw.addEventListener('input', () => setTimeout(() => { pw.value = ${JSON.stringify(SHARED)}; }, 300));
</script>`;
const SIGNED_IN = '<!doctype html><title>Welcome</title><p>Signed in.</p>';

/** Hashing and the public-suffix list stay in the background: never on the page's thread. */
test.each([CHROME_BUILD, FIREFOX_BUILD])(
  'the scripts injected into pages of %s carry no scrypt or tldts',
  (build) => {
    for (const file of ['sentinel.js', 'engine.js']) {
      const code = readFileSync(resolve(build, file), 'utf8');
      expect(code).not.toMatch(/scrypt|blockMix|xn--/);
    }
  },
);

describe.each(BROWSERS)('password-reuse check in %s', (name) => {
  let browser: BrowserDriver;
  let pages: Awaited<ReturnType<typeof startPageServer>>;

  beforeAll(async () => {
    pages = await startPageServer({
      '/signin.html': SIGN_IN,
      '/signed-in.html': SIGNED_IN,
      '/probe.html': PROBE,
    });
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  const reuseKeys = async () =>
    Object.keys(await browser.getStorage('local')).filter((k) => k.startsWith('reuse'));

  /** Waits until `check` holds for the stored tags. */
  async function waitForStored(check: (sites: Record<string, unknown>) => boolean) {
    const deadline = Date.now() + 20_000;
    let sites: Record<string, unknown> = {};
    while (Date.now() < deadline) {
      sites = ((await browser.getStorage('local')).reuseSites ?? {}) as Record<string, unknown>;
      if (check(sites)) return sites;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`stored tags never matched; saw ${Object.keys(sites).join(', ')}`);
  }

  async function signIn(host: string, password: string, how: 'enter' | 'click') {
    const page = await browser.newPage();
    await page.goto(pages.url('signin.html', host));
    await page.focus(`document.getElementById('user')`);
    await page.type('ana@example.org');
    await page.focus(`document.getElementById('pw')`);
    await page.type(password);
    if (how === 'click') await page.focus(`document.getElementById('go')`);
    await page.press('Enter');
    return page;
  }

  async function typeOn(host: string, password: string): Promise<PageDriver> {
    const page = await browser.newPage();
    await page.goto(pages.url('signin.html', host));
    await page.focus(`document.getElementById('pw')`);
    await page.type(password);
    return page;
  }

  test('with the check off (the default), a sign-in stores nothing and warns of nothing', async () => {
    let page = await signIn('shop.test', OFF_PASSWORD, 'enter');
    // Long enough for a tag to have been computed and written, had it been sent.
    await new Promise((r) => setTimeout(r, 3_000));
    await page.close();
    page = await typeOn('news.test', OFF_PASSWORD);
    await expectNoNotice(page, 'password-reuse', 3_000);
    await page.close();
    expect(await reuseKeys()).toEqual([]);
  });

  test('on: a password submitted on one site and typed on another is reused, naming the first', async () => {
    await browser.setStorage({ settings: { checks: { 'password-reuse': true } } });
    const first = await signIn('shop.test', SHARED, 'enter');
    const sites = await waitForStored((s) => 'shop.test' in s);
    await first.close();
    expect(Object.keys(sites)).toEqual(['shop.test']);

    const page = await typeOn('news.test', SHARED);
    const notice = await waitForNotice(page, 'password-reuse', {
      state: 'reused',
      timeout: 20_000,
    });
    expect(notice.text).toContain('You also use this password on shop.test.');
    expect(notice.text).toContain('Change one of them.');
    expect(notice.role).toBe('alert');
    await page.close();

    // The same password on the same site is not reuse.
    const again = await typeOn('shop.test', SHARED);
    await expectNoNotice(again, 'password-reuse', 4_000);
    await again.close();
  });

  test('a page that swaps its own guess into the field learns nothing', async () => {
    const page = await browser.newPage();
    await page.goto(pages.url('probe.html', 'news.test'));
    await page.focus(`document.getElementById('pw')`);
    await page.type('not-the-shared-one');
    // The page's swap lands 300 ms after the last key, before the field settles (1 s).
    await new Promise((r) => setTimeout(r, 600));
    expect(
      await page.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value),
    ).toBe(SHARED);
    await expectNoNotice(page, 'password-reuse', 5_000);
    await page.close();
  });

  test('a lookalike host is told apart from the site the password belongs to', async () => {
    const bank = await signIn('heedbank.test', BANK, 'click');
    await waitForStored((s) => 'heedbank.test' in s);
    await bank.close();
    const page = await typeOn('heedbank-login.test', BANK);
    const notice = await waitForNotice(page, 'password-reuse', {
      state: 'lookalike',
      timeout: 20_000,
    });
    expect(notice.text).toContain(
      'This site is not heedbank.test. If you meant to sign in there, stop.',
    );
    expect(notice.role).toBe('alert');
    await page.close();
  });

  test('storage holds nothing but a salt and 24-bit tags with lengths', async () => {
    const local = await browser.getStorage('local');
    const session = await browser.getStorage('session');
    expect(await reuseKeys()).toEqual(expect.arrayContaining(['reuseSalt', 'reuseSites']));
    expect(local.reuseSalt).toMatch(/^[0-9a-f]{32}$/);
    const sites = local.reuseSites as Record<string, Record<string, number>>;
    expect(Object.keys(sites).sort()).toEqual(['heedbank.test', 'shop.test']);
    for (const entry of Object.values(sites)) {
      expect(Object.keys(entry).sort()).toEqual(['lastSeen', 'length', 'tag']);
      const tag = entry.tag ?? -1;
      expect(Number.isInteger(tag) && tag >= 0 && tag < 2 ** 24).toBe(true);
    }
    expect(sites['shop.test']!.length).toBe(SHARED.length);
    const everything = JSON.stringify([local, session]);
    for (const password of [SHARED, BANK, OFF_PASSWORD]) expect(everything).not.toContain(password);
  });

  test('turning the check off deletes the tags and the salt', async () => {
    await browser.setStorage({ settings: { checks: { 'password-reuse': false } } });
    const deadline = Date.now() + 15_000;
    while ((await reuseKeys()).length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(await reuseKeys()).toEqual([]);
  });
});
