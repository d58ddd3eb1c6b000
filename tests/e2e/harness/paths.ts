/** @module Where the built extension and the browsers are. A missing browser fails loudly:
 * a skipped browser test reported as passing would be a lie. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');

export function browserPath(name: 'chromium' | 'firefox'): string {
  const path =
    name === 'chromium'
      ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
      : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  if (!existsSync(path)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${name} not found at ${path}. Install it (apt-get install chromium firefox-esr) or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}. Missing package: ${pkg}`,
    );
  }
  return path;
}

export function buildPath(name: 'chromium' | 'firefox'): string {
  const path = name === 'chromium' ? CHROME_BUILD : FIREFOX_BUILD;
  if (!existsSync(resolve(path, 'manifest.json')))
    throw new Error(`No build at ${path}: run npm run build`);
  return path;
}
