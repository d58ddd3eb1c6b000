/** @module Where the tags live: `storage.local`, three keys, nothing else. The salt is random
 * per install and never leaves the device; "Forget all" draws a new one. */
import { storage } from 'wxt/utils/storage';
import type { SiteTags } from './store';

/** 128-bit salt as 32 hex digits; empty until the first tag is stored. */
export const reuseSaltItem = storage.defineItem<string>('local:reuseSalt', {
  fallback: '',
  version: 1,
});

export const reuseSitesItem = storage.defineItem<SiteTags>('local:reuseSites', {
  fallback: {},
  version: 1,
});

/** The person's own "these sites belong together" groups. */
export const reuseGroupsItem = storage.defineItem<string[][]>('local:reuseGroups', {
  fallback: [],
  version: 1,
});

export const toHex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export function fromHex(hex: string): Uint8Array | null {
  if (!/^[0-9a-f]{32}$/.test(hex)) return null;
  return Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
}

/** Forgets every tag and the salt, so nothing stored before can be linked to anything after. */
export async function forgetAllReuse(): Promise<void> {
  await Promise.all([reuseSitesItem.removeValue(), reuseSaltItem.removeValue()]);
}

export async function forgetReuseSite(domain: string): Promise<void> {
  const sites = { ...(await reuseSitesItem.getValue()) };
  delete sites[domain];
  await reuseSitesItem.setValue(sites);
}
