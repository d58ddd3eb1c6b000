/** @module Turns the 2FA Directory and the passkeys directory into Heedful's table: listed
 * domain → [method codes, guide URL], and additional domains → their listed domain. Sites the
 * directory lists without two-step sign-in stay in, with no codes, so the popup can say so. */
import { getDomain } from 'tldts';
import { DIRECTORY_METHODS, normalizeCodes } from '../../utils/checks/mfa-available/methods';
import type { MfaTable, TableEntry } from '../../utils/checks/mfa-available/lookup';

interface DirectoryEntry {
  domain?: string;
  'additional-domains'?: string[];
  tfa?: string[];
  documentation?: string;
}
interface PasskeyEntry {
  'additional-domains'?: string[];
  documentation?: string;
  passwordless?: string;
  mfa?: string;
}

export interface BuildReport {
  table: MfaTable;
  /** Passkey entries with no way to tell their domain (the merged file lost it). */
  unplaced: string[];
  /** Additional domains already taken by another entry. */
  shadowed: number;
}

const HOST = /^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/;

/** A listed domain as the look-up sees hosts: lowercase, no `www.`, no trailing dot. */
export function normalizeDomain(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const host = value
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return HOST.test(host) && host.length <= 253 ? host : null;
}

/** A guide link a notice may show; anything but https is dropped. */
export function guideUrl(value: unknown): string {
  if (typeof value !== 'string') return '';
  try {
    const url = new URL(value);
    // Only https links, stored without the scheme (the look-up puts it back).
    return url.protocol === 'https:' ? url.href.slice('https://'.length) : '';
  } catch {
    return '';
  }
}

export function buildMfaTable(
  directory: Record<string, DirectoryEntry>,
  passkeys: Record<string, PasskeyEntry>,
): BuildReport {
  const entries = new Map<string, TableEntry>();
  const aliases = new Map<string, string>();
  const primaryByName = new Map<string, string>();
  let shadowed = 0;

  const addEntry = (domain: string, codes: string, guide: string) => {
    const old = entries.get(domain);
    entries.set(
      domain,
      old ? [normalizeCodes(old[0] + codes), old[1] || guide] : [normalizeCodes(codes), guide],
    );
  };
  const addAliases = (primary: string, extra: unknown) => {
    for (const raw of Array.isArray(extra) ? extra : []) {
      const alias = normalizeDomain(raw);
      if (!alias || alias === primary) continue;
      if (entries.has(alias) || aliases.has(alias)) shadowed++;
      else aliases.set(alias, primary);
    }
  };

  // Primary domains first, so an additional domain never hides a site listed in its own right.
  const listed = Object.entries(directory).sort(([a], [b]) => a.localeCompare(b));
  for (const [name, entry] of listed) {
    const domain = normalizeDomain(entry.domain);
    if (!domain) continue;
    primaryByName.set(name.toLowerCase(), domain);
    const codes = (entry.tfa ?? []).map((m) => DIRECTORY_METHODS[m] ?? '').join('');
    addEntry(domain, codes, guideUrl(entry.documentation));
  }
  for (const [name, entry] of listed) {
    const domain = primaryByName.get(name.toLowerCase());
    if (domain) addAliases(domain, entry['additional-domains']);
  }

  const unplaced: string[] = [];
  for (const [name, entry] of Object.entries(passkeys).sort(([a], [b]) => a.localeCompare(b))) {
    const domain = passkeyDomain(name, entry, primaryByName);
    if (!domain) {
      unplaced.push(name);
      continue;
    }
    // Listed without passkeys says nothing about other two-step methods: leave such sites out.
    if (!entry.passwordless && !entry.mfa) continue;
    const target = aliases.get(domain) ?? domain;
    addEntry(target, 'p', guideUrl(entry.documentation));
    addAliases(target, entry['additional-domains']);
  }

  const table: MfaTable = {};
  for (const key of [...entries.keys(), ...aliases.keys()].sort())
    table[key] = entries.get(key) ?? aliases.get(key)!;
  return { table, unplaced, shadowed };
}

/** The merged passkeys file has no `domain`: the entry of the same name in the 2FA Directory
 * says it; else the documentation's registrable domain; else its first additional domain. */
function passkeyDomain(
  name: string,
  entry: PasskeyEntry,
  primaryByName: Map<string, string>,
): string | null {
  const byName = primaryByName.get(name.toLowerCase());
  if (byName) return byName;
  const guide = guideUrl(entry.documentation);
  const fromGuide = guide ? getDomain(new URL(`https://${guide}`).hostname) : null;
  return normalizeDomain(fromGuide) ?? normalizeDomain(entry['additional-domains']?.[0]);
}
