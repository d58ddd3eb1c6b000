/** @module One place for settings: the stored item (`local:settings`) and organisation policy
 * from `storage.managed`, over the pure model in `settings-model.ts`. */
import { storage } from 'wxt/utils/storage';
import {
  applyPolicy,
  DEFAULT_SETTINGS,
  normalizePolicy,
  normalizeSettings,
  type Policy,
  type Settings,
} from './settings-model';

export * from './settings-model';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** What the user chose, repaired. */
export async function loadUserSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** `storage.managed` throws in Firefox when no policy manifest exists: that means no policy. */
export async function loadPolicy(): Promise<Policy> {
  try {
    return normalizePolicy(await browser.storage.managed.get());
  } catch {
    return { checks: {} };
  }
}

/** The settings every check obeys: the user's, with organisation policy on top. */
export async function loadSettings(): Promise<Settings> {
  const [settings, policy] = await Promise.all([loadUserSettings(), loadPolicy()]);
  return applyPolicy(settings, policy);
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(next));
}
