/** @module One switch per check, in two groups (passwords, forms), each with one line on what it
 * does; a check set by policy shows its enforced value, disabled. */
import { CHECK_IDS, type CheckId, type Policy, type Settings } from '@/utils/settings';
import { checkById, checkMessageKey } from '@/utils/checks';
import { t } from '@/utils/i18n';
import { editSettings } from '../shared/settings-edit';
import { LockedNote } from './LockedNote';

/** Form checks judge the page; every other check is about passwords and signing in. */
const GROUPS = [
  {
    heading: 'optionsGroupPasswords',
    ids: CHECK_IDS.filter((id) => checkById(id).kind !== 'form'),
  },
  { heading: 'optionsGroupForms', ids: CHECK_IDS.filter((id) => checkById(id).kind === 'form') },
] as const;

export function ChecksSection({ settings, policy }: { settings: Settings; policy: Policy }) {
  const toggle = (id: CheckId, on: boolean) =>
    void editSettings((current) => ({ ...current, checks: { ...current.checks, [id]: on } }));
  return (
    <section aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('optionsChecksHeading')}</h2>
      <p class="muted">{t('optionsChecksIntro')}</p>
      {GROUPS.map((group) => (
        <fieldset key={group.heading} class="group">
          <legend>{t(group.heading)}</legend>
          <ul class="checks">
            {group.ids.map((id) => (
              <CheckSwitch key={id} id={id} settings={settings} policy={policy} toggle={toggle} />
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}

interface SwitchProps {
  id: CheckId;
  settings: Settings;
  policy: Policy;
  toggle(id: CheckId, on: boolean): void;
}

function CheckSwitch({ id, settings, policy, toggle }: SwitchProps) {
  const locked = policy.checks[id];
  const hint = `${id}-hint`;
  return (
    <li>
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
}
