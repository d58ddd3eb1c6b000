/** @module Watches the page's forms: extracts them (DOM → plain data) at load and after the page
 * changes (throttled), lets the background judge them, and shows a notice per flagged form. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FormNotice } from '@/components/notices/FormNotice';
import type { Finding } from '@/utils/checks/findings';
import { extractPage, MAX_FIELDS } from '@/utils/forms/extract';
import type { PageFeatures } from '@/utils/forms/types';
import { t } from '@/utils/i18n';
import { editNotAProblem, notAProblemOn, withNotAProblem } from '@/utils/not-a-problem';
import type { NoticeBoard, NoticeCheck } from './notices';
import { watchDom } from './observe';

const STATE: Partial<Record<Finding['check'], string>> = {
  'oversized-form': 'oversized',
  'insecure-form': 'insecure',
};

export interface FormServices {
  analyze(features: PageFeatures): Promise<Finding[]>;
  openLesson(id: string): void;
}

export function watchForms(ctx: ContentScriptContext, board: NoticeBoard, services: FormServices) {
  let last = '';
  const run = async (force = false) => {
    const features = extractPage(document, location.href, MAX_FIELDS);
    const signature = JSON.stringify(features);
    if (signature === last && !force) return;
    last = signature;
    const findings = await services.analyze(features).catch(() => null);
    const muted = await notAProblemOn(location.hostname).catch(() => new Set<string>());
    if (findings && ctx.isValid) show(findings, muted);
  };

  const show = (findings: Finding[], muted: Set<string>) => {
    const shown = new Map<NoticeCheck, Set<Element>>([
      ['oversized-form', new Set()],
      ['insecure-form', new Set()],
    ]);
    for (const finding of findings) {
      const state = STATE[finding.check];
      const anchor = anchorFor(finding);
      if (!state || !anchor || muted.has(finding.check)) continue;
      const check = finding.check as NoticeCheck;
      shown.get(check)!.add(anchor);
      board.show(anchor, check, {
        state,
        kinds: check === 'oversized-form' ? finding.kinds : undefined,
        view: (dismiss) => (
          <FormNotice
            finding={finding}
            t={t}
            onDismiss={dismiss}
            onLearn={() => services.openLesson(finding.lesson ?? 'data-minimisation')}
            onNotAProblem={() => {
              dismiss();
              void editNotAProblem((list) => withNotAProblem(list, location.hostname, check));
            }}
          />
        ),
      });
    }
    for (const [check, anchors] of shown) board.retain(check, anchors);
  };

  const watch = watchDom(() => void run(), 1_000);
  ctx.onInvalidated(() => watch.stop());
  // The first run comes from `rerun()`, once settings are known.
  return { rerun: () => void run(true) };
}

/** The form itself, or for fields outside any form the first password field among them. */
function anchorFor(finding: Finding): Element | null {
  if (finding.form !== null) return document.forms[finding.form] ?? null;
  return (
    [...document.querySelectorAll('input[type=password]')].find(
      (el) => !(el as HTMLInputElement).form,
    ) ?? null
  );
}
