/** @module The background's `analyzeForms`: judge a frame's extracted forms, remember the
 * findings for the popup, and show their count on the tab's badge. */
import { sanitizeFindings } from '../findings-guard';
import { judgeForms } from '../forms-judge';
import { hostnameOf } from '../hostname';
import { t } from '../i18n';
import type { PageFeatures } from '../forms/types';
import type { FormsRequest, FormsVerdict, TabReport } from '../messaging';
import { underSettings } from '../report-settings';
import { notAProblemOn } from '../not-a-problem';
import { loadSettings } from '../settings';
import { badgeText, type createTabReports } from '../tab-reports';

type Reports = ReturnType<typeof createTabReports>;

export function createFormsHandler(reports: Reports) {
  return async (data: FormsRequest, tabId: number, frameId: number): Promise<FormsVerdict> => {
    const url = String(data.url).slice(0, 2048);
    const page = { url, isSecureContext: Boolean(data.isSecureContext) };
    const features = parseFeatures(data.features);
    const settings = await loadSettings();
    const findings = sanitizeFindings(judgeForms(features, page, settings, t));
    const merged = underSettings(await reports.record(tabId, frameId, { url, findings }), settings);
    const tabMuted = await showBadge(tabId, merged, url);
    const frameMuted = hostOf(merged.url ?? url) === hostOf(url) ? tabMuted : await mutedOn(url);
    return { findings, muted: [...frameMuted] };
  };
}

/** Every tab's badge again, as the settings of now see its report: a frame whose findings show
 * no notice does not look again when the settings change (`utils/report-settings.ts`). */
export async function refreshBadges(reports: Reports): Promise<void> {
  const settings = await loadSettings();
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const { id } of tabs)
    if (id !== undefined) await showBadge(id, underSettings(await reports.get(id), settings));
}

const hostOf = (url: string) => hostnameOf(url) ?? '';
const mutedOn = (address: string) => notAProblemOn(hostOf(address)).catch(() => new Set<string>());

/** The tab's count on its badge; returns the checks muted on the tab's site. Checks the reader
 * called "not a problem" there leave the count (the popup lists them apart). */
async function showBadge(tabId: number, report: TabReport, url = ''): Promise<Set<string>> {
  const badge = browser.action ?? browser.browserAction;
  const tabMuted = await mutedOn(report.url ?? url);
  const counted = report.findings.filter((finding) => !tabMuted.has(finding.check));
  await badge
    .setBadgeText({ tabId, text: badgeText(counted, report.incomplete) })
    .catch(() => undefined);
  return tabMuted;
}

/** Longer than any page the content script describes (3,000 fields, each bounded). */
const MAX_FEATURES_CHARS = 8_000_000;
const NO_FEATURES: PageFeatures = { fields: [], forms: [] };

/** The frame's features; anything else (not text, too long, not JSON) is an empty page: no
 * findings, no crash. Their shape is checked by `judgeForms`. */
export function parseFeatures(text: unknown): PageFeatures {
  if (typeof text !== 'string' || text.length > MAX_FEATURES_CHARS) return NO_FEATURES;
  try {
    return (JSON.parse(text) as PageFeatures | null) ?? NO_FEATURES;
  } catch {
    return NO_FEATURES;
  }
}
