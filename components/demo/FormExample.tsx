/** @module Examples 3 and 4: a sample form judged by the forms analysis when it appears, with
 * one notice per finding, placed before the form as the content script places them above it. */
import type { ComponentType } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FormNotice } from '@/components/notices/FormNotice';
import { t } from '@/utils/i18n';
import { DemoNotice, openLesson } from './DemoNotice';
import { FORM_NOTICE_STATE, judgeSample, type FormNoticeFinding } from './judge';
import type { FormSample, SampleFormProps } from './samples';
import { SampleFrame } from './SampleFrame';

export interface FormExampleProps {
  sample: FormSample;
  Form: ComponentType<SampleFormProps>;
}

export function FormExample({ sample, Form }: FormExampleProps) {
  const box = useRef<HTMLDivElement>(null);
  const [findings, setFindings] = useState<FormNoticeFinding[]>([]);
  const [sent, setSent] = useState(false);

  useLayoutEffect(() => {
    const form = box.current?.querySelector('form');
    if (form) setFindings(judgeSample(form, sample, t));
  }, [sample]);

  const notices = findings.map((finding) => (
    <DemoNotice
      key={finding.check}
      check={finding.check}
      state={FORM_NOTICE_STATE[finding.check]}
      kinds={finding.check === 'oversized-form' ? finding.kinds : undefined}
      view={(dismiss) => (
        <FormNotice
          finding={finding}
          t={t}
          onDismiss={dismiss}
          onLearn={openLesson(finding.lesson ?? 'data-minimisation')}
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
      <p class="sent" role="status">
        {sent ? t('demoNothingSent') : ''}
      </p>
    </SampleFrame>
  );
}
