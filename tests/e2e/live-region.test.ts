/** A notice's text is announced when it appears: its live region is attached empty and its text
 * put in afterwards (screen readers announce text put into a region they already know, not a
 * region inserted filled), and a new state changes the text inside the same region. Seen by the
 * page itself (a MutationObserver, both browsers) and by Chromium's accessibility tree. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, startPageServer, waitForNotice, withBrowser, type PageDriver } from './harness';
import { openChromium, type ChromiumSession } from './harness/chromium';
import type { PageServer } from './harness/server';

const WAIT = { timeout: 15_000 };

interface Watched {
  /** Per notice host attached: its region's text and `aria-live` when the page first saw it. */
  seen: { check: string; text: string | null; live: string | null }[];
}

/** Records, from the page, each notice host as it is attached. */
function watchNotices(page: PageDriver): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as Watched & { regions: Element[] };
    w.seen = [];
    w.regions = [];
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement) || node.localName !== 'heedful-notice') continue;
          const region = node.shadowRoot?.querySelector('[role]') ?? null;
          w.seen.push({
            check: node.dataset.check ?? '',
            text: region ? region.textContent : null,
            live: region?.getAttribute('aria-live') ?? null,
          });
          if (region) w.regions.push(region);
        }
    }).observe(document.documentElement, { childList: true });
  });
}

/** The region of the password notice now: its text, and whether it is the one first attached. */
const regionNow = (page: PageDriver) =>
  page.evaluate(() => {
    const w = window as unknown as Watched & { regions: Element[] };
    const host = document.querySelector('heedful-notice[data-check=password-strength]');
    const region = host?.shadowRoot?.querySelector('[role]') ?? null;
    return {
      // The breach check's own notice may join once typing settles; it has its own region.
      seen: w.seen.filter((s) => s.check === 'password-strength'),
      same: !!region && w.regions.includes(region),
      text: region?.textContent ?? '',
      live: region?.getAttribute('aria-live') ?? null,
    };
  });

describe.each(BROWSERS)('notice live region in %s', (name) => {
  const { browser, pages } = withBrowser(name);

  test('attached empty, then filled; a new state changes text in the same region', async () => {
    const page = await browser.newPage();
    await page.goto(pages.url('signup.html'));
    await watchNotices(page);
    await page.focus(`document.getElementById('pw')`);
    await page.type('summer2024');
    await waitForNotice(page, 'password-strength', { state: 'weak', ...WAIT });
    const first = await regionNow(page);
    expect(first.seen).toEqual([{ check: 'password-strength', text: '', live: 'polite' }]);
    expect(first).toMatchObject({ same: true, live: 'polite' });
    expect(first.text).toMatch(/weak/i);

    await page.type(' violet kettle harbour jazz');
    await waitForNotice(page, 'password-strength', { state: 'strong', ...WAIT });
    const later = await regionNow(page);
    // No second host, no second region: the text changed inside the one the reader knows.
    expect(later.seen).toHaveLength(1);
    expect(later.same).toBe(true);
    expect(later.text).not.toBe(first.text);
    await page.close();
  });
});

describe('notice live region in Chromium’s accessibility tree', () => {
  let session: ChromiumSession;
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
    session = await openChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('a polite live region holds the notice’s text', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('signup.html'));
    await page.locator('#pw').pressSequentially('summer2024', { delay: 40 });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    interface AXNode {
      nodeId: string;
      childIds?: string[];
      role?: { value?: string };
      name?: { value?: string };
      properties?: { name: string; value: { value?: unknown } }[];
    }
    const liveText = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const text = (node: AXNode): string =>
        node.role?.value === 'StaticText'
          ? (node.name?.value ?? '')
          : (node.childIds ?? []).map((id) => text(byId.get(id)!)).join(' ');
      return nodes
        .filter(
          (n) =>
            n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite') &&
            n.role?.value === 'status',
        )
        .map(text);
    };
    let found: string[] = [];
    const deadline = Date.now() + WAIT.timeout;
    while (Date.now() < deadline && !found.some((t) => /weak/i.test(t))) {
      found = await liveText();
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(found.some((t) => /weak password/i.test(t))).toBe(true);
    await page.close();
  });
});
