/** @module The checks marked "not a problem" on this site, each with an undo; the page's notice
 * comes back at once (the content script watches the same storage key). */
import { storage } from 'wxt/utils/storage';
import {
  editNotAProblem,
  NOT_A_PROBLEM_KEY,
  withoutNotAProblem,
  type NotAProblem,
} from '@/utils/not-a-problem';
import { t } from '@/utils/i18n';

export const notAProblemItem = storage.defineItem<NotAProblem[]>(`local:${NOT_A_PROBLEM_KEY}`, {
  fallback: [],
});

/** Message keys cannot contain hyphens; the check's name as the options page gives it. */
const checkName = (check: string) => t(`optionsCheck_${check.replace(/-/g, '_')}`);

export function NotAProblemList({ entries }: { entries: NotAProblem[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="not-a-problem-heading" class="not-a-problem">
      <h2 id="not-a-problem-heading">{t('popupNotAProblemHeading')}</h2>
      <ul>
        {entries.map(({ site, check }) => (
          <li key={check}>
            <span>{checkName(check)}</span>
            <button
              type="button"
              onClick={() => void editNotAProblem((list) => withoutNotAProblem(list, site, check))}
            >
              {t('popupNotAProblemUndo')}
              <span class="visually-hidden">
                : {t('popupNotAProblemUndoLabel', [checkName(check)])}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
