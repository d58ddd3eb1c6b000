/** @module Example: a password used on one site, typed on another and on a lookalike. The same
 * tag and judging code as the background runs here, over an in-memory demo site that nothing
 * stores (this is the extension's own page, so the ~0.2 s scrypt may run on its thread). */
import { useMemo, useRef, useState } from 'preact/hooks';
import { ReuseNotice } from '@/components/notices/ReuseNotice';
import type { ReuseResult } from '@/utils/checks/password-reuse/descriptor';
import { judgeReuse } from '@/utils/checks/password-reuse/judge';
import { withSite } from '@/utils/checks/password-reuse/store';
import { newSalt, passwordTag } from '@/utils/checks/password-reuse/tag';
import { SETTLE_MS } from '@/utils/content/password-watcher';
import { t } from '@/utils/i18n';
import { DemoNotice, openLesson } from './DemoNotice';
import { PasswordInput } from './PasswordInput';
import { SampleFrame } from './SampleFrame';

export const DEMO_REUSE_SITE = 'mybank.example';
export const DEMO_REUSE_PASSWORD = 'orchard-violet-42';
/** One site that merely shares the password, one whose name imitates the bank's (rn for m). */
export const DEMO_REUSE_HOSTS = ['news.example', 'rnybank.example'] as const;

export function ReuseExample() {
  const demo = useMemo(() => {
    const salt = newSalt();
    const tag = passwordTag(DEMO_REUSE_PASSWORD, salt);
    return { salt, sites: withSite({}, DEMO_REUSE_SITE, tag, Date.now()) };
  }, []);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [host, setHost] = useState<string>(DEMO_REUSE_HOSTS[0]);
  const [result, setResult] = useState<ReuseResult>({ state: 'none' });

  const settle = (on = host) => {
    clearTimeout(timer.current);
    const value = input.current?.value ?? '';
    if (!value) return setResult({ state: 'none' });
    const tag = passwordTag(value, demo.salt);
    setResult(judgeReuse(on, on, tag, demo.sites, () => false));
  };
  const onInput = () => {
    setResult({ state: 'none' });
    clearTimeout(timer.current);
    timer.current = setTimeout(settle, SETTLE_MS);
  };
  const lesson = result.state === 'lookalike' ? 'phishing' : 'password-managers';

  return (
    <SampleFrame
      id="reuse-frame"
      notices={
        result.state !== 'none' && (
          <DemoNotice
            anchor={() => input.current}
            check="password-reuse"
            state={result.state}
            view={(dismiss) => (
              <ReuseNotice result={result} t={t} onDismiss={dismiss} onLearn={openLesson(lesson)} />
            )}
          />
        )
      }
    >
      <form class="sample" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="reuse-sites">
          <legend>{t('demoReuseSiteLabel')}</legend>
          {DEMO_REUSE_HOSTS.map((h) => (
            <label key={h}>
              <input
                type="radio"
                name="reuse-site"
                id={`reuse-site-${h.split('.')[0]}`}
                value={h}
                checked={host === h}
                onChange={() => {
                  setHost(h);
                  settle(h);
                }}
              />{' '}
              {h}
            </label>
          ))}
        </fieldset>
        <PasswordInput
          id="reuse-password"
          label={t('demoReuseLabel')}
          autocomplete="current-password"
          inputRef={input}
          onInput={onInput}
        />
      </form>
    </SampleFrame>
  );
}
