/** @module What the popup's own address asks for: `?tabId=N` (the popup opened as a normal tab,
 * as tests and notices do) and `#lesson=<id>` (open that lesson directly). */
import { isLessonId, type LessonId } from '@/utils/lessons';

export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export function lessonFromHash(hash: string): LessonId | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get('lesson');
  return isLessonId(raw) ? raw : null;
}

export function lessonHash(id: LessonId): string {
  return `#lesson=${encodeURIComponent(id)}`;
}

/** `#lessons` is the full list; anything else that is not a lesson is the main view. */
export function showsLessonList(hash: string): boolean {
  return hash.replace(/^#/, '') === 'lessons';
}

/** `?view=tab`: the popup page opened as a full tab (a notice's "Learn why"), laid out for a
 * tab's width instead of the popup's narrow column. */
export function isTabView(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'tab';
}
