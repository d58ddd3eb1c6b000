/** @module The popup: this site's status, its findings as cards, the one lesson to read now and
 * compact progress; or, by address, every lesson (`#lessons`) or one (`#lesson=<id>`). Opening a
 * lesson and answering its quiz are saved at once, so nothing is lost when the popup closes. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { lessonById, type LessonId } from '@/utils/lessons';
import {
  normalizeProgress,
  progressItem,
  updateProgress,
  withLessonOpened,
  withQuizAnswer,
} from '@/utils/progress';
import { isPaused, normalizeSettings, settingsItem } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { normalizeNotAProblem } from '@/utils/not-a-problem';
import { Shield } from '../shared/Shield';
import { useStoredValue } from '../shared/useStoredValue';
import { siteOfUrl } from '../shared/settings-edit';
import { lessonToOffer, siteStatus } from './glance';
import { LessonCard } from './LessonCard';
import { NotAProblemList, notAProblemItem } from './NotAProblemList';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { isTabView, lessonFromHash, showsLessonList } from './location';
import { ProgressSummary } from './ProgressSummary';
import { SiteMfa } from './SiteMfa';
import { ReuseGroups } from './ReuseGroups';
import { StatusHeader } from './StatusHeader';
import { TabFindings } from './TabFindings';
import { loadPopupTab, onTabReports, type PopupTab } from './tab-report';

type Route = LessonId | 'lessons' | null;
const routeOf = (hash: string): Route =>
  lessonFromHash(hash) ?? (showsLessonList(hash) ? 'lessons' : null);

export function PopupApp() {
  const progress = useStoredValue(progressItem, normalizeProgress);
  const settings = useStoredValue(settingsItem, normalizeSettings);
  const notAProblem = useStoredValue(notAProblemItem, normalizeNotAProblem) ?? [];
  const [route, setRoute] = useState<Route>(() => routeOf(location.hash));
  const [tab, setTab] = useState<PopupTab | null>(null);
  // Opened as a tab (a notice's "Learn why"): lessons only, laid out for the width.
  const inTab = isTabView(location.search);
  const now = new Date();

  useEffect(() => {
    let previous = route;
    const onHash = () => {
      const next = routeOf(location.hash);
      // Back from a lesson, return focus to the link the reader left from.
      if (previous && previous !== 'lessons' && next !== previous) {
        const id = previous;
        requestAnimationFrame(() =>
          (
            document.getElementById(`lesson-link-${id}`) ??
            document.querySelector<HTMLElement>('.today-link')
          )?.focus(),
        );
      }
      previous = next;
      setRoute(next);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (route && route !== 'lessons') {
      void updateProgress((p) => withLessonOpened(p, route, new Date()));
    }
  }, [route]);

  useEffect(() => {
    if (inTab) return;
    const load = () =>
      void loadPopupTab()
        .then(setTab)
        .catch(() => setTab({ report: null, url: null }));
    load();
    // The page's findings may arrive while the popup is open.
    return onTabReports(load);
  }, []);

  const answer = useCallback(
    (id: LessonId, choice: number) => void updateProgress((p) => withQuizAnswer(p, id, choice)),
    [],
  );

  if (!progress) return <p role="status">{t('popupLoading')}</p>;
  const lesson = route && route !== 'lessons' ? lessonById(route) : undefined;
  const site = siteOfUrl(tab?.url);
  // Checks the reader called a false alarm here leave the cards and the count, with an undo.
  const mutedHere = notAProblem.filter((entry) => entry.site === site);
  const findings = (tab?.report?.findings ?? []).filter(
    (finding) => !mutedHere.some((entry) => entry.check === finding.check),
  );
  // Only web pages are checked; anything else (browser pages, our own) has no status to give.
  const checked = tab?.report && site ? findings : null;
  const status =
    tab && settings
      ? siteStatus(checked, !!site && isPaused(settings, site), !!tab?.report?.incomplete)
      : null;
  const home = inTab ? '#lessons' : '#';
  const main = lesson ? (
    <LessonView
      lesson={lesson}
      backHref={home}
      backLabel={t(inTab ? 'popupBack' : 'popupBackHome')}
      answer={progress.answers[lesson.id]}
      onAnswer={(choice) => answer(lesson.id, choice)}
    />
  ) : route === 'lessons' || inTab ? (
    <LessonList progress={progress} backHref={inTab ? undefined : '#'} />
  ) : (
    <>
      {tab && <TabFindings report={tab.report && { ...tab.report, findings }} site={site} />}
      <NotAProblemList entries={mutedHere} />
      {tab?.url && <SiteMfa url={tab.url} />}
      <ReuseGroups />
      <LessonCard {...lessonToOffer(findings, now, progress)} />
      <ProgressSummary progress={progress} now={now} />
    </>
  );
  return (
    <>
      {inTab ? (
        <header class="tab-header">
          <Shield size={32} />
          <h1>{t('extName')}</h1>
        </header>
      ) : (
        <StatusHeader status={status} site={site} count={findings.length} />
      )}
      <main>{main}</main>
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
