/** @module The engine's notice board, which costs nothing until there is a notice. The notice UI
 * (Preact, the components, placement: more than half the engine's code before this split) is a
 * separate script the background injects into this frame with the first notice; most pages with
 * a form never have one. Until it has arrived, the board keeps the latest content per (anchor,
 * check), so a notice hidden or replaced meanwhile is never drawn stale. */
import type { NoticeCheck } from '@/utils/checks';
import type { PageContext } from './context';
import type { Handover } from './handover';
import type { Board, NoticeContent } from './notice-drawing';

/** A frame whose UI cannot be injected (a page closing, a browser refusing) stops asking. */
const MAX_LOADS = 3;

export function lazyBoard(
  ctx: PageContext,
  state: Handover,
  /** Asks the background to inject the notice UI into this frame; settles once it ran. */
  load: () => Promise<unknown>,
): Board {
  let board: Board | undefined;
  let loading: Promise<void> | undefined;
  let loads = 0;
  const pending = new Map<Element, Map<NoticeCheck, NoticeContent>>();

  const arrived = () => {
    loading = undefined;
    const make = state.notices;
    if (!make || !ctx.isValid || board) return;
    board = make(ctx);
    for (const [anchor, byCheck] of pending)
      for (const [check, content] of byCheck) board.show(anchor, check, content);
    pending.clear();
  };
  const ensure = () => {
    if (state.notices) return arrived();
    if (loading || loads >= MAX_LOADS) return;
    loads++;
    loading = load().then(arrived, () => void (loading = undefined));
  };

  const hide = (anchor: Element, check: NoticeCheck) => {
    if (board) return board.hide(anchor, check);
    const byCheck = pending.get(anchor);
    byCheck?.delete(check);
    if (byCheck && !byCheck.size) pending.delete(anchor);
  };

  return {
    hide,
    show(anchor, check, content) {
      if (board) return board.show(anchor, check, content);
      let byCheck = pending.get(anchor);
      if (!byCheck) pending.set(anchor, (byCheck = new Map()));
      byCheck.set(check, content);
      ensure();
    },
    retain(check, keep) {
      if (board) return board.retain(check, keep);
      for (const anchor of [...pending.keys()]) if (!keep.has(anchor)) hide(anchor, check);
    },
    clear() {
      if (board) return board.clear();
      pending.clear();
    },
    get anchors() {
      return board ? board.anchors : pending.size;
    },
  };
}
