/** @module The options page: every change is saved to `settingsItem` at once, and the checks
 * watch storage, so nothing needs a reload. Organisation policy is shown, never overridden. */
import { useEffect, useState } from 'preact/hooks';
import { loadPolicy, normalizeSettings, settingsItem, type Policy } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { useStoredValue } from '../shared/useStoredValue';
import { ChecksSection } from './ChecksSection';
import { PausedSitesSection } from './PausedSitesSection';
import { ProgressSection } from './ProgressSection';
import { RangeApiSection } from './RangeApiSection';

export function OptionsApp() {
  const settings = useStoredValue(settingsItem, normalizeSettings);
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => void loadPolicy().then(setPolicy), []);
  if (!settings || !policy) return <p role="status">{t('optionsLoading')}</p>;
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
      <main>
        <ChecksSection settings={settings} policy={policy} />
        <PausedSitesSection settings={settings} policy={policy} />
        <RangeApiSection settings={settings} policy={policy} />
        <ProgressSection />
      </main>
    </>
  );
}
