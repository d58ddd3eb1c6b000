/** @module What is kept on disk, as plain data: one 24-bit tag, a length and a day per site.
 * Pure, so the background, the popup and the tests share one reading of it. */
import type { PasswordTag } from './tag';

export interface SiteTag extends PasswordTag {
  /** When the site's password was last submitted, ms since the epoch, rounded to the day. */
  lastSeen: number;
}

export type SiteTags = Record<string, SiteTag>;

/** More sites than anyone signs in to; the least recently used are forgotten first. */
export const MAX_SITES = 1_000;
const DAY = 86_400_000;

export function normalizeSiteTags(raw: unknown): SiteTags {
  const out: SiteTags = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [domain, value] of Object.entries(raw).slice(0, MAX_SITES)) {
    const v = value as Partial<SiteTag> | null;
    if (
      v &&
      Number.isInteger(v.tag) &&
      v.tag! >= 0 &&
      v.tag! < 2 ** 24 &&
      Number.isInteger(v.length) &&
      v.length! > 0 &&
      typeof v.lastSeen === 'number'
    )
      out[domain] = { tag: v.tag!, length: v.length!, lastSeen: v.lastSeen };
  }
  return out;
}

export function withSite(sites: SiteTags, domain: string, tag: PasswordTag, now: number): SiteTags {
  const next: SiteTags = { ...sites, [domain]: { ...tag, lastSeen: Math.floor(now / DAY) * DAY } };
  const domains = Object.keys(next);
  if (domains.length <= MAX_SITES) return next;
  domains.sort((a, b) => next[a]!.lastSeen - next[b]!.lastSeen);
  for (const old of domains.slice(0, domains.length - MAX_SITES))
    if (old !== domain) delete next[old];
  return next;
}

export function withoutSite(sites: SiteTags, domain: string): SiteTags {
  const { [domain]: _gone, ...rest } = sites;
  return rest;
}
