/** @module Debian Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built
 * extension installed as a temporary add-on. */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import { FIREFOX_LOCAL_DOMAINS } from './hosts';
import { browserPath, buildPath } from './paths';
import { storageAccess, type InExtensionPage } from './storage';
import { TYPING_DELAY_MS, type BrowserDriver, type PageDriver } from './types';

const ADDON_ID = 'heedful@heedful.org';

export async function launchFirefox(): Promise<BrowserDriver> {
  // We choose the extension's internal UUID so tests can open its pages.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    enableExtensions: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // Insecure-origin tests and a listed site: these names resolve to loopback.
      'network.dns.localDomains': FIREFOX_LOCAL_DOMAINS.join(','),
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'extensions.manifestV3.enabled': true,
    },
  });
  await browser.installExtension(buildPath('firefox'));
  const base = `moz-extension://${uuid}/`;

  const inExtensionPage: InExtensionPage = async (fn, arg) => {
    const page = await browser.newPage();
    await openExtensionPage(page, `${base}popup.html`);
    try {
      return (await page.evaluate(fn as never, arg)) as never;
    } finally {
      await page.close();
    }
  };

  return {
    name: 'firefox',
    newPage: async () => wrapPage(await browser.newPage()),
    extensionUrl: async (path) => base + path,
    ...storageAccess(inExtensionPage),
    close: () => browser.close(),
  };
}

function wrapPage(page: Page): PageDriver {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  const target = (frame?: string): Page | Frame => {
    if (!frame) return page;
    const found = page.frames().find((f) => f.url().includes(frame));
    if (!found) throw new Error(`no frame with URL containing ${frame}`);
    return found;
  };
  return {
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) return openExtensionPage(page, url);
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: async (fn, arg, frame) =>
      (await target(frame).evaluate(fn as never, arg as never)) as never,
    focus: async (expression, frame) => {
      await target(frame).evaluate(`(${expression}).focus()`);
    },
    type: (text, delay = TYPING_DELAY_MS) => page.keyboard.type(text, { delay }),
    press: async (key) => {
      // `Shift+Tab` as Playwright spells it: modifiers held around the last key.
      const keys = key.split('+') as never[];
      const last = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(last);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    resize: (width, height) => resizeViewport(page, width, height),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
    problems: () => [...problems],
  };
}

/** The viewport by WebDriver BiDi's `browsingContext.setViewport` alone: puppeteer's
 * `setViewport` also sends `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does
 * not know ("unknown command"), and then fails as a whole. */
async function resizeViewport(page: Page, width: number, height: number): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: {
      setViewport(options: { viewport: { width: number; height: number } }): Promise<void>;
    };
  };
  await frame.browsingContext.setViewport({ viewport: { width, height } });
  await page.waitForFunction(`innerWidth === ${width} && innerHeight === ${height}`, {
    timeout: 5_000,
  });
}

/** Firefox's remote agent never reports extension pages as loaded (the navigation itself works),
 * so we start it and then wait for the document ourselves. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate(() => `${location.href} ${document.readyState}`)
      .catch(() => '');
    if (ready.startsWith(url.split('#')[0]!) && ready.endsWith('complete')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page did not open: ${url}`);
}
