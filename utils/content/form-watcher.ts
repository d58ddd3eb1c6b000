/** @module Watches the page's forms: extracts them (DOM → plain data) at load and after the page
 * changes (throttled), lets the background judge them, and shows the notices worth showing
 * (`calm.ts`): per flagged visible form, one page-level notice for a non-secure page. */
import type { PageContext } from './context';
import { formNoticeState, NOTICE_CHECKS, checkById, type NoticeCheck } from '@/utils/checks';
import type { Finding } from '@/utils/checks/findings';
import { extractSteps, MAX_FIELDS } from '@/utils/forms/extract';
import type { FormsVerdict } from '@/utils/messaging';
import { editNotAProblem, withNotAProblem } from '@/utils/not-a-problem';
import { calmFindings } from './calm';
import type { Board } from './notice-drawing';
import { watchDom } from './observe';
import { throttle } from './throttle';
import { isElement, isShadowRoot } from './nodes';
import { documentShadowRoots } from './roots';
import { CANCELLED, runFresh } from '@/utils/slices';
import { hasBox, isRendered } from './visibility';

/** The form checks that show notices, from the registry. */
const FORM_NOTICE_CHECKS = NOTICE_CHECKS.filter((id) => checkById(id).kind === 'form');

export interface FormServices {
  /** The background's judgement of the features (as JSON text, `FormsRequest`), and the checks
   * muted on this site ("not a problem here"). */
  analyze(features: string): Promise<FormsVerdict>;
  openLesson(id: string): void;
  /** The page has findings with a notice, shown or not (muted, on a hidden form): from now on
   * a change of settings or of "not a problem here" matters to it. Findings for the popup only
   * (password-field) do not count: the background applies a change of settings to them itself
   * (`utils/report-settings.ts`), and listening costs the frame its `browser.storage` API. */
  found?(): void;
}

/** Hidden forms with findings are looked at this often until they show (no event says when
 * `visibility` or `inert` changes). */
const UNSEEN_RECHECK_MS = 500;

/** Shadow roots on plain elements learned from a person's focus, at most. */
const MAX_LEARNED = 50;

export function watchForms(ctx: PageContext, board: Board, services: FormServices) {
  let last = '';
  // Forms in index order, open shadow roots' after `document.forms`: what findings point at.
  let forms: Element[] = [];
  let judged: Finding[] = [];
  let lastMuted = new Set<string>();
  let unseen: Element[] = [];
  // Forms the scan left out as not laid out: scanned once one shows.
  let skipped: Element[] = [];
  // The open shadow roots the last scan read.
  let scanned: ShadowRoot[] = [];
  let recheck: ReturnType<typeof setInterval> | undefined;
  const anyAppeared = () => {
    if (skipped.some(hasBox)) void run();
    else if (unseen.some(isRendered)) show(judged, lastMuted);
  };
  // A form going from `display: none` to a box: judged or shown at once rather than at the next
  // recheck. Made with the first hidden form: most pages have none, and every page pays its
  // set-up.
  let appear: ResizeObserver | undefined;
  // Each run replaces any still in progress; a forced one stays forced when replaced.
  let latest = 0;
  let forcing = false;
  const run = async (force = false) => {
    const id = ++latest;
    forcing ||= force;
    const extracted = await runFresh(
      () =>
        extractSteps(document, location.href, MAX_FIELDS, {
          rendered: hasBox,
          shadowRoots: (doc) => withLearned(documentShadowRoots(doc), learned, doc),
          fillableOnly: true,
          raw: true,
          looseOnlyPasswords: isSecureContext,
        }),
      { cancelled: () => id !== latest || !ctx.isValid },
    );
    if (extracted === CANCELLED || !ctx.isValid) return;
    forms = extracted.forms;
    skipped = extracted.skipped;
    watchHidden();
    scanned = extracted.shadowRoots;
    for (const shadow of scanned) watch.add(shadow);
    const signature = JSON.stringify(extracted.features);
    const forced = forcing;
    forcing = false;
    if (signature === last && !forced) return;
    last = signature;
    const verdict = await services.analyze(signature).catch(() => null);
    if (!verdict || !ctx.isValid) return;
    if (verdict.findings.some((f) => formNoticeState(f.check))) services.found?.();
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
    unseen = findings
      .map((f) => anchorFor(f, forms))
      .filter((a): a is Element => !!a && !isRendered(a));
    clearInterval(recheck);
    recheck = unseen.length ? setInterval(anyAppeared, UNSEEN_RECHECK_MS) : undefined;
    watchHidden();
  };

  // Box changes of hidden forms, judged (`unseen`) or not (`skipped`). Skipped forms need no
  // recheck: leaving `display: none` always gives them a box, which the observer reports.
  const watchHidden = () => {
    appear?.disconnect();
    if (unseen.length || skipped.length) appear ??= new ResizeObserver(anyAppeared);
    for (const form of [...unseen, ...skipped]) appear?.observe(form);
  };

  // Shadow roots on plain elements (not custom elements) are not searched at load; a person
  // focusing a field in one brings its forms into the scan before they type. A page that
  // focuses into root after root gets one scan a second at most, of a bounded number of roots.
  const learned = new Set<ShadowRoot>();
  const rescan = throttle(() => void run(), 1_000);
  document.addEventListener(
    'focusin',
    (event) => {
      const outer = event.isTrusted ? outermostShadowRoot(event.composedPath()[0]) : null;
      if (!outer || learned.has(outer) || scanned.includes(outer)) return;
      if (learned.size >= MAX_LEARNED) return;
      learned.add(outer);
      rescan();
    },
    { capture: true, passive: true, signal: ctx.signal },
  );

  const watch = watchDom(() => void run(), 1_000);
  ctx.onInvalidated(() => {
    watch.stop();
    rescan.cancel();
    appear?.disconnect();
    clearInterval(recheck);
  });
  // The first run comes from `rerun()`, once settings are known.
  return { rerun: () => void run(true) };
}

/** The shadow root, among those in the document itself, that holds `target`, if any. */
function outermostShadowRoot(target: EventTarget | undefined): ShadowRoot | null {
  let root = isElement(target) ? target.getRootNode() : null;
  let outer: ShadowRoot | null = null;
  while (root && isShadowRoot(root)) {
    outer = root;
    root = root.host.getRootNode();
  }
  return outer;
}

/** The roots found at load, then those learned from a person's focus that are still there. The
 * focus that woke the engine came before it could listen: the focused host tells. */
function withLearned(found: ShadowRoot[], learned: Set<ShadowRoot>, doc: Document): ShadowRoot[] {
  const focused = doc.activeElement?.shadowRoot;
  if (focused && learned.size < MAX_LEARNED) learned.add(focused);
  const known = new Set(found);
  for (const root of learned) if (root.host.isConnected && !known.has(root)) found.push(root);
  return found;
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
