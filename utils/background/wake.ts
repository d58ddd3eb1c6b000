/** @module When a frame gets the engine: its sentinel asked (a plain runtime message, see
 * `utils/wake.ts`), or a two-step notice is due in a tab whose new page has no field at all.
 * A frame with nothing to do sends nothing, so that case is the background's to notice. */
import type { MfaNoticeData } from './mfa-notices';
import type { SenderLike } from '../sender';
import type { Settings } from '../settings-model';
import { isWakeMessage, WAKE, type WakeReply } from '../wake';

export interface WakeDeps {
  fromContent(sender: SenderLike): boolean;
  inject(tabId: number, frameId: number): Promise<void>;
  /** A sign-in in this tab may be followed by a two-step notice on its next page. */
  mfaWaiting(tabId: number): Promise<boolean>;
  settings(): Promise<Settings>;
  /** The two-step notice due on this page of this tab, taken (shown once), or null. */
  takeMfa(tabId: number, url: string | undefined): Promise<MfaNoticeData | null>;
}

type Sender = SenderLike & { frameId?: number };

/** Injects the engine into the asking frame and answers with what it needs first
 * (`WakeReply`); anything else gets no answer (undefined), leaving it to other listeners. */
export function onWake(
  message: unknown,
  sender: Sender,
  deps: WakeDeps,
): Promise<WakeReply> | undefined {
  if (!isWakeMessage(message) || !deps.fromContent(sender)) return undefined;
  const tabId = sender.tab!.id!;
  const frameId = sender.frameId ?? 0;
  // The engine waits for this answer, whichever arrives first: it or the engine.
  const reply = wakeReply(tabId, frameId, sender.url, deps);
  deps.inject(tabId, frameId).catch(() => undefined);
  return reply;
}

async function wakeReply(
  tabId: number,
  frameId: number,
  url: string | undefined,
  deps: WakeDeps,
): Promise<WakeReply> {
  // Only a top frame shows the two-step notice (as `takeMfaNotice` allows).
  const [settings, mfa] = await Promise.all([
    deps.settings(),
    frameId === 0 ? deps.takeMfa(tabId, url).catch(() => null) : null,
  ]);
  return { type: WAKE, settings, mfa };
}

export function injectWhenAsked(deps: WakeDeps): void {
  // Only a wake gets an answer here; for any other message the listener returns nothing, so
  // the typed protocol's own listener answers it.
  browser.runtime.onMessage.addListener((message, sender) => onWake(message, sender, deps));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void deps
      .mfaWaiting(tabId)
      .then((waiting) => (waiting ? deps.inject(tabId, 0) : undefined))
      .catch(() => undefined);
  });
}
