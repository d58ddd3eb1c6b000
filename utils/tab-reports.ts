/** @module Findings per tab, merged from its frames, for the popup and the toolbar badge. Kept
 * in `storage.session` so a restarted service worker still knows them; findings hold no secrets.
 *
 * A hostile page decides how many frames and forms it has, so what one tab may store is bounded
 * (frames, findings per frame, bytes), stored compactly (origins, not URLs; codes and counts, not
 * sentences: see `stored-finding.ts`), and written only through one queue, `forget` included. A
 * closed tab leaves a tombstone so a write still queued cannot bring its report back. When
 * anything could not be kept (a cap, a failed write, an unreadable entry) the report says it is
 * incomplete: the popup must never turn a lost report into "nothing to flag". */
import type { PasswordCheckId } from './checks';
import type { Finding } from './checks/findings';
import type { Translate } from './i18n';
import type { FrameReport, ReportedFinding, TabReport } from './messaging';
import type { SessionStore } from './checks/breached-password/session-store';
import {
  compactFinding,
  expandFinding,
  readStoredFinding,
  type StoredFinding,
} from './stored-finding';

/** The forms analysis reports every form check at once; each password check on its own. */
export type ReportSource = 'forms' | PasswordCheckId;

/** A tab never needs more: the popup lists at most this many findings. */
export const MAX_FINDINGS = 200;
/** Frames per tab with findings; the top frame is always kept. */
export const MAX_FRAMES = 24;
export const MAX_FINDINGS_PER_FRAME = 40;
/** Bytes of one tab's stored report (JSON); 300 such tabs still fit `storage.session`. */
export const MAX_TAB_BYTES = 32 * 1024;
const MAX_TOMBSTONES = 512;

const key = (tabId: number) => `tab:${tabId}`;
const TOMBSTONES = 'tabs:closed';

interface StoredFrame {
  /** Origin of the frame's page ("null" for opaque ones). */
  o: string;
  f: StoredFinding[];
}
interface StoredTab {
  /** Keyed by frame id (forms) or `frameId:source` (the password checks). */
  frames: Record<string, StoredFrame>;
  /** Something was left out or could not be written. */
  lost?: true;
}

export interface TabReportsOptions {
  /** Writes the findings' sentences when a report is read, in the reader's language. */
  t: Translate;
}

