/** @module The welcome page, opened once on install: what Heedful checks, what stays on the
 * device, the features that are off until switched on, how to pin the button, and the demo. */
import { CHECK_IDS, DEFAULT_SETTINGS } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { Icon } from '../shared/Icon';
import { Shield } from '../shared/Shield';
import { OptionalChecks } from './OptionalChecks';

/** What each check looks at, in the order a reader meets them. */
const CHECKED = [
  ['welcomeCheckStrength', 'key'],
  ['welcomeCheckBreach', 'breach'],
  ['welcomeCheckForms', 'form'],
  ['welcomeCheckInsecure', 'unlock'],
  ['welcomeCheckMfa', 'key'],
] as const;

export function WelcomeApp() {
  // Checks that ship switched off are the ones a new user has to hear about.
  const optional = CHECK_IDS.filter((id) => !DEFAULT_SETTINGS.checks[id]);
  const firefox = import.meta.env.FIREFOX;
  return (
    <>
      <header class="hero">
        <Shield size={56} />
        <div>
          <h1>{t('welcomeHeading')}</h1>
          <p class="lead">{t('welcomeLead')}</p>
        </div>
      </header>
      <main>
        <section aria-labelledby="checks-heading" class="card">
          <h2 id="checks-heading">{t('welcomeChecksHeading')}</h2>
          <ul class="checked">
            {CHECKED.map(([key, icon]) => (
              <li key={key}>
                <Icon name={icon} />
                <span>{t(key)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="private-heading" class="card">
          <h2 id="private-heading">{t('welcomePrivateHeading')}</h2>
          <ul class="ticks">
            <li>{t('welcomePrivatePasswords')}</li>
            <li>{t('welcomePrivatePages')}</li>
            <li>{t('welcomePrivateBreach')}</li>
          </ul>
        </section>
        {optional.length > 0 && <OptionalChecks ids={optional} />}
        <section aria-labelledby="pin-heading" class="card">
          <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
          <p>{t(firefox ? 'welcomePinFirefox' : 'welcomePinChrome')}</p>
        </section>
        <section aria-labelledby="try-heading" class="card try">
          <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
          <p>{t('welcomeTryText')}</p>
          <p>
            <a class="button" href={browser.runtime.getURL('/demo.html')}>
              {t('welcomeTryLink')}
            </a>{' '}
            <a href={browser.runtime.getURL('/options.html')}>{t('welcomeSettingsLink')}</a>
          </p>
        </section>
      </main>
    </>
  );
}
