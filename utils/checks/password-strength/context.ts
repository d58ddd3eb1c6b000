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

/** A username or email, split the way people reuse them: the local part on `. _ - +` and
 * digits, parts of 3+ characters. `ana.lopez@mail.com` → ana.lopez, ana, lopez. */
export function personWords(value: string): string[] {
  const trimmed = value.trim().toLowerCase().slice(0, 100);
  if (!trimmed) return [];
  const local = trimmed.split('@')[0] ?? trimmed;
  return [...new Set([local, ...nameParts(local)])];
}

function nameParts(value: string): string[] {
  return value.split(/[^\p{L}]+/u).filter((p) => p.length >= 3);
}

/** What a person makes of their own name: each part, and first + last joined with and without
 * initials (`rosalind.franklin` → rosalindfranklin, rosalindf, rfranklin, franklinr…). */
export function nameCombinations(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of words.slice(0, 50)) {
    const parts = nameParts(word.toLowerCase().split('@')[0] ?? '').slice(0, 4);
    parts.forEach((p) => out.add(p));
    for (let i = 0; i + 1 < parts.length; i++) {
      const [a, b] = [parts[i]!, parts[i + 1]!];
      for (const combo of [a + b, b + a, a + b[0], a[0] + b, b + a[0], b[0] + a]) out.add(combo);
    }
  }
  return [...out];
}
