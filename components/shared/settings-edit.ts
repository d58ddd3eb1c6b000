/** @module Edits to the user's settings from the popup and the options page. Always read, repair,
 * change, save: the stored value may be stale or damaged, and other pages watch it. */
import { loadUserSettings, normalizeSite, saveSettings, type Settings } from '@/utils/settings';

export async function editSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadUserSettings());
  await saveSettings(next);
  return next;
}

/** Pausing adds the site; resuming removes every entry that covers it (the site or a parent
 * domain), since `isPaused` matches subdomains and the reader asked for this site to run again. */
export function withSitePaused(settings: Settings, site: string, paused: boolean): Settings {
  const host = normalizeSite(site);
  if (!host) return settings;
  const covers = (entry: string) => host === entry || host.endsWith(`.${entry}`);
  const pausedSites = paused
    ? [...new Set([...settings.pausedSites, host])]
    : settings.pausedSites.filter((entry) => !covers(entry));
  return { ...settings, pausedSites };
}

/** The hostname of a page Heedful can run on, or null (browser pages, files, missing URLs). */
export function siteOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeSite(parsed.hostname);
  } catch {
    return null;
  }
}
