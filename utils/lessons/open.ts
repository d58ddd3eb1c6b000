/** @module "Learn why", from a page's notice or the demo page: the background opens the lesson in
 * the popup page, in a tab (`utils/background/lifecycle.ts`). The one copy for every caller. */
import { sendMessage } from '../messaging';

export function openLesson(id: string): void {
  void sendMessage('openLesson', { id }).catch(() => undefined);
}
