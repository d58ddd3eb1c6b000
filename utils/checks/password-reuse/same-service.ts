/** @module "Same service": domains that share one account are not reuse. The person's own
 * groups now; the 2FA Directory's additional domains plug in as another `ServiceGroups` source. */

/** A source of domain groups; each inner list is one service. */
export type ServiceGroups = readonly (readonly string[])[];

/** Builds `sameService(a, b)` from any number of group sources. */
export function sameServiceFrom(...sources: ServiceGroups[]): (a: string, b: string) => boolean {
  const groupOf = new Map<string, number[]>();
  let id = 0;
  for (const groups of sources)
    for (const group of groups) {
      for (const domain of group) groupOf.set(domain, [...(groupOf.get(domain) ?? []), id]);
      id++;
    }
  return (a, b) => {
    if (a === b) return true;
    const ga = groupOf.get(a);
    return !!ga && ga.some((g) => groupOf.get(b)?.includes(g));
  };
}

/** The person's groups as stored: lists of domain strings, anything else dropped. */
export function normalizeGroups(raw: unknown): string[][] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(Array.isArray)
    .map((g: unknown[]) => [...new Set(g.filter((d): d is string => typeof d === 'string'))])
    .filter((g) => g.length >= 2)
    .slice(0, 500);
}
