/** @module The engine's lifetime in one frame. Everything the engine adds to a page (listeners,
 * timers, notices) is tied to one `AbortSignal`, so an engine whose extension was updated,
 * reloaded or removed can take it all away at once.
 *
 * WXT's `ContentScriptContext` did this before; it also started a location watcher, defined
 * event classes and listened for a DOM event announcing a newer copy of the script, an event any
 * page can forge (tests/e2e/hostile.test.ts). None of that is needed here, and its start-up was
 * paid on every page with a form (README, "Page-load cost"). An orphaned engine notices on its
 * own instead: on a person's next trusted event it asks its runtime, and stops if that is gone. */

/** What a person does before any notice matters: a key (typing, Tab to a field), a pointer (a
 * click or tap to a field), or an input without either (a paste from the context menu). */
const PERSON_EVENTS = ['keydown', 'pointerdown', 'input'] as const;

/** The events a target dispatches, typed where the DOM's maps know them. */
type EventsOf<T> = T extends Window
  ? WindowEventMap
  : T extends Document
    ? DocumentEventMap
    : Record<string, Event>;

export class PageContext {
  private readonly controller = new AbortController();
  private firstPerson: (() => void)[] = [];

  constructor() {
    // Registered before every other listener of ours, so an orphan stops before they run.
    for (const type of PERSON_EVENTS)
      this.addEventListener(
        window,
        type,
        (event) => {
          if (!event.isTrusted || !this.isValid) return;
          for (const fn of this.firstPerson.splice(0)) fn();
        },
        { capture: true, passive: true },
      );
  }

  /** Runs `fn` once, at a person's first key, pointer or input in this frame (before the
   * engine's own listeners see that event). */
  onFirstPerson(fn: () => void): void {
    this.firstPerson.push(fn);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once the extension's runtime is gone; asking also stops an orphan. */
  get isValid(): boolean {
    if (!this.signal.aborted && !runtimeAlive()) this.invalidate();
    return !this.signal.aborted;
  }

  /** WXT's shadow-root UI reads `ctx.options` (CSS injection); the engine has none. */
  readonly options = undefined;

  invalidate(): void {
    this.controller.abort();
  }

  onInvalidated(fn: () => void): () => void {
    this.signal.addEventListener('abort', fn, { once: true });
    return () => this.signal.removeEventListener('abort', fn);
  }

  /** A listener that goes when the engine stops. */
  addEventListener<T extends EventTarget, K extends keyof EventsOf<T> & string>(
    target: T,
    type: K,
    handler: (event: EventsOf<T>[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (this.signal.aborted) return;
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** A timer whose callback does not run once the engine stopped. */
  setTimeout(fn: () => void, ms: number): number {
    return window.setTimeout(() => {
      if (this.isValid) fn();
    }, ms);
  }
}

/** An orphaned content script's runtime loses its id (Chrome) or its runtime (Firefox). */
const runtimeAlive = () => browser.runtime?.id !== undefined;
