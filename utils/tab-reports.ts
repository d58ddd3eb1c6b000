/** @module Findings per tab, merged from its frames, for the popup and the toolbar badge. Kept
 * in `storage.session` so a restarted service worker still knows them; findings hold no secrets. */
import type { PasswordCheckId } from './checks';
import type { Finding } from './checks/findings';
import type { FrameReport, TabReport } from './messaging';
import type { SessionStore } from './checks/breached-password/session-store';

/** Keyed by frame id (the forms report, which carries the URL) or `frameId:source` for the
 * password checks, so one source reporting again replaces only its own findings. */
type Frames = Record<string, FrameReport>;
/** The forms analysis reports every form check at once; each password check on its own. */
export type ReportSource = 'forms' | PasswordCheckId;
const key = (tabId: number) => `tab:${tabId}`;
/** A hostile page could report forever; a tab never needs more than this many. */
const MAX_FINDINGS = 200;

export function createTabReports(session: SessionStore) {
  const read = async (tabId: number): Promise<Frames> => {
    const value = await session.get(key(tabId)).catch(() => undefined);
    return typeof value === 'object' && value !== null ? (value as Frames) : {};
  };
  // Handlers for one tab interleave (forms and password results); updates take turns.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    /** Records one frame's findings from one source; returns the tab's merged report. */
    record(
      tabId: number,
      frameId: number,
      report: FrameReport,
      source: ReportSource = 'forms',
    ): Promise<TabReport> {
      return inTurn(async () => {
        const frames = await read(tabId);
        frames[source === 'forms' ? String(frameId) : `${frameId}:${source}`] = {
          url: report.url,
          findings: report.findings.slice(0, MAX_FINDINGS),
        };
        await session.set({ [key(tabId)]: frames }).catch(() => undefined);
        return merge(frames);
      });
    },
    async get(tabId: number): Promise<TabReport> {
      return merge(await read(tabId));
    },
    async forget(tabId: number): Promise<void> {
      await session.remove([key(tabId)]).catch(() => undefined);
    },
  };
}

function merge(frames: Frames): TabReport {
  const findings: Finding[] = Object.values(frames).flatMap((f) => f.findings);
  return { url: frames['0']?.url ?? null, findings: findings.slice(0, MAX_FINDINGS) };
}

/** The badge counts what the person can act on; nothing found shows nothing. */
export function badgeText(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  return findings.length > 99 ? '99+' : String(findings.length);
}
