/** @module "Pause on this site" / "Resume": edits `settings.pausedSites`. A site paused by the
 * organisation's policy cannot be resumed here, so the button gives way to a note. */
import { useEffect, useState } from 'preact/hooks';
import {
  isPaused,
  loadPolicy,
  normalizeSettings,
  settingsItem,
  type Policy,
} from '@/utils/settings';
import { t } from '@/utils/i18n';
import { editSettings, withSitePaused } from '../shared/settings-edit';
import { useStoredValue } from '../shared/useStoredValue';

export function PauseButton({ site }: { site: string }) {
  const settings = useStoredValue(settingsItem, normalizeSettings);
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => void loadPolicy().then(setPolicy), []);
  if (!settings || !policy) return null;
  if (policy.pausedSites && isPaused({ ...settings, pausedSites: policy.pausedSites }, site)) {
    return <p class="muted">{t('popupPausedByPolicy')}</p>;
  }
  const paused = isPaused(settings, site);
  return (
    <div class="pause">
      {paused && <p role="status">{t('popupPausedNote', [site])}</p>}
      <button
        type="button"
        onClick={() => void editSettings((current) => withSitePaused(current, site, !paused))}
      >
        {paused ? t('popupResume') : t('popupPause')}
      </button>
    </div>
  );
}
