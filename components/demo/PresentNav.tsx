/** @module Presentation mode's controls: Previous, the step counter, Next. */
import { t } from '@/utils/i18n';

export interface PresentNavProps {
  step: number;
  total: number;
  go(step: number): void;
}

export function PresentNav({ step, total, go }: PresentNavProps) {
  return (
    <nav class="present-nav" aria-label={t('demoNavLabel')}>
      <button type="button" class="previous" disabled={step === 0} onClick={() => go(step - 1)}>
        <span aria-hidden="true">←</span> {t('demoPrevious')}
      </button>
      <p class="counter">{t('demoStepCounter', [step + 1, total])}</p>
      <button type="button" class="next" disabled={step === total - 1} onClick={() => go(step + 1)}>
        {t('demoNext')} <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
