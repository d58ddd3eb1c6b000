import { describe, expect, test } from 'vitest';
import {
  BROWSERS,
  blocking,
  withBrowser,
  openTab,
  runAxe,
  summarize,
  waitForNotice,
  waitForValue,
  type AxeViolation,
  type PageDriver,
} from './harness';

/** Fails on serious or critical violations; logs the rest so they can be looked at. */
function expectAccessible(label: string, violations: AxeViolation[]) {
  console.log(summarize(label, violations));
  expect(blocking(violations), summarize(label, blocking(violations))).toEqual([]);
}

describe.each(BROWSERS)('accessibility (axe-core) in %s', (name) => {
  const { browser, pages: server } = withBrowser(name);

  async function open(path: string, ready: string): Promise<PageDriver> {
    const page = await browser.newPage();
    await page.goto(await browser.extensionUrl(path));
    await waitForValue(page, (s) => !!document.querySelector(s), ready, { what: ready });
    return page;
  }

  test('popup: the list with a finding, and a lesson before and after answering', async () => {
    const { page: web, tabId } = await openTab(
      browser,
      server.url('forms/newsletter-oversized.html'),
    );
    await waitForNotice(web, 'oversized-form', { state: 'oversized' });
    const list = await open(`popup.html?tabId=${tabId}`, '.findings li');
    expectAccessible(`${name} popup list`, await runAxe(list));
    await list.close();
    await web.close();

    // The lesson list view, and a lesson opened as a tab (a notice's "Learn why").
    const all = await open('popup.html#lessons', '.lessons li a');
    expectAccessible(`${name} popup lesson list`, await runAxe(all));
    await all.close();
    const tabbed = await open('popup.html?view=tab#lesson=passkeys', '.quiz');
    expectAccessible(`${name} lesson in a tab`, await runAxe(tabbed));
    await tabbed.close();

    const lesson = await open('popup.html#lesson=passkeys', '.quiz');
    expectAccessible(`${name} popup lesson`, await runAxe(lesson));
    // Two steps: the form reads the choice Preact has rendered, not one made in the same task.
    await lesson.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[name="quiz-passkeys"]')!.click(),
    );
    await lesson.evaluate(() =>
      document.querySelector<HTMLButtonElement>('.quiz button[type="submit"]')!.click(),
    );
    await waitForValue(lesson, () => !!document.querySelector('.result'));
    expectAccessible(`${name} popup answered lesson`, await runAxe(lesson));
    await lesson.close();
  });

  test('options page, also with its error messages showing', async () => {
    const options = await open('options.html', '#range-url');
    expectAccessible(`${name} options`, await runAxe(options));
    await options.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#range-url')!;
      field.value = 'http://example.com/';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.evaluate(() => {
      document.querySelector<HTMLInputElement>('#range-url')!.form!.requestSubmit();
      document.querySelector<HTMLInputElement>('#paused-site')!.form!.requestSubmit();
    });
    await waitForValue(
      options,
      () => !!document.getElementById('range-error') && !!document.getElementById('paused-error'),
    );
    expectAccessible(`${name} options with errors`, await runAxe(options));
    await options.close();
  });

  test('welcome page, and the popup with progress and a check marked "not a problem"', async () => {
    const welcome = await open('welcome.html', '.try');
    expectAccessible(`${name} welcome`, await runAxe(welcome));
    await welcome.close();

    await browser.setStorage({
      notAProblem: [{ site: '127.0.0.1', check: 'oversized-form' }],
      progress: {
        seen: { mfa: '2026-01-01' },
        answers: { mfa: { choice: 1, correct: true } },
        streak: { lastDay: '2026-01-01', count: 1, best: 1 },
      },
    });
    const { page: web, tabId } = await openTab(
      browser,
      server.url('forms/newsletter-oversized.html'),
    );
    const popup = await open(`popup.html?tabId=${tabId}`, 'section.not-a-problem button');
    await waitForValue(popup, () => !!document.querySelector('.progress progress'));
    expectAccessible(`${name} popup with progress and not-a-problem`, await runAxe(popup));
    await popup.close();
    await web.close();
    await browser.setStorage({ notAProblem: [] });
  });

  test('an in-page oversized-form notice, inside its shadow root and on the whole page', async () => {
    const web = await browser.newPage();
    await web.goto(server.url('forms/newsletter-oversized.html'));
    await waitForNotice(web, 'oversized-form', { state: 'oversized' });
    const inNotice = await runAxe(web, { include: [['heedful-notice']] });
    expectAccessible(`${name} notice`, inNotice);
    expectAccessible(`${name} page with notice`, await runAxe(web));
    await web.close();
  });
});
