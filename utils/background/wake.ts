/** @module When a frame gets the engine: its sentinel asked (a plain runtime message, see
 * `utils/wake.ts`), or a two-step notice is due in a tab whose new page has no field at all.
 * A frame with nothing to do sends nothing, so that case is the background's to notice. */
import type { SenderLike } from '../sender';
import { isWakeMessage } from '../wake';

export interface WakeDeps {
  fromContent(sender: SenderLike): boolean;
  inject(tabId: number, frameId: number): Promise<void>;
  /** A sign-in in this tab may be followed by a two-step notice on its next page. */
  mfaWaiting(tabId: number): Promise<boolean>;
}

type Sender = SenderLike & { frameId?: number };

export function onWake(message: unknown, sender: Sender, deps: WakeDeps): void {
  if (!isWakeMessage(message) || !deps.fromContent(sender)) return;
  deps.inject(sender.tab!.id!, sender.frameId ?? 0).catch(() => undefined);
}

export function injectWhenAsked(deps: WakeDeps): void {
  // No response is sent (the listener returns nothing), so other listeners are unaffected.
  browser.runtime.onMessage.addListener((message, sender) => {
    onWake(message, sender, deps);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void deps
      .mfaWaiting(tabId)
      .then((waiting) => (waiting ? deps.inject(tabId, 0) : undefined))
      .catch(() => undefined);
  });
}
