/** @module Example 1: a weak password. The rater is the extension's own (`ratePassword`, which
 * the background uses), called directly: this page may bundle zxcvbn-ts, web pages never do. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PasswordNotice } from '@/components/notices/PasswordNotice';
import type { PasswordRating } from '@/utils/checks/password-strength';
import { passwordStrength } from '@/utils/checks/password-strength/meta';
import { ratePassword } from '@/utils/checks/password-strength/rate';
import { shouldShowRating } from '@/utils/checks/password-strength/show';
import { passwordRole, type PasswordRole } from '@/utils/content/password-fields';
import { t } from '@/utils/i18n';
import { DemoNotice, openLesson } from './DemoNotice';
import { PasswordInput } from './PasswordInput';
import { SampleFrame } from './SampleFrame';

/** Rating takes a few milliseconds; waiting for a short lull keeps fast typing smooth. */
export const RATE_DEBOUNCE_MS = 120;

interface Shown {
  rating: PasswordRating;
  role: PasswordRole;
}

export function WeakPasswordExample() {
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  const rate = () => {
    const field = input.current;
    if (!field?.value) return setShown(null);
    const role = passwordRole(field);
    const rating = ratePassword(field.value);
    // As on a website: where a password is entered rather than chosen, only "weak" is shown.
    setShown(shouldShowRating(role, rating) ? { rating, role } : null);
  };

  const onInput = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(rate, RATE_DEBOUNCE_MS);
  };

  return (
    <SampleFrame
      id="weak-frame"
      notices={
        shown && (
          <DemoNotice
            anchor={() => input.current}
            check="password-strength"
            state={shown.rating.verdict}
            view={(dismiss) => (
              <PasswordNotice
                rating={shown.rating}
                role={shown.role}
                t={t}
                onDismiss={dismiss}
                onLearn={openLesson(passwordStrength.lesson)}
              />
            )}
          />
        )
      }
    >
      <form class="sample" onSubmit={(e) => e.preventDefault()}>
        <PasswordInput
          id="weak-password"
          label={t('demoWeakLabel')}
          autocomplete="new-password"
          inputRef={input}
          onInput={onInput}
        />
      </form>
    </SampleFrame>
  );
}
