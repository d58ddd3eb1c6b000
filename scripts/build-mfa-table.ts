/** @module Rebuilds `utils/checks/mfa-available/data/table.json` from the two directories.
 * Run: `npx tsx scripts/build-mfa-table.ts [2FA_DIR] [PASSKEYS_DIR]` (default `../shared/data/…`);
 * prints the counts and the table's raw and gzipped size. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildMfaTable } from './mfa-table/build';

const root = resolve(import.meta.dirname, '..');
const twofaDir = resolve(process.argv[2] ?? join(root, '../shared/data/2fa-directory'));
const passkeysDir = resolve(process.argv[3] ?? join(root, '../shared/data/passkeys-directory'));
const out = join(root, 'utils/checks/mfa-available/data');

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'entries.json'), 'utf8'));
const { table, unplaced, shadowed } = buildMfaTable(read(twofaDir), read(passkeysDir));
const json = JSON.stringify(table);
writeFileSync(join(out, 'table.json'), `${json}\n`);
copyFileSync(join(twofaDir, 'LICENSE.md'), join(out, 'LICENSE-2fa-directory.md'));
copyFileSync(join(passkeysDir, 'LICENSE.md'), join(out, 'LICENSE-passkeys.md'));

const values = Object.values(table);
const listed = values.filter((v) => typeof v !== 'string');
console.log(
  JSON.stringify({
    domains: values.length,
    sites: listed.length,
    withTwoStep: listed.filter((v) => v[0] !== '').length,
    withoutTwoStep: listed.filter((v) => v[0] === '').length,
    passkeys: listed.filter((v) => v[0].includes('p')).length,
    aliases: values.length - listed.length,
    shadowed,
    unplacedPasskeyEntries: unplaced,
    rawKiB: +(Buffer.byteLength(json) / 1024).toFixed(1),
    gzipKiB: +(gzipSync(json, { level: 9 }).length / 1024).toFixed(1),
  }),
);
