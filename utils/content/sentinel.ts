/** @module The sentinel: what runs in every frame of every page. It costs registering a few
 * listeners and one bounded query when the page is idle; it asks for the engine only when a
 * frame has a form or a field, or a person types, focuses a field or submits. Nothing here
 * touches the page's DOM or dispatches anything a page could see. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handover, MAX_TYPED } from './handover';

/** What the forms check and the password checks need: a form, or a field someone could fill. */
export const FILLABLE = 'form, input:not([type=hidden]), select, textarea';

/** Why the engine is needed; `idle` without fields only reports the empty frame. */
export type WakeReason = 'person' | 'fields' | 'idle';

/** Elements looked at for open shadow roots, once, when the light DOM has no field: an
 * article's worth. Beyond it, a field in a shadow root is found once someone uses it. */
export const SHADOW_SCAN_LIMIT = 5_000;

/** One native query that stops at the first match (`FILLABLE` includes `form`). */
export function hasFillable(root: ParentNode = document): boolean {
  return root.querySelector(FILLABLE) !== null;
}

/** A field inside an open shadow root (also nested ones), looking at `limit` elements at most. */
export function hasShadowFillable(root: Node = document, limit = SHADOW_SCAN_LIMIT): boolean {
  const pending: Node[] = [root];
  let seen = 0;
  while (pending.length) {
    const walker = document.createTreeWalker(pending.pop()!, NodeFilter.SHOW_ELEMENT);
    for (
      let el = walker.nextNode() as Element | null;
      el;
      el = walker.nextNode() as Element | null
    ) {
      if (++seen > limit) return false;
      const shadow = el.shadowRoot;
      if (shadow) {
        if (hasFillable(shadow)) return true;
        pending.push(shadow);
      }
    }
  }
  return false;
}

function addsFillable(records: MutationRecord[]): boolean {
  for (const record of records)
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.matches(FILLABLE)) return true;
      if (node.firstElementChild && node.querySelector(FILLABLE)) return true;
      if (node.shadowRoot && hasFillable(node.shadowRoot)) return true;
    }
  return false;
}

export function watchForNeed(ctx: ContentScriptContext, wake: (reason: WakeReason) => void) {
  const state = handover();
  const ask = (reason: WakeReason) => {
    if (state.requested || !ctx.isValid) return;
    if (reason !== 'idle') state.requested = true;
    observer.disconnect();
    wake(reason);
  };
  const observer = new MutationObserver((records) => {
    if (addsFillable(records)) ask('fields');
  });

  // A person acting on the page: capture on `document`, trusted events only.
  const onPerson = (event: Event) => {
    if (!event.isTrusted || state.engine) return;
    const target = event.composedPath()[0];
    if (event.type === 'input' && target instanceof HTMLInputElement) {
      state.typed = [...state.typed.filter((f) => f !== target), target].slice(-MAX_TYPED);
    }
    if (event.type === 'submit' || isField(target)) ask('person');
  };
  for (const type of ['input', 'focusin', 'keydown', 'submit'])
    ctx.addEventListener(document, type, onPerson, { capture: true, passive: true });

  const check = () => {
    if (state.requested) return;
    if (hasFillable() || hasShadowFillable()) return ask('fields');
    // Nothing to do yet: say so once (the page report), and wait for a field to appear.
    wake('idle');
    observer.observe(document, { childList: true, subtree: true });
  };
  if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(check, { timeout: 2_000 });
  else ctx.setTimeout(check, 200);
  ctx.onInvalidated(() => observer.disconnect());
}

function isField(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
