/** @module Reset learning progress, with a confirmation step so one stray click loses nothing. */
import { useState } from 'preact/hooks';
import { resetProgress } from '@/utils/progress';
import { t } from '@/utils/i18n';

type Step = 'idle' | 'confirm' | 'done';

export function ProgressSection() {
  const [step, setStep] = useState<Step>('idle');
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('optionsProgressHeading')}</h2>
      <p class="muted">{t('optionsProgressIntro')}</p>
      {step === 'confirm' ? (
        <div role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('optionsProgressConfirm')}</p>
          <button
            type="button"
            class="danger"
            onClick={() => void resetProgress().then(() => setStep('done'))}
          >
            {t('optionsProgressConfirmYes')}
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')}>
            {t('optionsProgressCancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setStep('confirm')}>
          {t('optionsProgressReset')}
        </button>
      )}
      <div role="status">{step === 'done' && <p>{t('optionsProgressDone')}</p>}</div>
    </section>
  );
}
