/** @module Debian Chromium driven by playwright-core, with the built MV3 extension loaded. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { browserPath, buildPath } from './paths';
import type { BrowserDriver, PageDriver } from './types';

export async function launchChromium(): Promise<BrowserDriver> {
  const extension = buildPath('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'heedful-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false,
    // Playwright disables extensions by default; we are here to test one.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      // Insecure-origin tests: any *.test name is served by our loopback server.
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const base = `chrome-extension://${id}/`;

  const inExtensionPage = async <T>(fn: (arg: unknown) => Promise<T>, arg: unknown) => {
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
    setStorage: (values) =>
      inExtensionPage(
        (v) =>
          ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.set(
            v as Record<string, unknown>,
          ),
        values,
      ),
    getStorage: (area) =>
      inExtensionPage(
        (a) =>
          ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage[a as 'local'].get(
            null,
          ),
        area,
      ),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function worker(context: BrowserContext) {
  return context.serviceWorkers()[0];
}

function wrapPage(page: Page): PageDriver {
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
    type: (text, delay = 0) => page.keyboard.type(text, { delay }),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}
