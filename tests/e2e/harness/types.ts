/** @module One small driver interface over Playwright (Chromium) and Puppeteer (Firefox), so each
 * end-to-end test is written once and runs in both browsers. */

export type BrowserName = 'chromium' | 'firefox';

/** Between key presses, like a quick typist (people take 100–300 ms). With no pause at all,
 * Firefox's WebDriver input dropped keys on a busy machine while a hostile page fought our
 * notices; tests are about Heedful, not about how fast a driver can type. */
export const TYPING_DELAY_MS = 40;

export interface NoticeInfo {
  check: string;
  state: string;
  kinds: string;
  role: string | null;
  text: string;
  /** Where the host sits, for layout checks. */
  rect: { top: number; left: number; width: number; height: number };
}

export interface PageDriver {
  goto(url: string): Promise<void>;
  /** Evaluates `fn(arg)` in the page (main world), or in the first frame whose URL contains `frame`. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A, frame?: string): Promise<T>;
  /** Focuses the element an expression returns (it may be inside a shadow root or a frame). */
  focus(expression: string, frame?: string): Promise<void>;
  /** Real key presses: the page sees trusted events. */
  type(text: string, delayMs?: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Resizes the viewport, as a person resizing the window would. */
  resize(width: number, height: number): Promise<void>;
  /** A PNG of the viewport, for looking at what a person sees. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** Console errors and uncaught exceptions the page reported since it opened, content-script
   * worlds included: what a site owner would see in the page's console. */
  problems(): string[];
  /** Chromium only: the page's used JS heap after a forced garbage collection, in bytes (the
   * content script's isolated world shares that heap). Firefox exposes no such figure. */
  heapUsed?(): Promise<number>;
}

export interface BrowserDriver {
  name: BrowserName;
  newPage(): Promise<PageDriver>;
  /** URL of an extension page, e.g. `popup.html`. */
  extensionUrl(path: string): Promise<string>;
  /** Writes `browser.storage.local` from an extension page. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  getStorage(area: 'local' | 'session'): Promise<Record<string, unknown>>;
  close(): Promise<void>;
  /** Chromium only: stops the extension's service worker, as the browser does when it idles.
   * Firefox MV2 has a persistent background page that cannot be stopped on its own. */
  stopServiceWorker?(): Promise<void>;
}
