/** @module The background's `analyzeForms`: judge a frame's extracted forms, remember the
 * findings for the popup, and show their count on the tab's badge. */
import { sanitizeFindings } from '../findings-guard';
import { judgeForms } from '../forms-judge';
import { t } from '../i18n';
import type { PageFeatures } from '../forms/types';
import type { FormsRequest, FormsVerdict } from '../messaging';
import { notAProblemOn } from '../not-a-problem';
import { loadSettings } from '../settings';
import { badgeText, type createTabReports } from '../tab-reports';

type Reports = ReturnType<typeof createTabReports>;

export function createFormsHandler(reports: Reports) {
  const badge = browser.action ?? browser.browserAction;
  return async (data: FormsRequest, tabId: number, frameId: number): Promise<FormsVerdict> => {
    const url = String(data.url).slice(0, 2048);
    const page = { url, isSecureContext: Boolean(data.isSecureContext) };
    const features = parseFeatures(data.features);
    const findings = sanitizeFindings(judgeForms(features, page, await loadSettings(), t));
    const merged = await reports.record(tabId, frameId, { url, findings });
    const mutedOn = (address: string) =>
      notAProblemOn(hostOf(address)).catch(() => new Set<string>());
    // Checks the reader called "not a problem" on the tab's site leave the count (the popup
    // lists them apart); those on the frame's own site show no notice in it.
    const tabMuted = await mutedOn(merged.url ?? url);
    const counted = merged.findings.filter((finding) => !tabMuted.has(finding.check));
    await badge
      .setBadgeText({ tabId, text: badgeText(counted, merged.incomplete) })
      .catch(() => undefined);
    const frameMuted = hostOf(merged.url ?? url) === hostOf(url) ? tabMuted : await mutedOn(url);
    return { findings, muted: [...frameMuted] };
  };
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

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
