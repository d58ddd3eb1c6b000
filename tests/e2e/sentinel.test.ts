/** The engine comes only where there is something to do (README, "Page-load cost"). What a frame
 * holds is read from the extension's own isolated world through DevTools, which only Chromium
 * exposes; Firefox runs the same sentinel, and its behaviour there (fields added late, fields in
 * shadow roots, typing) is covered by the forms and password tests. */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPageServer } from './harness';
import type { PageServer } from './harness/server';
import { openChromium, type ChromiumSession } from './harness/chromium';

const ARTICLE = `<!doctype html><html lang="en"><title>News</title><body><article><h1>A story</h1>
${'<p>Text with <a href="#">a link</a> and <em>words</em>.</p>'.repeat(300)}
<div contenteditable="true" id="note">A note</div></article></body></html>`;
const FORM = `<!doctype html><html lang="en"><title>Sign up</title><body><form>
<label>Email <input type="email" name="email"></label></form></body></html>`;
const LATE = `<!doctype html><html lang="en"><title>Later</title><body><p>Loading…</p><script>
setTimeout(() => { document.body.insertAdjacentHTML('beforeend', '<div><label>Email <input name="email"></label></div>'); }, 3000);
</script></body></html>`;
const SIGN_UP = `<!doctype html><html lang="en"><title>Sign up</title><body><form>
<label>Email <input type="email" name="email" autocomplete="email"></label>
<label>Password <input type="password" id="pw" autocomplete="new-password"></label>
<button>Sign up</button></form></body></html>`;
const SHADOW = `<!doctype html><html lang="en"><title>Widget</title><body><sign-up></sign-up><script>
customElements.define('sign-up', class extends HTMLElement { connectedCallback() {
  this.attachShadow({ mode: 'open' }).innerHTML = '<form><label>Email <input name="email"></label></form>'; } });
</script></body></html>`;

interface Handover {
  requested: boolean;
  engine: boolean;
  /** The notice UI arrived (`entrypoints/notices.ts` handed over its board maker). */
  ui: boolean;
}

/** No engine asked for; the engine without its notice UI. */
const ASLEEP: Handover = { requested: false, engine: false, ui: false };
const AWAKE: Handover = { requested: true, engine: true, ui: false };

/** The sentinel's hand-over record in the main frame's extension world, or null if none ran. */
async function handover(page: Page, cdp: CDPSession, contexts: Map<number, string>) {
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  for (const [id, frame] of contexts) {
    if (frame !== frameId) continue;
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: id,
      expression: `(() => { const h = globalThis.__heedfulHandover;
        return JSON.stringify(h ? { requested: h.requested, engine: h.engine,
          ui: typeof h.notices === 'function' } : null); })()`,
      returnByValue: true,
    });
    const value = JSON.parse(String(result.value ?? 'null')) as Handover | null;
    if (value) return value;
  }
  return null;
}

async function open(session: ChromiumSession, url: string) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const contexts = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && aux.frameId) contexts.set(context.id, aux.frameId);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  const read = () => handover(page, cdp, contexts);
  /** Polls until `want` holds (the sentinel looks when the page is idle, at most 2 s after load). */
  const until = async (want: (h: Handover | null) => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    let last = await read();
    while (!want(last) && Date.now() < end) {
      await page.waitForTimeout(100);
      last = await read();
    }
    return last;
  };
  return { page, read, until };
}

describe('the sentinel in Chromium', () => {
  let session: ChromiumSession;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer({
      '/article.html': ARTICLE,
      '/form.html': FORM,
      '/late.html': LATE,
      '/shadow.html': SHADOW,
      '/sign-up.html': SIGN_UP,
    });
    session = await openChromium();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('a page with no field gets no engine, and asks for none', async () => {
    const { page, until } = await open(session, server.url('article.html'));
    // The sentinel ran (its record exists) and, once idle, stayed quiet.
    const seen = await until((h) => h !== null);
    expect(seen).toEqual(ASLEEP);
    await page.waitForTimeout(2_500);
    expect(await until(() => false, 0)).toEqual(ASLEEP);
    await page.close();
  }, 30_000);

  test('a person typing on it brings the engine', async () => {
    const { page, until } = await open(session, server.url('article.html'));
    await until((h) => h !== null);
    await page.click('#note');
    await page.keyboard.type('hi');
    expect(await until((h) => !!h?.engine)).toEqual(AWAKE);
    await page.close();
  }, 30_000);

  test('a page with a form gets the engine without anyone typing', async () => {
    const { page, until } = await open(session, server.url('form.html'));
    expect(await until((h) => !!h?.engine)).toEqual(AWAKE);
    await page.close();
  }, 30_000);

  test('a field added seconds after load brings the engine then', async () => {
    const { page, until } = await open(session, server.url('late.html'));
    await page.waitForTimeout(2_500);
    expect(await until(() => false, 0)).toEqual(ASLEEP);
    expect(await until((h) => !!h?.engine)).toEqual(AWAKE);
    await page.close();
  }, 30_000);

  test('a form with nothing to flag gets no notice UI; the first notice brings it', async () => {
    const { page, until } = await open(session, server.url('sign-up.html'));
    expect(await until((h) => !!h?.engine)).toEqual(AWAKE);
    await page.waitForTimeout(2_500);
    expect(await until(() => false, 0)).toEqual(AWAKE);
    expect(await page.locator('heedful-notice').count()).toBe(0);
    await page.click('#pw');
    await page.keyboard.type('Summer2024!');
    await page.locator('heedful-notice[data-check="password-strength"]').waitFor();
    expect(await until((h) => !!h?.ui)).toEqual({ requested: true, engine: true, ui: true });
    await page.close();
  }, 30_000);

  test('a field inside a custom element’s shadow root brings the engine', async () => {
    const { page, until } = await open(session, server.url('shadow.html'));
    expect(await until((h) => !!h?.engine)).toEqual(AWAKE);
    await page.close();
  }, 30_000);
});
