/** @module Sites where Heedful stays silent: add and remove the user's own; the organisation's
 * are listed as locked. */
import { useState } from 'preact/hooks';
import { normalizeSite, type Policy, type Settings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { editSettings, withSitePaused } from '../shared/settings-edit';
import { LockedNote } from './LockedNote';

export function PausedSitesSection({ settings, policy }: { settings: Settings; policy: Policy }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  const locked = policy.pausedSites ?? [];
  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(draft);
    // `normalizeSite` is the one hostname rule (settings, policy and this field alike).
    if (!site) return setError(true);
    setError(false);
    setDraft('');
    void editSettings((current) => withSitePaused(current, site, true));
  };
  const remove = (site: string) =>
    void editSettings((current) => ({
      ...current,
      pausedSites: current.pausedSites.filter((entry) => entry !== site),
    }));
  const own = settings.pausedSites.filter((site) => !locked.includes(site));
  return (
    <section aria-labelledby="paused-heading">
      <h2 id="paused-heading">{t('optionsPausedHeading')}</h2>
      <p class="muted">{t('optionsPausedIntro')}</p>
      <form onSubmit={add} class="inline-form" noValidate>
        <label for="paused-site">{t('optionsPausedAddLabel')}</label>
        <input
          id="paused-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error}
          aria-describedby={error ? 'paused-error' : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('optionsPausedAdd')}</button>
      </form>
      {error && (
        <p id="paused-error" class="error" role="alert">
          {t('optionsPausedInvalid')}
        </p>
      )}
      {own.length + locked.length === 0 ? (
        <p class="muted">{t('optionsPausedEmpty')}</p>
      ) : (
        <ul class="sites">
          {locked.map((site) => (
            <li key={`policy-${site}`}>
              {site}
              <LockedNote />
            </li>
          ))}
          {own.map((site) => (
            <li key={site}>
              {site}{' '}
              <button
                type="button"
                onClick={() => remove(site)}
                aria-label={t('optionsPausedRemoveLabel', [site])}
              >
                {t('optionsPausedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
