/** @module The two sample forms the form checks judge, and where each pretends to be served
 * from. Their attributes (`name`, `autocomplete`, the form's name) carry the meaning, so the
 * checks find the same things whichever language the labels are in. */
import type { Translate } from '@/utils/i18n';

export type SampleId = 'newsletter' | 'insecure';

export interface FormSample {
  id: SampleId;
  /** The page the sample pretends to be on: resolves the form's action. */
  url: string;
  /** `window.isSecureContext` of that page. The demo page itself is always secure, so the
   * insecure sample simulates an `http://` page by saying so here. */
  isSecureContext: boolean;
}

export const SAMPLES: Record<SampleId, FormSample> = {
  newsletter: { id: 'newsletter', url: 'https://shop.example/', isSecureContext: true },
  insecure: { id: 'insecure', url: 'http://bank.example/login', isSecureContext: false },
};

export interface SampleFormProps {
  t: Translate;
  /** Demo forms never submit anywhere. */
  onSubmit(event: Event): void;
}

export function NewsletterForm({ t, onSubmit }: SampleFormProps) {
  return (
    <form class="sample" name="newsletter" action="/newsletter/subscribe" onSubmit={onSubmit}>
      <label for="nl-name">{t('demoFieldName')}</label>
      <input id="nl-name" name="name" type="text" autocomplete="name" />
      <label for="nl-email">{t('demoFieldEmail')}</label>
      <input id="nl-email" name="email" type="email" autocomplete="email" />
      <label for="nl-birth">{t('demoFieldBirthDate')}</label>
      <input id="nl-birth" name="birth-date" type="date" autocomplete="bday" />
      <label for="nl-id">{t('demoFieldNationalId')}</label>
      <input id="nl-id" name="national-id-number" type="text" />
      <button type="submit">{t('demoSubscribe')}</button>
    </form>
  );
}

export function InsecureLoginForm({ t, onSubmit }: SampleFormProps) {
  return (
    <form class="sample" name="login" action="/login" onSubmit={onSubmit}>
      <label for="in-user">{t('demoFieldUsername')}</label>
      <input id="in-user" name="username" type="text" autocomplete="username" />
      <label for="in-password">{t('demoFieldPassword')}</label>
      {/* A 32-character cap: the NIST anti-pattern the report-only `password-field` check names. */}
      <input
        id="in-password"
        name="password"
        type="password"
        autocomplete="current-password"
        maxlength={32}
      />
      <button type="submit">{t('demoSignIn')}</button>
    </form>
  );
}
