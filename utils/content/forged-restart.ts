/** @module Who may stop this content script. WXT stops a content script when a newer copy of it
 * announces itself with a DOM event on `document`. Any page can forge that event (its name is
 * built from the public extension id) and so switch Heedful off. A genuine newer copy only
 * exists once the extension was updated or reloaded, and then this copy's runtime is gone;
 * while it is alive, the announcement is forged.
 *
 * Heedful's own copies no longer announce themselves (`quiet-context.ts`: the event told every
 * page that Heedful is installed). So an orphaned copy notices on its own: on the next trusted
 * event it asks its runtime, and if that is gone it stops, removing its listeners. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What a person does before any notice matters: typing, focusing, pointing. */
const PERSON_EVENTS = ['keydown', 'focusin', 'pointerdown', 'input'] as const;

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
  // Registered before every other listener of ours, so an orphan stops before they run.
  // `ctx.isValid` invalidates the context itself when the runtime is gone.
  for (const type of PERSON_EVENTS)
    ctx.addEventListener(
      window as EventTarget,
      type,
      (event: Event) => {
        if (event.isTrusted) void ctx.isValid;
      },
      { capture: true, passive: true },
    );
}
