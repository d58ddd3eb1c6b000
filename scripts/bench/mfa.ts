/** @module The two-step table: what it adds to the background bundle, and what a look-up costs
 * beside the public-suffix parse (`tldts`) it starts with. Runs in Node. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getDomain } from 'tldts';
import { lookupHost, MFA_TABLE } from '../../utils/checks/mfa-available/table';
import type { Row } from './table';

const ROOT = resolve(import.meta.dirname, '../..');
const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length / 1024;

/** Listed sites as people reach them (subdomains, www), and as many unlisted hosts. */
function sampleHosts(count: number): string[] {
  const listed = Object.keys(MFA_TABLE);
  return Array.from({ length: count }, (_, i) => {
    const site = listed[(i * 7919) % listed.length]!;
    return i % 2 ? `login.${site}` : `www.shop-${i}.example.co.uk`;
  });
}

function perCallMicros(fn: (host: string) => unknown, hosts: string[]): number {
  for (const host of hosts.slice(0, 2_000)) fn(host); // warm up
  const start = performance.now();
  for (const host of hosts) fn(host);
  return ((performance.now() - start) * 1_000) / hosts.length;
}

export function mfaRows(): Row[] {
  const table = readFileSync(resolve(ROOT, 'utils/checks/mfa-available/data/table.json'));
  const background = readFileSync(resolve(ROOT, '.output/chrome-mv3/background.js'));
  const hosts = sampleHosts(100_000);
  const psl = perCallMicros((h) => getDomain(h, { allowPrivateDomains: true }), hosts);
  const lookup = perCallMicros(lookupHost, hosts);
  return [
    {
      group: 'mfa',
      metric: `two-step table in the background bundle, gzipped (${(table.length / 1024).toFixed(0)} KiB raw)`,
      value: gz(table),
      baseline: gz(background),
      baselineLabel: 'whole background.js',
      unit: 'KiB',
      note: 'background only; 0 bytes in the content script',
    },
    {
      group: 'mfa',
      metric: 'look-up per host (100,000 hosts, half listed)',
      value: lookup,
      baseline: psl,
      baselineLabel: 'tldts getDomain alone',
      unit: 'µs',
      note: 'once per sign-in and per page load after one',
    },
  ];
}
