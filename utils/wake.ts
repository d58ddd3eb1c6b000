/** @module The one message the sentinel sends: "this frame needs the engine". It travels as a
 * plain runtime message, not through `@webext-core/messaging`, so that the script every page
 * loads carries no messaging library and no polyfill (README, "Page-load cost"). The background
 * checks the shape and the sender; nothing in it is trusted beyond "inject into my frame". */

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
