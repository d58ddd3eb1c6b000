/** @module Watches the page's forms: extracts them (DOM → plain data) at load and after the page
 * changes (throttled), lets the background judge them, and shows the notices worth showing
 * (`calm.ts`): per flagged visible form, one page-level notice for a non-secure page. */
import type { PageContext } from './context';
import { formNoticeState, NOTICE_CHECKS, checkById, type NoticeCheck } from '@/utils/checks';
import type { Finding } from '@/utils/checks/findings';
import { extractPageElements, MAX_FIELDS } from '@/utils/forms/extract';
import type { PageFeatures } from '@/utils/forms/types';
import type { FormsVerdict } from '@/utils/messaging';
import { editNotAProblem, withNotAProblem } from '@/utils/not-a-problem';
import { calmFindings } from './calm';
import type { Board } from './notice-drawing';
import { watchDom } from './observe';
import { isRendered } from './visibility';

/** The form checks that show notices, from the registry. */
const FORM_NOTICE_CHECKS = NOTICE_CHECKS.filter((id) => checkById(id).kind === 'form');

export interface FormServices {
  /** The background's judgement, and the checks muted on this site ("not a problem here"). */
  analyze(features: PageFeatures): Promise<FormsVerdict>;
  openLesson(id: string): void;
  /** The page has findings, shown or not (muted, paused, on a hidden form): from now on a
   * change of settings or of "not a problem here" matters to it. */
  found?(): void;
}

/** Hidden forms with findings are looked at this often until they show (no event says when
 * `visibility` or `inert` changes). */
const UNSEEN_RECHECK_MS = 500;

export function watchForms(ctx: PageContext, board: Board, services: FormServices) {
  let last = '';
  // Forms in index order, open shadow roots' after `document.forms`: what findings point at.
  let forms: Element[] = [];
  let judged: Finding[] = [];
  let lastMuted = new Set<string>();
  let unseen: Element[] = [];
  let recheck: ReturnType<typeof setInterval> | undefined;
  const anyAppeared = () => unseen.some(isRendered) && show(judged, lastMuted);
  // A form going from `display: none` to a box: shown at once rather than at the next recheck.
  // Made with the first hidden finding: most pages have none, and every page pays its set-up.
  let appear: ResizeObserver | undefined;
  const run = async (force = false) => {
    const extracted = extractPageElements(document, location.href, MAX_FIELDS);
    const features = extracted.features;
    forms = extracted.forms;
    for (const shadow of extracted.shadowRoots) watch.add(shadow);
    const signature = JSON.stringify(features);
    if (signature === last && !force) return;
    last = signature;
    const verdict = await services.analyze(features).catch(() => null);
    if (!verdict || !ctx.isValid) return;
    if (verdict.findings.length) services.found?.();
    show(verdict.findings, new Set(verdict.muted));
  };

  const show = (findings: Finding[], muted: Set<string>) => {
    judged = findings;
    lastMuted = muted;
    waitForUnseen(findings);
    const shown = new Map<NoticeCheck, Set<Element>>(
      FORM_NOTICE_CHECKS.map((id) => [id, new Set<Element>()]),
    );
    for (const { finding, anchor } of calmFindings(findings, isSecureContext, (f) =>
      anchorFor(f, forms),
    )) {
      const state = formNoticeState(finding.check);
      if (!state || muted.has(finding.check)) continue;
      const check = finding.check as NoticeCheck;
      shown.get(check)!.add(anchor);
      board.show(anchor, check, {
        state,
        kinds: check === 'oversized-form' ? finding.kinds : undefined,
        drawing: {
          kind: 'form',
          finding,
          onLearn: () => services.openLesson(finding.lesson ?? checkById(check).lesson),
          onNotAProblem: (dismiss) => {
            dismiss();
            void editNotAProblem((list) => withNotAProblem(list, location.hostname, check));
          },
        },
      });
    }
    for (const [check, anchors] of shown) board.retain(check, anchors);
  };

  const waitForUnseen = (findings: Finding[]) => {
    appear?.disconnect();
    unseen = findings
      .map((f) => anchorFor(f, forms))
      .filter((a): a is Element => !!a && !isRendered(a));
    if (unseen.length) appear ??= new ResizeObserver(anyAppeared);
    for (const anchor of unseen) appear!.observe(anchor);
    clearInterval(recheck);
    recheck = unseen.length ? setInterval(anyAppeared, UNSEEN_RECHECK_MS) : undefined;
  };

  const watch = watchDom(() => void run(), 1_000);
  ctx.onInvalidated(() => {
    watch.stop();
    appear?.disconnect();
    clearInterval(recheck);
  });
  // The first run comes from `rerun()`, once settings are known.
  return { rerun: () => void run(true) };
}

/** The form itself, or for fields outside any form the first password field among them. */
function anchorFor(finding: Finding, forms: Element[]): Element | null {
  if (finding.form !== null) return forms[finding.form] ?? null;
  return (
    [...document.querySelectorAll('input[type=password]')].find(
      (el) => !(el as HTMLInputElement).form,
    ) ?? null
  );
}
