/** @module The 2FA Directory's "additional domains" as groups of one service's domains
 * (`amazon.com`, `amazon.de`, …): a password used on two of them is not reuse. Background only. */
import { MFA_TABLE } from './table';

let groups: string[][] | undefined;

export function serviceGroups(): string[][] {
  if (groups) return groups;
  const byMain = new Map<string, string[]>();
  for (const [domain, entry] of Object.entries(MFA_TABLE)) {
    if (typeof entry !== 'string') continue;
    const members = byMain.get(entry) ?? [entry];
    members.push(domain);
    byMain.set(entry, members);
  }
  return (groups = [...byMain.values()]);
}
