/** @module Words an attacker tries first for this site and person (NIST SP 800-63B-4 asks
 * verifiers to reject passwords built on "context-specific words"). */

/** Labels that name no one: `www`, public suffixes and the like. */
const NOISE = new Set(
  'www com org net edu gov co uk io app login accounts account secure signin auth id my mail localhost'.split(
    ' ',
  ),
);

/** The site's name words from its hostname: `accounts.example-bank.co.uk` → example, bank, examplebank. */
export function siteWords(hostname: string): string[] {
  const labels = hostname
    .toLowerCase()
    .split('.')
    .filter((l) => l && !NOISE.has(l) && !/^\d+$/.test(l));
  const words = new Set<string>();
  for (const label of labels) {
    words.add(label.replaceAll('-', ''));
    for (const part of label.split('-')) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/** A username or email, split the way people reuse them: `ana.lopez@mail.com` → ana.lopez, ana, lopez. */
export function personWords(value: string): string[] {
  const trimmed = value.trim().toLowerCase().slice(0, 100);
  if (!trimmed) return [];
  const local = trimmed.split('@')[0] ?? trimmed;
  const parts = local.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length >= 3);
  return [...new Set([local, ...parts])];
}
