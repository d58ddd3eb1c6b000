/** @module The popup: the lesson list or one lesson (chosen by `#lesson=<id>`), progress, the
 * current tab's findings and links. Opening a lesson and answering its quiz are saved at once,
 * so nothing is lost when the popup closes. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { lessonById, todaysLesson, type LessonId } from '@/utils/lessons';
import {
  normalizeProgress,
  progressItem,
  updateProgress,
  withLessonOpened,
  withQuizAnswer,
} from '@/utils/progress';
import { t } from '@/utils/i18n';
import { useStoredValue } from '../shared/useStoredValue';
import { siteOfUrl } from '../shared/settings-edit';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { lessonFromHash } from './location';
import { ProgressSummary } from './ProgressSummary';
import { SiteMfa } from './SiteMfa';
import { ReuseGroups } from './ReuseGroups';
import { TabFindings } from './TabFindings';
import { loadPopupTab, type PopupTab } from './tab-report';

export function PopupApp() {
  const progress = useStoredValue(progressItem, normalizeProgress);
  const [route, setRoute] = useState<LessonId | null>(() => lessonFromHash(location.hash));
  const [tab, setTab] = useState<PopupTab | null>(null);
  const now = new Date();

  useEffect(() => {
    let previous = route;
    const onHash = () => {
      const next = lessonFromHash(location.hash);
      // Back on the list, return focus to the lesson the reader just left.
      if (next === null && previous) {
        const id = previous;
        requestAnimationFrame(() => document.getElementById(`lesson-link-${id}`)?.focus());
      }
      previous = next;
      setRoute(next);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (route) void updateProgress((p) => withLessonOpened(p, route, new Date()));
  }, [route]);

  useEffect(
    () =>
      void loadPopupTab()
        .then(setTab)
        .catch(() => setTab({ report: null, url: null })),
    [],
  );

  const answer = useCallback(
    (id: LessonId, choice: number) => void updateProgress((p) => withQuizAnswer(p, id, choice)),
    [],
  );

  if (!progress) return <p role="status">{t('popupLoading')}</p>;
  const lesson = route ? lessonById(route) : undefined;
  return (
    <>
      <header>
        <h1>{t('extName')}</h1>
      </header>
      <main>
        {lesson ? (
          <LessonView
            lesson={lesson}
            answer={progress.answers[lesson.id]}
            onAnswer={(choice) => answer(lesson.id, choice)}
          />
        ) : (
          <>
            {tab && <TabFindings report={tab.report} site={siteOfUrl(tab.url)} />}
            {tab?.url && <SiteMfa url={tab.url} />}
            <ReuseGroups />
            <ProgressSummary progress={progress} now={now} />
            <LessonList today={todaysLesson(now, progress)} progress={progress} />
          </>
        )}
      </main>
      <footer>
        <nav aria-label={t('popupNavLabel')}>
          <ul class="links">
            <li>
              <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
                {t('popupOpenOptions')}
              </a>
            </li>
            <li>
              <a href={browser.runtime.getURL('/demo.html')} target="_blank" rel="noopener">
                {t('popupOpenDemo')}
              </a>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
