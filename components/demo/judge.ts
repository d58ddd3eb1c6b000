/** @module Judging a sample form with the forms analysis the extension uses everywhere
 * (`analyzeForm`), keeping what the content script would show as in-page notices. */
import { checkById, formNoticeState, type CheckId } from '@/utils/checks';
import type { Finding } from '@/utils/checks/findings';
import { analyzeForm } from '@/utils/forms/analyze';
import type { Translate } from '@/utils/i18n';
import type { FormSample } from './samples';

/** A finding that becomes an in-page notice, with its `data-state` as the content script sets
 * it (from the registry). */
export type FormNoticeFinding = Finding & { state: string };

export interface JudgedSample {
  notices: FormNoticeFinding[];
  /** Findings of report-only checks (no notice states): the popup's page report would list them. */
  reportOnly: Finding[];
}

export function judgeSample(form: Element, sample: FormSample, t: Translate): JudgedSample {
  const { findings } = analyzeForm(form, {
    url: sample.url,
    isSecureContext: sample.isSecureContext,
    t,
  });
  const notices: FormNoticeFinding[] = [];
  const reportOnly: Finding[] = [];
  for (const finding of findings) {
    const state = formNoticeState(finding.check);
    if (state) notices.push({ ...finding, state });
    else if (checkById(finding.check).states.length === 0) reportOnly.push(finding);
  }
  return { notices, reportOnly };
}

/** The checks a sample demonstrates (the meta-test holds every check to having one). */
export function checksShownBy(judged: JudgedSample): CheckId[] {
  return [...new Set([...judged.notices, ...judged.reportOnly].map((f) => f.check))];
}
