/** @module The checks that ship switched off, each with a switch and one line on what it does.
 * Rendered at once with the defaults; the stored choice fills in as soon as it is read. */
import { normalizeSettings, settingsItem, DEFAULT_SETTINGS, type CheckId } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { editSettings } from '../shared/settings-edit';
import { useStoredValue } from '../shared/useStoredValue';

/** Message keys cannot contain hyphens; the same keys as the options page. */
const key = (id: CheckId, suffix = '') => `optionsCheck_${id.replace(/-/g, '_')}${suffix}`;

export function OptionalChecks({ ids }: { ids: CheckId[] }) {
  const settings = useStoredValue(settingsItem, normalizeSettings) ?? DEFAULT_SETTINGS;
  return (
    <section aria-labelledby="optional-heading" class="card">
      <h2 id="optional-heading">{t('welcomeOptionalHeading')}</h2>
      <ul class="optional">
        {ids.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={settings.checks[id]}
                aria-describedby={`${id}-hint`}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  void editSettings((s) => ({ ...s, checks: { ...s.checks, [id]: on } }));
                }}
              />{' '}
              {t(key(id))}
            </label>
            <p id={`${id}-hint`} class="muted">
              {t(key(id, '_hint'))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
