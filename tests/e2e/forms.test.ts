import { describe, expect, test } from 'vitest';
import {
  badgeText,
  BROWSERS,
  expectNoNotice,
  openTab,
  waitForBadge,
  waitForNotice,
  withBrowser,
} from './harness';

describe.each(BROWSERS)('oversized and insecure forms in %s', (name) => {
  const { browser, pages: server } = withBrowser(name);

  test('a newsletter asking for a birth date and an ID number is flagged with those kinds', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('forms/newsletter-oversized.html'));
    const notice = await waitForNotice(page, 'oversized-form', { state: 'oversized' });
    expect(notice.kinds.split(' ').sort()).toEqual(['birth-date', 'national-id']);
    expect(notice.role).toBe('status');
    expect(notice.text).toMatch(/date of birth/i);
    await page.close();
  });

  test('a newsletter asking for a birth date, a phone and a home address is judged as a newsletter', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('forms/newsletter-address.html'));
    const notice = await waitForNotice(page, 'oversized-form', { state: 'oversized' });
    expect(notice.kinds.split(' ').sort()).toEqual(['birth-date', 'street-address']);
    expect(notice.text).toMatch(/newsletter/i);
    await page.close();
  });

  test('a newsletter form inside an open shadow root is judged', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('forms/shadow-newsletter.html'));
    const notice = await waitForNotice(page, 'oversized-form', { state: 'oversized' });
    expect(notice.kinds.split(' ').sort()).toEqual(['birth-date', 'street-address']);
    await page.close();
  });

  test('a form inside a shadow root on a plain div is judged once someone focuses a field in it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('forms/div-shadow-newsletter.html'));
    // Only custom elements are searched for shadow roots at load (one native query); the focus
    // of a person (trusted, composed) reaches the engine, which then reads that root too.
    await page.focus(`document.getElementById('widget').shadowRoot.getElementById('email')`);
    const notice = await waitForNotice(page, 'oversized-form', { state: 'oversized' });
    expect(notice.kinds.split(' ').sort()).toEqual(['birth-date', 'national-id']);
    await page.close();
  });

  test('a form in a panel closed by the stylesheet is judged once the panel opens', async () => {
    const { page, tabId } = await openTab(
      browser,
      server.url('forms/newsletter-in-closed-panel.html'),
    );
    await expectNoNotice(page, 'oversized-form', 2_500);
    // Not judged at all while closed (the scan skips it): nothing counted on the badge either.
    expect(await badgeText(browser, tabId)).toBe('');
    // A class change: no element is added, so only the form getting a box can tell.
    await page.evaluate(() => document.getElementById('panel')!.classList.add('open'));
    const notice = await waitForNotice(page, 'oversized-form', { state: 'oversized' });
    expect(notice.kinds.split(' ').sort()).toEqual(['birth-date', 'national-id']);
    await waitForBadge(browser, tabId, '1');
    await page.close();
  });

  test('a form added after load, on a page that churns other content, is judged', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('late-newsletter.html'));
    const notice = await waitForNotice(page, 'oversized-form', {
      state: 'oversized',
      timeout: 15_000,
    });
    expect(notice.kinds.split(' ').sort()).toEqual(['birth-date', 'national-id']);
    await page.close();
  });

  test('an ordinary checkout, an identity check and a login are not flagged', async () => {
    for (const path of ['forms/checkout.html', 'forms/identity-verification.html', 'login.html']) {
      const page = await browser.newPage();
      await page.goto(server.url(path));
      await expectNoNotice(page, 'oversized-form', 2_500);
      await expectNoNotice(page, 'insecure-form', 500);
      await page.close();
    }
  });

  test('a password form on a non-secure host is flagged; the same page on loopback is not', async () => {
    const insecure = await browser.newPage();
    await insecure.goto(server.url('login.html', 'insecure.test'));
    expect(await insecure.evaluate(() => window.isSecureContext)).toBe(false);
    const notice = await waitForNotice(insecure, 'insecure-form', { state: 'insecure' });
    expect(notice.text).toMatch(/password/i);
    await insecure.close();

    const loopback = await browser.newPage();
    await loopback.goto(server.url('login.html'));
    expect(await loopback.evaluate(() => window.isSecureContext)).toBe(true);
    await expectNoNotice(loopback, 'insecure-form', 2_500);
    await loopback.close();
  });

  test('a form posting to http: is flagged even from a secure page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('forms/http-action.html'));
    await waitForNotice(page, 'insecure-form', { state: 'insecure' });
    await page.close();
  });
});
