/** @module WXT stops a content script when a newer copy of it announces itself with a DOM event on
 * `document`. Any page can forge that event (its name is built from the public extension id) and
 * so switch Heedful off. A genuine newer copy only exists once the extension was updated or
 * reloaded, and then this copy's runtime is gone; while it is alive, the announcement is forged. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  // `ctx.addEventListener` gives `wxt:` names the same per-extension prefix WXT dispatches with.
  // Capturing on `window` runs before WXT's own listener on `document`, and can stop it there.
  ctx.addEventListener(
    window as EventTarget,
    'wxt:content-script-started',
    (event: Event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
