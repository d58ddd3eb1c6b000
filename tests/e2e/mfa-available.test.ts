import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  blocking,
  BROWSERS,
  expectNoNotice,
  launch,
  openTab,
  readNotices,
  runAxe,
  startPageServer,
  summarize,
  waitForNotice,
  waitForValue,
  type BrowserDriver,
  type PageDriver,
} from './harness';
import { LISTED_SITE } from './harness/hosts';

const PASSWORD = 'plum-Otter-4-canyon';
/** The notice's buttons are in an open shadow root; focus one and press Enter (a trusted click). */
const noticeButton = (label: string) =>
  `[...document.querySelector('heedful-notice[data-check="mfa-available"]').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)})`;

describe.each(BROWSERS)('two-step sign-in available, in %s', (name) => {
  let browser: BrowserDriver;
  let server: Awaited<ReturnType<typeof startPageServer>>;
  const listed = (path: string) => server.url(path, `login.${LISTED_SITE}`);

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Types into the sign-in form like a person and presses Enter in the password field. */
  async function signIn(page: PageDriver) {
    await waitForValue(page, () => !!document.getElementById('pass'), undefined, { what: 'form' });
    await contentScriptReady(page);
    await page.focus("document.getElementById('user')");
    await page.type('sam@example.com');
    await page.focus("document.getElementById('pass')");
    await page.type(PASSWORD);
    await page.press('Enter');
  }

  /** The listed host is served over http, so the content script flags the password form as
   * insecure: proof it is listening before we type (a busy machine can inject it late). Pages on
   * 127.0.0.1 are secure and get no such notice. */
  async function contentScriptReady(page: PageDriver) {
    const secure = await page.evaluate(() => window.isSecureContext);
    if (!secure) await waitForNotice(page, 'insecure-form', { timeout: 30_000 });
  }

  const mfaNotices = async (page: PageDriver) =>
    (await readNotices(page)).filter((n) => n.check === 'mfa-available');

  test('signing in to a listed site: the next page says so once, and never twice', async () => {
    await browser.setStorage({ mfaNotices: {} });
    const { page, tabId } = await openTab(browser, listed('sign-in/signin.html'));
    expect(await page.evaluate(() => location.origin)).toMatch(
      new RegExp(`^http://login\\.${LISTED_SITE.replace(/\./g, '\\.')}:\\d+$`),
    );
    await signIn(page);
    await waitForValue(page, () => location.pathname === '/sign-in/home.html', undefined, {
      what: 'the next page',
    });
    const notice = await waitForNotice(page, 'mfa-available', {
      state: 'available',
      timeout: 20_000,
    });
    expect(notice.role).toBe('status');
    expect(notice.text).toContain(`${LISTED_SITE} offers two-step sign-in`);
    expect(notice.text).toMatch(/security key.*authenticator app.*text message/);
    expect(await mfaNotices(page)).toHaveLength(1);
    const guide = await page.evaluate(
      () =>
        document
          .querySelector('heedful-notice[data-check="mfa-available"]')
          ?.shadowRoot?.querySelector('a')
          ?.getAttribute('href') ?? '',
    );
    expect(guide).toMatch(/^https:\/\/www\.123-reg\.co\.uk\//);
    const violations = blocking(await runAxe(page));
    expect(violations, summarize('two-step notice', violations)).toEqual([]);

    // Only the listed domain is remembered, with an expiry; no password anywhere in storage.
    const local = await browser.getStorage('local');
    expect(Object.keys(local.mfaNotices as object)).toEqual([LISTED_SITE]);
    expect(typeof (local.mfaNotices as Record<string, unknown>)[LISTED_SITE]).toBe('number');
    for (const area of ['local', 'session'] as const)
      expect(JSON.stringify(await browser.getStorage(area))).not.toContain(PASSWORD);

    // The popup's page report for that tab lists the site's methods and guide.
    const popup = await browser.newPage();
    await popup.goto(await browser.extensionUrl(`popup.html?tabId=${tabId}`));
    const report = await waitForValue(
      popup,
      () => document.querySelector('.site-mfa')?.textContent ?? '',
      undefined,
      { what: 'the two-step report' },
    );
    expect(report).toContain('Two-step sign-in available');
    expect(report).toContain('authenticator app');
    await popup.close();

    // Signing in again within 30 days: no second notice.
    await page.goto(listed('sign-in/signin.html'));
    await signIn(page);
    await waitForValue(page, () => location.pathname === '/sign-in/home.html', undefined, {
      what: 'the next page again',
    });
    await expectNoNotice(page, 'mfa-available', 5_000);
    expect(page.problems()).toEqual([]);
    await page.close();
  });

  test('a next page with a field of its own: the notice comes with the engine its field wakes, once', async () => {
    // The sentinel asks for the engine (the search box), and the background's answer carries
    // the notice; the background also injects the engine when the page completes. Either way
    // the notice is shown once, and taken once.
    await browser.setStorage({ mfaNotices: {} });
    const page = await browser.newPage();
    await page.goto(listed('sign-in/signin.html'));
    // The same sign-in, leading to a page that has a search box.
    await page.evaluate(() =>
      document.querySelector('form')!.setAttribute('action', '/sign-in/search-home.html'),
    );
    await signIn(page);
    await waitForValue(page, () => location.pathname === '/sign-in/search-home.html', undefined, {
      what: 'the next page',
    });
    const notice = await waitForNotice(page, 'mfa-available', {
      state: 'available',
      timeout: 20_000,
    });
    expect(notice.text).toContain(`${LISTED_SITE} offers two-step sign-in`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_500)));
    expect(await mfaNotices(page)).toHaveLength(1);
    expect(Object.keys((await browser.getStorage('local')).mfaNotices as object)).toEqual([
      LISTED_SITE,
    ]);
    expect(page.problems()).toEqual([]);
    await page.close();
  });

  test('a sign-in that stays on the page gets the notice there; "Never" is kept', async () => {
    await browser.setStorage({ mfaNotices: {} });
    const page = await browser.newPage();
    await page.goto(listed('sign-in/spa.html'));
    await signIn(page);
    await waitForNotice(page, 'mfa-available', { state: 'available', timeout: 20_000 });
    await page.focus(noticeButton('Never for this site'));
    await page.press('Enter');
    await waitForValue(
      page,
      () => !document.querySelector('heedful-notice[data-check="mfa-available"]'),
      undefined,
      {
        what: 'the notice to go',
      },
    );
    const local = await browser.getStorage('local');
    expect(local.mfaNotices).toEqual({ [LISTED_SITE]: 'never' });
    await page.close();
  });

  test('a script cannot forge a sign-in (requestSubmit, click())', async () => {
    await browser.setStorage({ mfaNotices: {} });
    const page = await browser.newPage();
    await page.goto(listed('sign-in/spa.html'));
    await contentScriptReady(page);
    await page.evaluate(() => {
      (document.getElementById('pass') as HTMLInputElement).value = 'typed-by-script';
      (document.getElementById('f') as HTMLFormElement).requestSubmit();
      document.querySelector('button')!.click();
    });
    await expectNoNotice(page, 'mfa-available', 5_000);
    await page.close();
  });

  test('with the check turned off, a sign-in leaves nothing and shows nothing', async () => {
    await browser.setStorage({
      mfaNotices: {},
      settings: { checks: { 'mfa-available': false }, pausedSites: [] },
    });
    const page = await browser.newPage();
    await page.goto(listed('sign-in/signin.html'));
    await signIn(page);
    await waitForValue(page, () => location.pathname === '/sign-in/home.html');
    await expectNoNotice(page, 'mfa-available', 4_000);
    expect((await browser.getStorage('local')).mfaNotices).toEqual({});
    expect(
      Object.keys(await browser.getStorage('session')).filter((k) => k.startsWith('mfa:')),
    ).toEqual([]);
    await browser.setStorage({ settings: { checks: {}, pausedSites: [] } });
    await page.close();
  });

  test('an unlisted site gets no notice', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('sign-in/signin.html'));
    await signIn(page);
    await waitForValue(page, () => location.pathname === '/sign-in/home.html');
    await expectNoNotice(page, 'mfa-available', 4_000);
    await page.close();
  });
});
