/** @module Reuse: other sites whose tag and length equal this password's. */
import type { SiteTags } from './store';
import type { PasswordTag } from './tag';

export type SameService = (a: string, b: string) => boolean;

/** Sites (not `current`, not the same service) holding the same tag, most recent first. */
export function sitesSharing(
  sites: SiteTags,
  current: string,
  tag: PasswordTag,
  sameService: SameService,
): string[] {
  return Object.entries(sites)
    .filter(
      ([domain, s]) =>
        s.tag === tag.tag &&
        s.length === tag.length &&
        domain !== current &&
        !sameService(domain, current),
    )
    .sort(([, a], [, b]) => b.lastSeen - a.lastSeen)
    .map(([domain]) => domain);
}

/** Groups of sites that share a password (by tag), for the popup; never the password. */
export function sharedGroups(sites: SiteTags, sameService: SameService): string[][] {
  const byTag = new Map<string, string[]>();
  for (const [domain, s] of Object.entries(sites)) {
    const key = `${s.tag}:${s.length}`;
    byTag.set(key, [...(byTag.get(key) ?? []), domain]);
  }
  return [...byTag.values()]
    .filter((group) => group.some((a) => group.some((b) => a !== b && !sameService(a, b))))
    .map((group) => group.sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}
