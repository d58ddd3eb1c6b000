/** @module One place for settings: the stored item (`local:settings`) and organisation policy
 * from `storage.managed`, over the pure model in `settings-model.ts`. */
import { storage } from 'wxt/utils/storage';
import { policySource, type PolicySource } from './policy';
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

/** The policy last read from `storage.managed`, so that a slow policy service does not hold
 * up every page after a browser start (`policy.ts`). Not secret: the organisation's own keys. */
export const policyItem = storage.defineItem<unknown>('local:policy');

/** The browser's answer, whatever it takes: for the options page and the popup, which show
 * which switches an organisation locked. `storage.managed` throws in Firefox when no policy
 * manifest exists: that means no policy. */
export async function loadPolicy(): Promise<Policy> {
  try {
    return normalizePolicy(await browser.storage.managed.get());
  } catch {
    return { checks: {} };
  }
}

let policies: PolicySource | undefined;
const policy = (): PolicySource =>
  (policies ??= policySource({
    read: () => browser.storage.managed.get(),
    cached: () => policyItem.getValue(),
    remember: (value) => policyItem.setValue(value),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }));

/** The settings every check obeys: the user's, with organisation policy on top. `sure` for a
 * decision that sends something off the device: it waits for the browser's own policy rather
 * than use the one last read (`policy.ts`). */
export async function loadSettings({ sure = false } = {}): Promise<Settings> {
  const [settings, current] = await Promise.all([
    loadUserSettings(),
    sure ? policy().sure() : policy().now(),
  ]);
  return applyPolicy(settings, current);
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(next));
}
