import { sendMessage } from '@/utils/messaging';
import { watchForNeed } from '@/utils/content/sentinel';
import { ignoreForgedRestarts } from '@/utils/content/forged-restart';

/** Runs in every page and frame, and so stays tiny: it only notices when there is something to
 * do (a form, a field, a person typing) and then asks the background to inject the engine
 * (`entrypoints/engine`) into this frame. See README, "Page-load cost". */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's legacy "script started" postMessage tells every page that Heedful is installed, and
  // its id; nothing of ours listens for it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedRestarts(ctx);
    watchForNeed(ctx, (reason) => {
      void sendMessage('wake', { reason, url: location.href, isSecureContext }).catch(
        () => undefined,
      );
    });
  },
});
