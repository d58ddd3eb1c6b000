/** @module The sentinel: what runs in every frame of every page. On a frame with nothing to do
 * it costs two passive listeners and two native queries at `document_idle`, and touches no
 * extension API at all (the first use of `chrome.runtime` alone costs ~0.5 ms in Chromium). It
 * asks for the engine only when a frame has a form or a field, or a person focuses a field or
 * types. Each interface it checks against is asked of the node (`nodes.ts`). Nothing here touches the page's DOM or dispatches anything a page could
 * see. */
import { handover, MAX_TYPED } from './handover';
import { isElement, isHtml, isHtmlElement } from './nodes';
import { openShadowRoots } from './roots';
import type { WakeReason } from '../wake';

/** What the forms check and the password checks need: a form, or a field someone could fill. */
export const FILLABLE = 'form, input:not([type=hidden]), select, textarea';

/** One native query that stops at the first match (`FILLABLE` includes `form`). */
export function hasFillable(root: ParentNode = document): boolean {
  return root.querySelector(FILLABLE) !== null;
}

/** A field inside an open shadow root. Custom elements are where pages attach shadow roots
 * (`openShadowRoots`: one selector query that leaves out the common elements); a shadow root
 * on a plain `div` is found once someone uses its field (`focusin` and `input` are composed, so
 * they reach the sentinel). */
export function hasShadowFillable(root: Node = document): boolean {
  return openShadowRoots(root).some((shadow) => hasFillable(shadow));
}

/** A field added to the page (also inside a shadow root attached with it). */
export function addsFillable(records: MutationRecord[]): boolean {
  for (const record of records)
    for (const node of record.addedNodes) {
      if (!isElement(node)) continue;
      if (node.matches(FILLABLE)) return true;
      if (node.firstElementChild && node.querySelector(FILLABLE)) return true;
      if (node.shadowRoot && hasFillable(node.shadowRoot)) return true;
    }
  return false;
}

export interface SentinelHost {
  /** Ask the background for the engine; called at most once per frame. Its answer is handed
   * over to the engine unread. */
  wake(reason: WakeReason): Promise<unknown> | undefined;
  /** False once the extension was updated, reloaded or removed: this copy is an orphan. */
  alive(): boolean;
}

export function watchForNeed(host: SentinelHost): () => void {
  const state = handover();
  const listeners: [string, (event: Event) => void][] = [];
  const stop = () => {
    observer?.disconnect();
    for (const [type, fn] of listeners) document.removeEventListener(type, fn, true);
    listeners.length = 0;
  };
  const ask = (reason: WakeReason) => {
    observer?.disconnect();
    if (state.requested || state.engine) return;
    state.requested = true;
    state.boot = host.wake(reason);
  };
  // Made only when the frame has no field yet: each DOM interface a content script first
  // touches costs its isolated world a little set-up, in every frame of every page.
  let observer: MutationObserver | undefined;

  // A person acting on the page: capture on `document`, trusted events only. Focusing a field
  // and typing are enough: both are composed (they reach `document` from inside shadow roots),
  // focus comes before any key, and a submit needs a form, which the look below already found
  // (`submit` is not composed, so it would tell nothing more).
  const onPerson = (event: Event) => {
    if (!event.isTrusted) return;
    // Typing goes on being recorded while the engine is on its way (the first key must get
    // its verdict); once it runs, the engine listens for itself.
    if (state.engine || !host.alive()) return stop();
    const target = event.composedPath()[0];
    if (event.type === 'input' && isHtml(target, 'input')) {
      state.typed = [...state.typed.filter((f) => f !== target), target].slice(-MAX_TYPED);
    }
    if (isField(target)) ask('person');
  };
  for (const type of ['input', 'focusin']) {
    listeners.push([type, onPerson]);
    document.addEventListener(type, onPerson, { capture: true, passive: true });
  }

  // One look, now: the browser runs this script at `document_idle` (after the document is
  // parsed, when the page's own start-up has had its turn), so no idle callback is needed.
  const look = () => {
    if (state.requested || state.engine) return;
    if (hasFillable() || hasShadowFillable()) return ask('fields');
    // Nothing to do yet: wait, without a word to anyone, for a field to appear.
    observer = new MutationObserver((records) => {
      if (addsFillable(records)) ask('fields');
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  look();
  return stop;
}

function isField(target: EventTarget | undefined): boolean {
  return (
    isHtml(target, 'input') ||
    isHtml(target, 'textarea') ||
    isHtml(target, 'select') ||
    (isHtmlElement(target) && target.isContentEditable)
  );
}
