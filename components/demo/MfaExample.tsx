/** @module Example 5: two-step sign-in. Pick a sample site, "sign in", and see what Heedful
 * says after a real sign-in there: the notice for a site that offers two-step sign-in, the
 * popup's plain line for a site listed without it, silence for an unlisted one. The look-up is
 * the background's, from the table that ships with Heedful. */
import { useRef, useState } from 'preact/hooks';
import { MfaNotice } from '@/components/notices/MfaNotice';
import type { MfaSite } from '@/utils/checks/mfa-available';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { DemoNotice, openLesson } from './DemoNotice';
import { SampleFrame } from './SampleFrame';

/** Listed with two-step methods and passkeys; listed without; not listed. */
export const MFA_DEMO_SITES = ['github.com', '2k.com', 'example.org'] as const;

type Result = { site: MfaSite | null } | null;

export function MfaExample() {
  const [host, setHost] = useState<string>(MFA_DEMO_SITES[0]);
  const [result, setResult] = useState<Result>(null);
  const form = useRef<HTMLFormElement>(null);
  const signIn = (event: Event) => {
    event.preventDefault();
    void sendMessage('getSiteMfa', { url: `https://${host}/` })
      .then((site) => setResult({ site }))
      .catch(() => setResult({ site: null }));
  };
  const site = result?.site;
  const notice = site && site.methods.length > 0 && (
    <DemoNotice
      anchor={() => form.current}
      check="mfa-available"
      state="available"
      view={(dismiss) => (
        <MfaNotice
          notice={{ ...site, lesson: 'mfa' }}
          t={t}
          onAnswer={dismiss}
          onDismiss={dismiss}
          onLearn={openLesson('mfa')}
        />
      )}
    />
  );
  return (
    <SampleFrame
      id="mfa-frame"
      address={{ url: `https://${host}/login`, secure: true }}
      notices={notice}
      noticesFirst
    >
      <form class="sample" name="mfa-sign-in" onSubmit={signIn} ref={form}>
        <label for="mfa-site">{t('demoMfaSite')}</label>
        <select
          id="mfa-site"
          value={host}
          onChange={(e) => {
            setHost(e.currentTarget.value);
            setResult(null);
          }}
        >
          {MFA_DEMO_SITES.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
        <button type="submit">{t('demoSignIn')}</button>
      </form>
      <p class="sent" role="status">
        {result === null
          ? ''
          : !site
            ? t('demoMfaUnlisted')
            : site.methods.length === 0
              ? t('mfaReportNone')
              : t('demoNothingSent')}
      </p>
    </SampleFrame>
  );
}
