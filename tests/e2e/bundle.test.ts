import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

/** The script injected into every page and frame: its size is paid on every page load. */
describe.each([CHROME_BUILD, FIREFOX_BUILD])('content script of %s', (build) => {
  const code = readFileSync(resolve(build, 'content-scripts/content.js'));

  test('stays under 20 KiB gzipped', () => {
    const kib = gzipSync(code, { level: 9 }).length / 1024;
    console.log(`content script: ${kib.toFixed(1)} KiB gzipped`);
    expect(kib).toBeLessThanOrEqual(20);
  });

  test('carries no password rater, dictionaries or word tables', () => {
    const text = code.toString();
    // zxcvbn-ts dictionaries and the forms word tables live in the background only.
    expect(text).not.toMatch(/zxcvbn|diceware|l33t/i);
    expect(text).not.toMatch(/geburtsdatum|fecha de nacimiento/i);
    // Nor the base-word lists (seasons, months, names… in nine languages).
    expect(text).not.toMatch(/weihnachten|pazdziernik|malgorzata/i);
    // …and so do the purpose tables: the content script only reads a form's wording.
    expect(text).not.toMatch(/sweepstake|gewinnspiel|filialfinder/i);
  });

  test('carries no two-step table; the background does', () => {
    // A guide URL and a listed domain from `utils/checks/mfa-available/data/table.json`.
    const background = readFileSync(resolve(build, 'background.js')).toString();
    for (const needle of ['123-reg.co.uk', 'how-do-i-enable-2-step-verification']) {
      expect(code.toString()).not.toContain(needle);
      expect(background).toContain(needle);
    }
  });
});
