/** @module The settings model: defaults, validation of anything read back (storage can hold
 * anything), and how organisation policy overrides it. Pure: the content script and the CLI
 * import this without pulling in storage. */
import { DEFAULT_RANGE_API_URL, normalizeRangeApiUrl } from './checks/breached-password/api-url';
import { CHECK_IDS, DEFAULT_CHECKS, type CheckId } from './checks';

export {
  DEFAULT_RANGE_API_URL,
  isAcceptableRangeApiUrl,
  normalizeRangeApiUrl,
} from './checks/breached-password/api-url';

/** The ids come from the check registry (`utils/checks/index.ts`), one key per check. */
export { CHECK_IDS, type CheckId } from './checks';

export interface Settings {
  checks: Record<CheckId, boolean>;
  /** Where the k-anonymity range API lives, normalised (ends in `/`); the 5-hex prefix is the
   * last path segment of each request. */
  rangeApiUrl: string;
  /** Hostnames where Heedful shows nothing. */
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  checks: DEFAULT_CHECKS,
  rangeApiUrl: DEFAULT_RANGE_API_URL,
  pausedSites: Object.freeze([]) as unknown as string[],
}) as Settings;

const HOSTNAME = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/;

/** A hostname as people type it into "paused sites": lowercase, no scheme, path or port. */
export function normalizeSite(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  if (!trimmed || trimmed.length > 253) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname;
    // Chromium percent-encodes what other parsers reject (`not a site!` → `not%20a%20site!`).
    return HOSTNAME.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** Keeps every valid part of whatever was stored and defaults the rest, so one corrupted key
 * never costs the user their other choices. */
export function normalizeSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const checks = isRecord(input.checks) ? input.checks : {};
  const sites = Array.isArray(input.pausedSites) ? input.pausedSites : [];
  return {
    checks: Object.fromEntries(
      CHECK_IDS.map((id) => [
        id,
        typeof checks[id] === 'boolean' ? checks[id] : DEFAULT_SETTINGS.checks[id],
      ]),
    ) as Record<CheckId, boolean>,
    // Stored in its normalised form (trailing `/`), whatever was typed or stored before.
    rangeApiUrl: normalizeRangeApiUrl(input.rangeApiUrl) ?? DEFAULT_RANGE_API_URL,
    pausedSites: normalizeSites(sites),
  };
}

/** Valid, distinct hostnames, at most `MAX_PAUSED_SITES`; stops reading once it has them, so a
 * corrupted list of a million entries costs no more than a good one. */
function normalizeSites(values: unknown[]): string[] {
  const sites = new Set<string>();
  for (const value of values) {
    if (sites.size >= MAX_PAUSED_SITES) break;
    const site = typeof value === 'string' ? normalizeSite(value) : null;
    if (site) sites.add(site);
  }
  return [...sites];
}

const MAX_PAUSED_SITES = 1_000;

/** The keys an organisation set, in the same shape, so the options page can show them locked. */
export interface Policy {
  checks: Partial<Record<CheckId, boolean>>;
  rangeApiUrl?: string;
  pausedSites?: string[];
}

export function normalizePolicy(raw: unknown): Policy {
  const input = isRecord(raw) ? raw : {};
  const checks = isRecord(input.checks) ? input.checks : {};
  const policy: Policy = { checks: {} };
  for (const id of CHECK_IDS) if (typeof checks[id] === 'boolean') policy.checks[id] = checks[id];
  const rangeApiUrl = normalizeRangeApiUrl(input.rangeApiUrl);
  if (rangeApiUrl !== null) policy.rangeApiUrl = rangeApiUrl;
  if (Array.isArray(input.pausedSites)) policy.pausedSites = normalizeSettings(input).pausedSites;
  return policy;
}

/** The policy wins over the user's choice, key by key. */
export function applyPolicy(settings: Settings, policy: Policy): Settings {
  return {
    checks: { ...settings.checks, ...policy.checks },
    rangeApiUrl: policy.rangeApiUrl ?? settings.rangeApiUrl,
    pausedSites: policy.pausedSites
      ? [...new Set([...policy.pausedSites, ...settings.pausedSites])]
      : settings.pausedSites,
  };
}

export function isPaused(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
