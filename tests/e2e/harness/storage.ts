/** @module Reading and writing the extension's storage from one of its own pages, the same way
 * in both browsers (`browser` in Firefox, `chrome` in Chromium; both return promises). */
import type { BrowserDriver } from './types';

/** Runs a serialisable function in a short-lived extension page. */
export type InExtensionPage = <T>(fn: (arg: unknown) => T | Promise<T>, arg: unknown) => Promise<T>;

export function storageAccess(
  run: InExtensionPage,
): Pick<BrowserDriver, 'setStorage' | 'getStorage'> {
  return {
    setStorage: (values) =>
      run(
        (v) =>
          ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.set(
            v as Record<string, unknown>,
          ),
        values,
      ),
    getStorage: (area) =>
      run(
        (a) =>
          ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage[a as 'local'].get(
            null,
          ),
        area,
      ),
  };
}
