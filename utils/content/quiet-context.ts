/** @module WXT's `ContentScriptContext`, minus its announcement. WXT's context dispatches
 * `<extension id>:content:wxt:content-script-started` on `document` as it starts, so that an
 * older copy of the script stops; any page listening on `document` or `window` sees it and so
 * learns that Heedful is installed, and its id. The build (scripts/quiet-content-script.ts)
 * gives WXT's content-script entry this class instead, so nothing reaches the page before a
 * notice does.
 *
 * No announcement is needed: a copy of the script from before an update or reload lost its
 * runtime, and `forged-restart.ts` makes such a copy stop itself on the next trusted event,
 * without any event a page could see or forge. WXT's listener for the announcement stays (a
 * forged one is still stopped by `forged-restart.ts`). */
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {
    // Deliberately silent: see the module comment.
  }
}
