/** @module What the always-loaded sentinel (`entrypoints/sentinel.ts`) hands to the engine
 * (`entrypoints/engine`) in the same frame, and the notice UI (`entrypoints/notices.ts`) to the
 * engine. All three run in this extension's isolated world (Chrome) or content-script sandbox
 * (Firefox), so a property on its global is shared by them and invisible to the page. */

/** The fields a person typed in before the engine arrived, latest last (bounded). */
export const MAX_TYPED = 32;

export interface Handover {
  typed: HTMLInputElement[];
  /** Set by the sentinel once it asked for the engine: one request per frame. */
  requested: boolean;
  /** The background's answer to the sentinel's request (`WakeReply`, unchecked: the engine
   * checks it), or undefined when the engine came without one. */
  boot?: Promise<unknown>;
  /** Set by the engine as it starts: a second injection does nothing. */
  engine: boolean;
  /** Set by the notice UI once injected: makes the frame's notice board. */
  notices?: (ctx: PageContext) => Board;
}

import type { PageContext } from './context';
import type { Board } from './notice-drawing';

const KEY = '__heedfulHandover';

export function handover(scope: object = globalThis): Handover {
  const holder = scope as { [KEY]?: Handover };
  return (holder[KEY] ??= { typed: [], requested: false, engine: false });
}
