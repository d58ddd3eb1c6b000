/** @module One switch per check; a check set by policy shows its enforced value, disabled. */
import { CHECK_IDS, type CheckId, type Policy, type Settings } from '@/utils/settings';
import { checkMessageKey } from '@/utils/checks';
import { t } from '@/utils/i18n';
import { editSettings } from '../shared/settings-edit';
import { LockedNote } from './LockedNote';

export function ChecksSection({ settings, policy }: { settings: Settings; policy: Policy }) {
  const toggle = (id: CheckId, on: boolean) =>
    void editSettings((current) => ({ ...current, checks: { ...current.checks, [id]: on } }));
  return (
    <section aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('optionsChecksHeading')}</h2>
      <p class="muted">{t('optionsChecksIntro')}</p>
      <ul class="checks">
        {CHECK_IDS.map((id) => {
          const locked = policy.checks[id];
          const hint = `${id}-hint`;
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={locked ?? settings.checks[id]}
                  disabled={locked !== undefined}
                  aria-describedby={hint}
                  onChange={(event) => toggle(id, event.currentTarget.checked)}
                />{' '}
                {t(checkMessageKey(id, 'name'))}
              </label>
              <p id={hint} class="muted hint-text">
                {t(checkMessageKey(id, 'hint'))}
                {locked !== undefined && <LockedNote />}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
