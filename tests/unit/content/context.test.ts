/** The engine's lifetime: one signal takes away everything it added to a page, and an orphan
 * (its extension updated, reloaded or removed) stops on a person's next trusted event. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageContext } from '@/utils/content/context';

type Listener = (event: Event) => void;
/** A window: listeners in order, each removed when the signal it was added with aborts (Node's
 * events cannot be made trusted, so this one dispatches plain objects). */
class FakeWindow {
  private listeners: { type: string; fn: Listener }[] = [];
  addEventListener(type: string, fn: Listener, options?: AddEventListenerOptions) {
    const entry = { type, fn };
    this.listeners.push(entry);
    options?.signal?.addEventListener('abort', () => {
      this.listeners = this.listeners.filter((l) => l !== entry);
    });
  }
  fire(type: string, isTrusted: boolean) {
    // As in the DOM, a listener removed during the dispatch does not run.
    for (const entry of this.listeners.filter((l) => l.type === type))
      if (this.listeners.includes(entry)) entry.fn({ type, isTrusted } as Event);
  }
  setTimeout(fn: () => void, ms: number) {
    return globalThis.setTimeout(fn, ms);
  }
}
let page: FakeWindow;
const fire = (target: FakeWindow, type: string, isTrusted = true) => target.fire(type, isTrusted);

beforeEach(() => {
  fakeBrowser.reset();
  page = new FakeWindow();
  vi.stubGlobal('window', page);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function orphan() {
  // What an orphaned content script sees: its runtime has no id any more.
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
}

describe('PageContext', () => {
  test('alive while the runtime is; listeners run until it is invalidated', () => {
    const ctx = new PageContext();
    const seen: string[] = [];
    ctx.addEventListener(page as unknown as Window, 'keydown', (event) => seen.push(event.type));
    fire(page, 'keydown');
    expect(ctx.isValid).toBe(true);
    ctx.invalidate();
    fire(page, 'keydown');
    expect(seen).toEqual(['keydown']);
    expect(ctx.isValid).toBe(false);
    // Nothing more is added once it stopped.
    ctx.addEventListener(page as unknown as Window, 'keydown', (event) => seen.push(event.type));
    fire(page, 'keydown');
    expect(seen).toEqual(['keydown']);
  });

  test('an orphan stops on a trusted event, before its other listeners run', () => {
    const ctx = new PageContext();
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    const typed = vi.fn();
    ctx.addEventListener(page as unknown as Window, 'input', typed);
    orphan();
    fire(page, 'input', false);
    // A page's own event does not make it ask its runtime.
    expect(stopped).not.toHaveBeenCalled();
    expect(typed).toHaveBeenCalledTimes(1);
    fire(page, 'input');
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(typed).toHaveBeenCalledTimes(1);
  });

  test("a person's first trusted event runs the first-person work once, a page's never", () => {
    const ctx = new PageContext();
    const first = vi.fn();
    ctx.onFirstPerson(first);
    fire(page, 'keydown', false);
    expect(first).not.toHaveBeenCalled();
    fire(page, 'pointerdown');
    fire(page, 'keydown');
    expect(first).toHaveBeenCalledTimes(1);
  });

  test('a timer does not run once the extension went away', () => {
    vi.useFakeTimers();
    const ctx = new PageContext();
    const ran = vi.fn();
    ctx.setTimeout(ran, 100);
    ctx.setTimeout(ran, 300);
    vi.advanceTimersByTime(150);
    orphan();
    vi.advanceTimersByTime(200);
    expect(ran).toHaveBeenCalledTimes(1);
    expect(ctx.isValid).toBe(false);
  });
});
