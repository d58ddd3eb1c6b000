import { handover } from '@/utils/content/handover';
import { NoticeBoard } from '@/utils/content/notices';

/** The notice UI (Preact, the notice components, placement): injected by the background into
 * one frame only when the engine there first has a notice to show (`utils/content/lazy-board.ts`),
 * so a page with nothing to flag never loads it. It only hands over its board maker; it shares
 * the engine's isolated world, which the page cannot see. */
export default defineUnlistedScript(() => {
  handover().notices ??= (ctx) => new NoticeBoard(ctx);
});
