/** @module Example 2: a breached password, checked by the extension's own k-anonymity checker
 * against the built-in demo list, once per settled password as the content script does it. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BreachNotice, type BreachView } from '@/components/notices/BreachNotice';
import { SETTLE_MS } from '@/utils/content/password-watcher';
import { t } from '@/utils/i18n';
import { createDemoChecker, DEMO_BREACHED, DEMO_RANGE_API } from './demo-breach';
import { breachedPassword } from '@/utils/checks/breached-password/meta';
import { DemoNotice, openLesson } from './DemoNotice';
import { PasswordInput } from './PasswordInput';
import { SampleFrame } from './SampleFrame';

export function BreachExample() {
  const checker = useMemo(createDemoChecker, []);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  /** The last value checked: the same password is never checked twice in a row. */
  const settled = useRef('');
  const [result, setResult] = useState<BreachView | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  const settle = async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const value = input.current?.value ?? '';
    if (!value || value === settled.current) return;
    settled.current = value;
    setResult({ state: 'checking' });
    const answer = await checker.check(value, DEMO_RANGE_API);
    if (input.current?.value === value) setResult(answer);
  };

  const onInput = () => {
    // A changed password's old answer no longer applies.
    if (input.current?.value !== settled.current) setResult(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void settle(), SETTLE_MS);
  };

  return (
    <div class="breach-body">
      <SampleFrame
        id="breach-frame"
        notices={
          result && (
            <DemoNotice
              anchor={() => input.current}
              check="breached-password"
              state={result.state}
              view={(dismiss) => (
                <BreachNotice
                  result={result}
                  t={t}
                  onDismiss={dismiss}
                  onLearn={openLesson(breachedPassword.lesson)}
                />
              )}
            />
          )
        }
      >
        <form class="sample" onSubmit={(e) => e.preventDefault()}>
          <PasswordInput
            id="breach-password"
            label={t('demoBreachLabel')}
            autocomplete="new-password"
            inputRef={input}
            onInput={onInput}
            onBlur={() => timer.current !== undefined && void settle()}
          />
        </form>
      </SampleFrame>
      <DemoData />
    </div>
  );
}

/** The demo list, labelled as such: what to type, and a reminder that it is not live data. */
function DemoData() {
  return (
    <aside class="demo-data" aria-labelledby="demo-data-title">
      <h3 id="demo-data-title">{t('demoDataTitle')}</h3>
      <p>{t('demoDataNote')}</p>
      <ul>
        {DEMO_BREACHED.map(({ password, count }) => (
          <li key={password}>
            <code>{password}</code> {t('demoDataCount', [count.toLocaleString()])}
          </li>
        ))}
      </ul>
    </aside>
  );
}
