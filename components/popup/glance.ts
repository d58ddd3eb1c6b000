/** @module What the popup says at a glance, decided apart from how it looks: the site's status,
 * the findings in the order to read them, each one's lesson, and the lesson to offer now. */
import type { Finding, Severity } from '@/utils/checks/findings';
import { isLessonId, lessonById, lessonForCheck, todaysLesson, type Lesson } from '@/utils/lessons';
import type { Progress } from '@/utils/progress';

export type SiteStatus = 'unknown' | 'paused' | 'clear' | 'warning' | 'danger';

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warning: 1, info: 2 };

/** Most severe first; equal ones keep the order they were found in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** `null` findings: the page could not be checked (browser pages, store pages). An incomplete
 * report (a hostile page filled its share of storage) is never an all-clear. */
export function siteStatus(
  findings: readonly Finding[] | null,
  paused: boolean,
  incomplete = false,
): SiteStatus {
  if (paused) return 'paused';
  if (findings === null) return 'unknown';
  if (findings.some((f) => f.severity === 'danger')) return 'danger';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return incomplete ? 'unknown' : 'clear';
}

/** A finding's own lesson wins over the check's default. */
export function lessonForFinding(finding: Finding): Lesson {
  return (
    (isLessonId(finding.lesson) && lessonById(finding.lesson)) || lessonForCheck(finding.check)
  );
}

/** The lesson tied to the latest finding when there is one, else the lesson of the day. */
export function lessonToOffer(
  findings: readonly Finding[],
  now: Date,
  progress: Pick<Progress, 'seen'>,
): { lesson: Lesson; fromFinding: boolean } {
  const latest = findings[findings.length - 1];
  return latest
    ? { lesson: lessonForFinding(latest), fromFinding: true }
    : { lesson: todaysLesson(now, progress), fromFinding: false };
}
