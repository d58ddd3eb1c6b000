import { watchForNeed } from '@/utils/content/sentinel';
import { WAKE, type WakeMessage } from '@/utils/wake';

/** Runs in every page and frame, and so stays tiny: it only notices when there is something to
 * do (a form, a field, a person typing) and then asks the background to inject the engine
 * (`entrypoints/engine`) into this frame. See README, "Page-load cost".
 *
 * It is built as an unlisted script and declared as the content script by `wxt.config.ts`:
 * WXT's content-script entry would bring its context class, the browser polyfill and a
 * messaging library into every page, none of which the sentinel needs. */
export default defineUnlistedScript(() => {
  watchForNeed({
    wake(reason) {
      const message: WakeMessage = { type: WAKE, reason };
      return runtime()
        ?.sendMessage(message)
        ?.catch(() => undefined);
    },
    alive: () => runtime()?.id !== undefined,
  });
});

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). */
function runtime(): Runtime | undefined {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return (scope.browser ?? scope.chrome)?.runtime;
}
