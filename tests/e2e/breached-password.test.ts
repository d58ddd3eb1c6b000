import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  BROWSERS,
  withBrowser,
  openTab,
  tabReport,
  waitForBadge,
  waitForNotice,
  type PageDriver,
} from './harness';

const BREACHED = 'Summer2024!Sunny';
const UNKNOWN = 'quartz-lantern-otter-vivid-mosaic';
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

describe.each(BROWSERS)('breached-password check in %s', (name) => {
  const { browser, pages, range } = withBrowser(name, {
    range: { breached: { [BREACHED]: 4242, password123: 99 } },
  });
  const typed: string[] = [];

  async function typeIn(password: string): Promise<PageDriver> {
    const page = await browser.newPage();
    await page.goto(pages.url('signup.html'));
    await page.focus(`document.getElementById('pw')`);
    await page.type(password);
    typed.push(password);
    return page;
  }

  const gets = () => range.requests.filter((r) => r.method === 'GET');

  test('a breached password is reported as breached, with its count, as an alert', async () => {
    const before = gets().length;
    const page = await typeIn(BREACHED);
    const notice = await waitForNotice(page, 'breached-password', { state: 'breached' });
    expect(notice.role).toBe('alert');
    expect(notice.text).toMatch(/4,242/);
    expect(notice.text).toMatch(/other sites/);
    // One settled password, one request, however many keys were pressed.
    expect(gets().length - before).toBe(1);
    await page.close();
  });

  test('an unknown password is not-found', async () => {
    const page = await typeIn(UNKNOWN);
    await waitForNotice(page, 'breached-password', { state: 'not-found' });
    await page.close();
  });

  test('a failing server ends as unavailable, and the next check works', async () => {
    range.setFault('status-503');
    let page = await typeIn('maple-harbor-cinder-sleet-71');
    await waitForNotice(page, 'breached-password', { state: 'unavailable' });
    await page.close();
    range.setFault(null);
    page = await typeIn('password123');
    await waitForNotice(page, 'breached-password', { state: 'breached' });
    await page.close();
  });

  test('a server that never answers ends as unavailable after the timeout', async () => {
    range.setFault('timeout');
    const page = await typeIn('amber-falcon-drizzle-orbit-29');
    await waitForNotice(page, 'breached-password', { state: 'unavailable', timeout: 15_000 });
    range.setFault(null);
    await page.close();
  });

  test('the popup report and the badge count a weak and a breached password, and nothing of it', async () => {
    const { page, tabId } = await openTab(browser, pages.url('signup.html'));
    await page.focus(`document.getElementById('pw')`);
    await page.type('password123');
    typed.push('password123');
    await waitForNotice(page, 'breached-password', { state: 'breached' });
    await waitForBadge(browser, tabId, '2');
    const report = await tabReport(browser, tabId);
    expect(report.findings.map((f) => f.check).sort()).toEqual([
      'breached-password',
      'password-strength',
    ]);
    const stored = JSON.stringify(report);
    expect(stored).not.toContain('password123');
    expect(stored.toLowerCase()).not.toContain(sha1('password123').slice(5));
    await page.close();
  });

  test('only 5-hex prefixes with Add-Padding left the browser', () => {
    expect(gets().length).toBeGreaterThanOrEqual(4);
    for (const request of gets()) {
      expect(request.path).toMatch(/^\/range\/[0-9A-F]{5}$/);
      expect(request.headers['add-padding']).toBe('true');
    }
    const wire = JSON.stringify(range.requests);
    for (const password of typed) {
      expect(wire).not.toContain(password);
      expect(wire.toLowerCase()).not.toContain(sha1(password).slice(5));
    }
  });

  test('extension storage holds no typed password and no full SHA-1', async () => {
    const stored = JSON.stringify([
      await browser.getStorage('local'),
      await browser.getStorage('session'),
    ]);
    for (const password of typed) {
      expect(stored).not.toContain(password);
      expect(stored.toLowerCase()).not.toContain(sha1(password));
      expect(stored.toLowerCase()).not.toContain(sha1(password).slice(5));
    }
  });
});
