import { describe, expect, test } from 'vitest';
import {
  BROWSERS,
  expectNoNotice,
  withBrowser,
  waitForNotice,
  waitForValue,
  type PageDriver,
} from './harness';

const NEWSLETTER = 'forms/newsletter-oversized.html';
const OVERSIZED_TOGGLE = 'input[aria-describedby="oversized-form-hint"]';

describe.each(BROWSERS)('options page in %s', (name) => {
  const { browser, pages: server } = withBrowser(name);

  async function openOptions(): Promise<PageDriver> {
    const page = await browser.newPage();
    await page.goto(await browser.extensionUrl('options.html'));
    await waitForValue(page, () => !!document.getElementById('checks-heading'), undefined, {
      what: 'the options page',
    });
    return page;
  }

  /** Focuses an element and presses a key on it: the trusted events a person's keyboard makes. */
  async function pressOn(page: PageDriver, selector: string, key = 'Enter') {
    await waitForValue(page, (s) => !!document.querySelector(s), selector, { what: selector });
    await page.focus(`document.querySelector(${JSON.stringify(selector)})`);
    await page.press(key);
  }

  /** Replaces a text field's value by typing, then submits its form with Enter. */
  async function typeInto(page: PageDriver, selector: string, value: string) {
    await page.focus(`document.querySelector(${JSON.stringify(selector)})`);
    await page.evaluate((s) => document.querySelector<HTMLInputElement>(s)!.select(), selector);
    await page.type(value);
    await page.press('Enter');
  }

  const settings = async () =>
    (await browser.getStorage('local')).settings as Record<string, never>;

  test('turning a check off applies to open and newly loaded pages, without a reload', async () => {
    const web = await browser.newPage();
    await web.goto(server.url(NEWSLETTER));
    await waitForNotice(web, 'oversized-form', { state: 'oversized' });

    const options = await openOptions();
    await pressOn(options, OVERSIZED_TOGGLE, ' ');
    await waitForValue(
      options,
      (s) => !document.querySelector<HTMLInputElement>(s)!.checked,
      OVERSIZED_TOGGLE,
    );
    expect(await settings()).toMatchObject({ checks: { 'oversized-form': false } });

    // The page that was already open drops the notice by itself.
    await waitForValue(web, () => document.querySelectorAll('heedful-notice').length === 0);
    await web.goto(server.url(NEWSLETTER));
    await expectNoNotice(web, 'oversized-form', 3_000);

    await pressOn(options, OVERSIZED_TOGGLE, ' ');
    await waitForValue(
      options,
      (s) => document.querySelector<HTMLInputElement>(s)!.checked,
      OVERSIZED_TOGGLE,
    );
    await web.goto(server.url(NEWSLETTER));
    await waitForNotice(web, 'oversized-form', { state: 'oversized' });
    await options.close();
    await web.close();
  });

  test('the range API address rejects plain http off loopback, visibly, and accepts loopback', async () => {
    const options = await openOptions();
    await typeInto(options, '#range-url', 'http://example.com/');
    const error = await waitForValue(options, () => {
      const message = document.getElementById('range-error');
      const field = document.getElementById('range-url')!;
      if (!message || message.getBoundingClientRect().height === 0) return null;
      return {
        text: message.textContent,
        role: message.getAttribute('role'),
        invalid: field.getAttribute('aria-invalid'),
        describedBy: field.getAttribute('aria-describedby'),
      };
    });
    expect(error).toMatchObject({ role: 'alert', invalid: 'true', describedBy: 'range-error' });
    expect(error.text).toMatch(/https:\/\//);
    expect((await settings())?.rangeApiUrl).not.toBe('http://example.com/');

    await typeInto(options, '#range-url', 'http://127.0.0.1:9/range/');
    const saved = await waitForValue(
      options,
      () =>
        !document.getElementById('range-error') &&
        document.querySelector('[role="status"] p')?.textContent,
    );
    expect(saved).toBe('Saved.');
    expect(await settings()).toMatchObject({ rangeApiUrl: 'http://127.0.0.1:9/range/' });

    // "Reset to default" puts the public service back.
    await pressOn(options, '#range-url ~ button[type="button"]');
    await waitForValue(options, () =>
      document.querySelector<HTMLInputElement>('#range-url')!.value.startsWith('https://'),
    );
    expect(await settings()).toMatchObject({
      rangeApiUrl: 'https://api.pwnedpasswords.com/range/',
    });
    await options.close();
  });

  test('a site paused here shows no notices until it is removed again', async () => {
    const options = await openOptions();
    // Chromium's URL parser would turn this into the "hostname" `not%20a%20site!`.
    await typeInto(options, '#paused-site', 'not a site!');
    await waitForValue(
      options,
      () => document.getElementById('paused-error')?.textContent,
      undefined,
      {
        what: 'the invalid-site message',
      },
    );

    await typeInto(options, '#paused-site', 'http://127.0.0.1:8080/some/page');
    const listed = await waitForValue(
      options,
      () => document.querySelector('.sites li')?.textContent,
    );
    expect(listed).toContain('127.0.0.1');
    expect(await settings()).toMatchObject({ pausedSites: ['127.0.0.1'] });

    let web = await browser.newPage();
    await web.goto(server.url(NEWSLETTER));
    await expectNoNotice(web, 'oversized-form', 3_000);
    // Firefox sends key presses to the tab in front, so the page goes before the options are used.
    await web.close();

    await pressOn(options, 'button[aria-label="Remove 127.0.0.1"]');
    await waitForValue(options, () => document.querySelector('.sites') === null, undefined, {
      what: 'an empty list of paused sites',
    });
    web = await browser.newPage();
    await web.goto(server.url(NEWSLETTER));
    await waitForNotice(web, 'oversized-form', { state: 'oversized' });
    await web.close();
    await options.close();
  });

  test('resetting progress asks first, then erases it', async () => {
    await browser.setStorage({
      progress: {
        seen: { mfa: '2025-01-02' },
        answers: { mfa: { choice: 1, correct: true } },
        streak: { lastDay: '2025-01-02', count: 1, best: 3 },
      },
    });
    const options = await openOptions();
    const buttonWith = (label: string) =>
      `document.evaluate(${JSON.stringify(`//button[normalize-space()="${label}"]`)}, document, null, 9, null).singleNodeValue`;

    await options.focus(buttonWith('Reset progress'));
    await options.press('Enter');
    await waitForValue(options, () => !!document.getElementById('reset-question'));
    await options.focus(buttonWith('Cancel'));
    await options.press('Enter');
    expect((await browser.getStorage('local')).progress).toMatchObject({
      answers: { mfa: { choice: 1 } },
    });

    await options.focus(buttonWith('Reset progress'));
    await options.press('Enter');
    await waitForValue(options, () => !!document.getElementById('reset-question'));
    await options.focus(buttonWith('Yes, erase it'));
    await options.press('Enter');
    const done = await waitForValue(
      options,
      () => document.querySelector('[role="status"] p')?.textContent,
    );
    expect(done).toMatch(/reset/);
    expect((await browser.getStorage('local')).progress).toEqual({
      seen: {},
      answers: {},
      streak: { lastDay: null, count: 0, best: 0 },
    });
    await options.close();
  });
});
