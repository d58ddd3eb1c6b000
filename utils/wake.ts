/** @module The one message the sentinel sends: "this frame needs the engine". It travels as a
 * plain runtime message, not through `@webext-core/messaging`, so that the script every page
 * loads carries no messaging library and no polyfill (README, "Page-load cost"). The background
 * checks the shape and the sender; nothing in it is trusted beyond "inject into my frame". */
import type { MfaNoticeData } from './background/mfa-notices';
import type { Settings } from './settings-model';

export const WAKE = 'heedful:wake';

/** Why the frame needs the engine: fields exist, or a person acts on the page. */
export type WakeReason = 'person' | 'fields';

export interface WakeMessage {
  type: typeof WAKE;
  reason: WakeReason;
}

export function isWakeMessage(message: unknown): message is WakeMessage {
  const m = message as Partial<WakeMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === WAKE &&
    (m.reason === 'person' || m.reason === 'fields')
  );
}

/** The background's answer to a wake: what the engine needs before its first look (the
 * settings, and in a top frame a two-step notice that is due), so that it starts without asking
 * (two messages fewer on every page with a form; README, "Page-load cost"). The sentinel only
 * hands it over, unread (`utils/content/handover.ts`). */
export interface WakeReply {
  type: typeof WAKE;
  settings: Settings;
  mfa: MfaNoticeData | null;
}

/** A reply of the shape the background sends (it may be missing: a wake from an orphaned
 * sentinel, a background that failed to read the settings). */
export function isWakeReply(reply: unknown): reply is WakeReply {
  const r = reply as Partial<WakeReply> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.type === WAKE &&
    typeof r.settings === 'object' &&
    r.settings !== null &&
    typeof r.mfa === 'object'
  );
}
