import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

const gzipKiB = (code: Buffer) => gzipSync(code, { level: 9 }).length / 1024;

/** The sentinel runs in every page and frame: its size is paid on every page load. The engine
 * runs only in frames with a form or a field, or where a person types, and the notice UI only in
 * frames with a notice: their budgets keep them from growing unnoticed (measured 24.0 KiB for
 * engine and UI together when the sentinel split was made; 10.0 and 13.5 KiB once the UI left
 * the engine). */
describe.each([CHROME_BUILD, FIREFOX_BUILD])('scripts injected into pages, %s', (build) => {
  const sentinel = readFileSync(resolve(build, 'sentinel.js'));
  const engine = readFileSync(resolve(build, 'engine.js'));
  const notices = readFileSync(resolve(build, 'notices.js'));
  const code = Buffer.concat([sentinel, engine, notices]);

  test('the content script (sentinel) stays under 12 KiB gzipped', () => {
    console.log(`content script: ${gzipKiB(sentinel).toFixed(1)} KiB gzipped`);
    expect(gzipKiB(sentinel)).toBeLessThanOrEqual(12);
  });

  test('the engine stays under 14 KiB gzipped, the notice UI under 18 KiB', () => {
    console.log(`engine: ${gzipKiB(engine).toFixed(1)} KiB gzipped`);
    console.log(`notice UI: ${gzipKiB(notices).toFixed(1)} KiB gzipped`);
    expect(gzipKiB(engine)).toBeLessThanOrEqual(14);
    expect(gzipKiB(notices)).toBeLessThanOrEqual(18);
  });

  test('the engine carries no notice UI: it is loaded with the first notice', () => {
    // The top layer, the shadow root and the live region are the notice UI's alone.
    for (const needle of ['showPopover', 'attachShadow', 'aria-live']) {
      expect(engine.toString()).not.toContain(needle);
      expect(notices.toString()).toContain(needle);
    }
  });

  test('the sentinel carries no notice UI or forms extraction', () => {
    const text = sentinel.toString();
    // The forms extraction (which reads `autocomplete`) is the engine's; the notice element is
    // the engine's (to ignore its own notices) and the UI's.
    for (const needle of ['heedful-notice', 'autocomplete']) {
      expect(text).not.toContain(needle);
      expect(engine.toString()).toContain(needle);
    }
    expect(text).not.toContain('showPopover');
  });

  test('the sentinel, on a page with no field, touches no extension API and searches shadow roots with one selector query', () => {
    const seen = runSentinel(sentinel.toString());
    // At load: two listeners, one query for fields, one for custom elements (shadow hosts), an
    // observer; no extension API (even reading `chrome.runtime` makes Chromium build its
    // bindings in the frame), no XPath.
    expect(seen.api).toEqual([]);
    expect(seen.queries).toEqual(['querySelector', 'querySelectorAll']);
    expect(seen.listening().sort()).toEqual(['focusin', 'input']);
    expect(seen.observing).toBe(true);
    // A page's own events are never trusted; a person's focus on something that is no field
    // asks for nothing either.
    seen.fire('focusin', false);
    seen.fire('focusin', true);
    expect(seen.api.filter((key) => key !== 'runtime')).toEqual([]);
    expect(seen.queries).toEqual(['querySelector', 'querySelectorAll']);
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

/** Runs a built sentinel against a page with no field and no shadow root, recording what it
 * touches: extension APIs (any property read of `chrome` or `browser`), document queries and
 * listeners. `fire` delivers an event to its capturing listeners. */
function runSentinel(code: string) {
  const api: string[] = [];
  const queries: string[] = [];
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  let observing = false;
  // An installed extension's API: `runtime.id` tells the sentinel it is not an orphan.
  const extensionApi = new Proxy(
    {},
    {
      get(_target, key) {
        api.push(String(key));
        return key === 'runtime' ? { id: 'heedful' } : undefined;
      },
    },
  );
  const document = {
    addEventListener: (type: string, fn: (event: unknown) => void) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(fn));
    },
    removeEventListener: (type: string, fn: (event: unknown) => void) => {
      listeners.get(type)?.delete(fn);
    },
    querySelector: () => (queries.push('querySelector'), null),
    querySelectorAll: () => (queries.push('querySelectorAll'), []),
    evaluate: () => (queries.push('evaluate'), { snapshotLength: 0, snapshotItem: () => null }),
  };
  class MutationObserver {
    observe() {
      observing = true;
    }
    disconnect() {
      observing = false;
    }
  }
  runInNewContext(code, {
    document,
    MutationObserver,
    chrome: extensionApi,
    browser: extensionApi,
  });
  const body = { nodeType: 1, localName: 'body', namespaceURI: 'http://www.w3.org/1999/xhtml' };
  return {
    api,
    queries,
    get observing() {
      return observing;
    },
    listening: () => [...listeners].filter(([, fns]) => fns.size > 0).map(([type]) => type),
    fire(type: string, isTrusted: boolean) {
      const event = { type, isTrusted, composedPath: () => [body] };
      for (const fn of [...(listeners.get(type) ?? [])]) fn(event);
    },
  };
}
