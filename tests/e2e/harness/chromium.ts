/** @module Debian Chromium driven by playwright-core, with the built MV3 extension loaded. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_HOST_RULES } from './hosts';
import { browserPath, buildPath } from './paths';
import { storageAccess, type InExtensionPage } from './storage';
import { TYPING_DELAY_MS, type BrowserDriver, type PageDriver } from './types';

/** The flags every Chromium we start gets, with or without the extension (the bench compares
 * both): headless, no network of its own, no HTTPS upgrades of our plain-HTTP test hosts. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  // Insecure-origin tests (*.test) and a listed site: served by our loopback server.
  `--host-resolver-rules=${CHROMIUM_HOST_RULES.join(',')}`,
];

/** A Chromium profile with the built extension, for scripts that need Playwright itself (the
 * README screenshots); tests use `launchChromium`. */
export interface ChromiumSession {
  context: BrowserContext;
  /** `chrome-extension://<id>/` */
  base: string;
  close(): Promise<void>;
}

/** `options` adds to Playwright's context options (a colour scheme, a scale, for screenshots). */
export async function openChromium(
  options: Partial<Parameters<typeof chromium.launchPersistentContext>[1]> = {},
): Promise<ChromiumSession> {
  const extension = buildPath('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'heedful-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: browserPath('chromium'),
    headless: false,
    // Playwright disables extensions by default; we are here to test one.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const base = `chrome-extension://${id}/`;
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, base, close };
}

export async function launchChromium(): Promise<BrowserDriver> {
  const { context, base, close } = await openChromium();

  const inExtensionPage: InExtensionPage = async (fn, arg) => {
    const page = await context.newPage();
    await page.goto(`${base}popup.html`);
    try {
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
    }
  };

  return {
    name: 'chromium',
    newPage: async () => wrapPage(await context.newPage()),
    extensionUrl: async (path) => base + path,
    ...storageAccess(inExtensionPage),
    close,
    stopServiceWorker: async () => {
      // The DevTools ServiceWorker domain of an extension page sees the extension's worker;
      // we return only once it reports that worker stopped.
      const page = await context.newPage();
      await page.goto(`${base}popup.html`);
      const cdp = await context.newCDPSession(page);
      try {
        const stopped = new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('service worker did not stop')), 10_000);
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            const ours = versions.filter((v) => v.scriptURL.startsWith(base));
            if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) {
              clearTimeout(timer);
              resolve();
            }
          });
        });
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await stopped;
      } finally {
        await cdp.detach().catch(() => undefined);
        await page.close();
      }
    },
  };
}

export function worker(context: BrowserContext) {
  return context.serviceWorkers()[0];
}

function wrapPage(page: Page): PageDriver {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The browser's own favicon request is not the page's or the extension's doing.
    if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const target = (frame?: string): Page | Frame => {
    if (!frame) return page;
    const found = page.frames().find((f) => f.url().includes(frame));
    if (!found) throw new Error(`no frame with URL containing ${frame}`);
    return found;
  };
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg, frame) => target(frame).evaluate(fn, arg as never),
    focus: async (expression, frame) => {
      await target(frame).evaluate(`(${expression}).focus()`);
    },
    type: (text, delay = TYPING_DELAY_MS) => page.keyboard.type(text, { delay }),
    press: (key) => page.keyboard.press(key),
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
    problems: () => [...problems],
    heapUsed: async () => {
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}
