/** @module Which listed site a page belongs to: the page's host, then its parents down to the
 * registrable domain (`tldts`, private suffixes included, so `someone.github.io` is not
 * `github.io`). Pure; takes the table as a parameter so tests and the bench pass their own. */
import { getDomain } from 'tldts';
import { methodsOf, type Method } from './methods';

/** [method codes, guide URL without `https://`]; no codes = listed without two-step sign-in. */
export type TableEntry = [codes: string, guide: string];
/** Listed domain → entry; additional domain → the listed domain it belongs to. */
export type MfaTable = Record<string, TableEntry | string>;

export interface MfaSite {
  /** The listed domain: the key a notice is remembered by. */
  site: string;
  /** Empty when the directory lists the site without two-step sign-in. */
  methods: Method[];
  guide: string | null;
}

export function lookupSite(table: MfaTable, hostname: string): MfaSite | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const domain = getDomain(host, { allowPrivateDomains: true });
  if (!domain) return null;
  for (const candidate of candidatesFor(host, domain)) {
    const found = entryFor(table, candidate);
    if (found) return found;
  }
  return null;
}

/** `a.b.example.co.uk` → itself, `b.example.co.uk`, `example.co.uk`; `www.x` also tries `x`
 * (the directory lists `gov.uk` for `www.gov.uk`). */
function candidatesFor(host: string, domain: string): string[] {
  const list = host.startsWith('www.') ? [host, host.slice(4)] : [host];
  for (let at = host.indexOf('.'); at !== -1 && host.length - at - 1 >= domain.length;) {
    list.push(host.slice(at + 1));
    at = host.indexOf('.', at + 1);
  }
  return list;
}

function entryFor(table: MfaTable, key: string): MfaSite | null {
  if (!Object.hasOwn(table, key)) return null;
  const value = table[key];
  const site = typeof value === 'string' ? value : key;
  const entry = typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : value;
  if (!Array.isArray(entry)) return null;
  return { site, methods: methodsOf(entry[0]), guide: entry[1] ? `https://${entry[1]}` : null };
}
