/** @module The one setup every end-to-end suite shares: call `withBrowser(name)` inside
 * `describe.each(BROWSERS)` and it launches the built extension in that browser (and, if asked,
 * the page server and a range server the extension is pointed at) before the suite, and closes
 * them all after it, even when a launch failed half-way. */
import { waitForWelcomeTab } from './extension';
import { afterAll, beforeAll } from 'vitest';
import {
  startRangeServer,
  type RangeServer,
  type RangeServerOptions,
} from '../../support/range-server';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startPageServer, type PageServer } from './server';
import type { BrowserDriver, BrowserName } from './types';

export interface BrowserSetupOptions {
  /** Serve `tests/fixtures` on 127.0.0.1. @default true */
  pages?: boolean;
  /** Start a range server and set `settings.rangeApiUrl` to it before any test runs. */
  range?: RangeServerOptions;
}

export interface BrowserSetup {
  browser: BrowserDriver;
  pages: PageServer;
  range: RangeServer;
}

/** A fresh profile opens the welcome page on install: wait for it, so a late tab cannot upset a
 * test that counts tabs. */
export async function launch(name: BrowserName): Promise<BrowserDriver> {
  const browser = await (name === 'chromium' ? launchChromium() : launchFirefox());
  await waitForWelcomeTab(browser);
  return browser;
}

/** Stand-ins usable at describe time; each forwards to the real object once `beforeAll` made it
 * (using one before then throws, naming what was missing). */
export function withBrowser(name: BrowserName, options: BrowserSetupOptions = {}): BrowserSetup {
  const live: Partial<BrowserSetup> = {};
  beforeAll(async () => {
    if (options.pages !== false) live.pages = await startPageServer();
    if (options.range) live.range = await startRangeServer(options.range);
    live.browser = await launch(name);
    if (live.range) await live.browser.setStorage({ settings: { rangeApiUrl: live.range.url } });
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.pages?.close();
    await live.range?.close();
  });
  return {
    browser: forward(() => live.browser, 'browser'),
    pages: forward(() => live.pages, 'pages (withBrowser pages: true)'),
    range: forward(() => live.range, 'range (withBrowser range: {...})'),
  };
}

function forward<T extends object>(current: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = current();
      if (!target) throw new Error(`withBrowser: no ${what} yet (used before beforeAll?)`);
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