export function createTabReports(session: SessionStore, { t }: TabReportsOptions) {
  /** Tabs whose last write failed: kept in memory too, in case storage holds an older copy. */
  const unsaved = new Set<number>();
  let closed: Set<number> | null = null;

  const read = async (tabId: number): Promise<StoredTab> => {
    let value: unknown;
    try {
      value = await session.get(key(tabId));
    } catch {
      return { frames: {}, lost: true };
    }
    if (value === undefined) return { frames: {} };
    return storedTab(value);
  };
  const tombstones = async (): Promise<Set<number>> => {
    if (closed) return closed;
    const stored = await session.get(TOMBSTONES).catch(() => undefined);
    closed = new Set(Array.isArray(stored) ? stored.filter(Number.isInteger) : []);
    return closed;
  };
  const write = async (tabId: number, tab: StoredTab): Promise<void> => {
    try {
      await session.set({ [key(tabId)]: tab });
      unsaved.delete(tabId);
    } catch {
      // Quota or storage gone: what is stored is now stale. Replace it by an empty report that
      // says so, which is small enough to fit where the full one did not.
      unsaved.add(tabId);
      await session.set({ [key(tabId)]: { frames: {}, lost: true } }).catch(() => undefined);
    }
  };

  // Every change to a tab's entry takes its turn here, `forget` and `close` too: a write that
  // was queued before a tab closed runs before the tombstone, never after it.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const merge = (tabId: number, tab: StoredTab): TabReport => {
    const top = tab.frames['0']?.o ?? null;
    const findings: ReportedFinding[] = [];
    let unreadable = false;
    for (const frame of Object.values(tab.frames))
      for (const stored of frame.f) {
        const finding: ReportedFinding | null = expandFinding(stored, t);
        if (!finding) {
          unreadable = true;
          continue;
        }
        // A finding from a frame of another origin says where it came from.
        if (top !== null && frame.o !== top) finding.origin = frame.o;
        findings.push(finding);
      }
    const report: TabReport = { url: top, findings: findings.slice(0, MAX_FINDINGS) };
    if (tab.lost || unreadable || unsaved.has(tabId) || findings.length > MAX_FINDINGS)
      report.incomplete = true;
    return report;
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
        if ((await tombstones()).has(tabId)) return { url: null, findings: [] };
        const tab = await read(tabId);
        const slot = source === 'forms' ? String(frameId) : `${frameId}:${source}`;
        const frame: StoredFrame = {
          o: originOf(report.url),
          f: report.findings.slice(0, MAX_FINDINGS_PER_FRAME).map(compactFinding),
        };
        const lost = report.findings.length > frame.f.length;
        const known = slot in tab.frames;
        const before = JSON.stringify(tab.frames[slot] ?? null);
        if (!known && frameId !== 0 && frameCount(tab) >= MAX_FRAMES && frame.f.length) {
          tab.lost = true;
        } else if (frame.f.length || known || slot === '0') {
          // The top frame is kept even when clean: its origin names the page in the popup.
          if (frame.f.length || slot === '0') tab.frames[slot] = frame;
          else delete tab.frames[slot];
          if (lost) tab.lost = true;
          fitInBudget(tab, slot);
        }
        const changed = JSON.stringify(tab.frames[slot] ?? null) !== before || tab.lost;
        if (changed) await write(tabId, tab);
        return merge(tabId, tab);
      });
    },
    get(tabId: number): Promise<TabReport> {
      return inTurn(async () => merge(tabId, await read(tabId)));
    },
    /** A new page in the tab: its report starts again. */
    forget(tabId: number): Promise<void> {
      return inTurn(async () => {
        unsaved.delete(tabId);
        await session.remove([key(tabId)]).catch(() => undefined);
      });
    },
    /** The tab closed: its report goes, and nothing may write it again. */
    close(tabId: number): Promise<void> {
      return inTurn(async () => {
        const ids = await tombstones();
        ids.add(tabId);
        while (ids.size > MAX_TOMBSTONES) ids.delete(ids.values().next().value!);
        unsaved.delete(tabId);
        await session.remove([key(tabId)]).catch(() => undefined);
        await session.set({ [TOMBSTONES]: [...ids] }).catch(() => undefined);
      });
    },
  };
}

function frameCount(tab: StoredTab): number {
  return new Set(Object.keys(tab.frames).map((slot) => slot.split(':')[0])).size;
}

/** Drops findings from the slot just written (never another frame's) until the tab fits. */
function fitInBudget(tab: StoredTab, slot: string): void {
  const frame = tab.frames[slot];
  if (!frame) return;
  while (JSON.stringify(tab).length > MAX_TAB_BYTES && frame.f.length) {
    frame.f.splice(Math.ceil(frame.f.length / 2));
    if (frame.f.length === 1) frame.f.length = 0;
    tab.lost = true;
  }
  if (!frame.f.length && slot !== '0') delete tab.frames[slot];
}

/** Only the origin: a path, query or fragment can carry a session id or a search. */
function originOf(url: string): string {
  try {
    return new URL(url).origin.slice(0, 300);
  } catch {
    return 'null';
  }
}

/** Storage can hold anything (an older version's shape, a corrupted entry): what is not a frame
 * or a finding is dropped, and the tab then says it lost something. Findings are stored again
 * in today's shape, so an older version's sentences do not outlive the next write. */
function storedTab(value: unknown): StoredTab {
  const frames = (value as Partial<StoredTab> | null)?.frames;
  if (typeof frames !== 'object' || frames === null) return { frames: {}, lost: true };
  const tab: StoredTab = { frames: {} };
  for (const [slot, frame] of Object.entries(frames as Record<string, unknown>)) {
    const { o, f } = (frame ?? {}) as Partial<StoredFrame>;
    if (typeof o !== 'string' || !Array.isArray(f)) {
      tab.lost = true;
      continue;
    }
    const facts = f.map(readStoredFinding).filter((finding) => finding !== null);
    if (facts.length < f.length) tab.lost = true;
    tab.frames[slot] = { o, f: facts.map(compactFinding) };
  }
  if ((value as StoredTab).lost === true) tab.lost = true;
  return tab;
}

/** The badge counts what the person can act on; nothing found shows nothing, but a report
 * that lost findings shows `!` rather than an empty badge. */
export function badgeText(findings: readonly Finding[], incomplete = false): string {
  if (findings.length === 0) return incomplete ? '!' : '';
  return findings.length > 99 ? '99+' : String(findings.length);
}
