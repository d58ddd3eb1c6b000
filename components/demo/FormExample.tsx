/** @module Examples 3 and 4: a sample form judged by the forms analysis when it appears, with
 * one notice per finding, placed at the form's top edge by the content script's own code, in a
 * room kept empty above the form. */
import type { ComponentType } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FormNotice } from '@/components/notices/FormNotice';
import { t } from '@/utils/i18n';
import { checkById, type NoticeCheck } from '@/utils/checks';
import { DemoNotice, openLesson } from './DemoNotice';
import { judgeSample, type JudgedSample } from './judge';
import type { FormSample, SampleFormProps } from './samples';
import { SampleFrame } from './SampleFrame';

export interface FormExampleProps {
  sample: FormSample;
  Form: ComponentType<SampleFormProps>;
}

export function FormExample({ sample, Form }: FormExampleProps) {
  const box = useRef<HTMLDivElement>(null);
  const [judged, setJudged] = useState<JudgedSample>({ notices: [], reportOnly: [] });
  const [sent, setSent] = useState(false);

  useLayoutEffect(() => {
    const form = box.current?.querySelector('form');
    if (form) setJudged(judgeSample(form, sample, t));
  }, [sample]);

  const notices = judged.notices.map((finding) => (
    <DemoNotice
      key={finding.check}
      anchor={() => box.current?.querySelector('form') ?? null}
      check={finding.check as NoticeCheck}
      state={finding.state}
      kinds={finding.check === 'oversized-form' ? finding.kinds : undefined}
      view={(dismiss) => (
        <FormNotice
          finding={finding}
          t={t}
          onDismiss={dismiss}
          onLearn={openLesson(finding.lesson ?? checkById(finding.check).lesson)}
        />
      )}
    />
  ));

  return (
    <SampleFrame
      id={`${sample.id}-frame`}
      frameRef={box}
      address={{ url: sample.url, secure: sample.isSecureContext }}
      notices={notices}
      noticesFirst
    >
      <Form
        t={t}
        onSubmit={(event) => {
          // Never submitted: the demo only shows what Heedful says about the form.
          event.preventDefault();
          setSent(true);
        }}
      />
      {/* Report-only checks (no in-page notice): what the popup's page report would add. */}
      {judged.reportOnly.map((finding) => (
        <p key={`${finding.check}:${finding.code}`} class="report-only" data-check={finding.check}>
          {t('demoReportOnly', [finding.message])}
        </p>
      ))}
      <p class="sent" role="status">
        {sent ? t('demoNothingSent') : ''}
      </p>
    </SampleFrame>
  );
}
