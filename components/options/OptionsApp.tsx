/** @module The options page: every change is saved to `settingsItem` at once, and the checks
 * watch storage, so nothing needs a reload. Organisation policy is shown, never overridden.
 * It draws at once with the defaults and fills in stored values and policy as they arrive
 * (a cold storage read can take seconds), instead of a "Loading…" line. */
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  loadPolicy,
  normalizeSettings,
  settingsItem,
  type Policy,
} from '@/utils/settings';
import { t } from '@/utils/i18n';
import { useStoredValue } from '../shared/useStoredValue';
import { ChecksSection } from './ChecksSection';
import { PausedSitesSection } from './PausedSitesSection';
import { ProgressSection } from './ProgressSection';
import { RangeApiSection } from './RangeApiSection';

export function OptionsApp() {
  const stored = useStoredValue(settingsItem, normalizeSettings);
  const [loaded, setPolicy] = useState<Policy | null>(null);
  useEffect(() => void loadPolicy().then(setPolicy), []);
  const settings = stored ?? DEFAULT_SETTINGS;
  const policy = loaded ?? NO_POLICY;
  const managed =
    Object.keys(policy.checks).length > 0 ||
    policy.rangeApiUrl !== undefined ||
    policy.pausedSites !== undefined;
  return (
    <>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsAutosave')}</p>
        {managed && <p class="policy-note">{t('optionsPolicyIntro')}</p>}
      </header>
      <main aria-busy={!stored || !loaded}>
        <ChecksSection settings={settings} policy={policy} />
        <PausedSitesSection settings={settings} policy={policy} />
        <ProgressSection />
        <RangeApiSection settings={settings} policy={policy} />
      </main>
    </>
  );
}

const NO_POLICY: Policy = { checks: {} };
