/** @module The committed table (≈180 KiB of JSON). Background only: the content script never
 * imports this file (`tests/e2e/bundle.test.ts` keeps it out). */
import data from './data/table.json';
import { lookupSite, type MfaSite, type MfaTable } from './lookup';

export const MFA_TABLE = data as unknown as MfaTable;

export function lookupHost(hostname: string): MfaSite | null {
  return lookupSite(MFA_TABLE, hostname);
}
