/** @module Judging a sample form with the forms analysis the extension uses everywhere
 * (`analyzeForm`), keeping what the content script would show as in-page notices. */
import type { Finding } from '@/utils/checks/findings';
import { analyzeForm } from '@/utils/forms/analyze';
import type { Translate } from '@/utils/i18n';
import type { FormSample } from './samples';

export type FormNoticeCheck = 'oversized-form' | 'insecure-form';

/** `data-state` of each form notice, as the content script sets it. */
export const FORM_NOTICE_STATE: Record<FormNoticeCheck, string> = {
  'oversized-form': 'oversized',
  'insecure-form': 'insecure',
};

export type FormNoticeFinding = Finding & { check: FormNoticeCheck };

/** The findings that become notices; `password-field` ones go to the page report only. */
export function judgeSample(form: Element, sample: FormSample, t: Translate): FormNoticeFinding[] {
  const { findings } = analyzeForm(form, {
    url: sample.url,
    isSecureContext: sample.isSecureContext,
    t,
  });
  return findings.filter((f): f is FormNoticeFinding => f.check in FORM_NOTICE_STATE);
}
