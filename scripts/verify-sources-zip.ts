/** @module Does the Firefox sources zip rebuild the Firefox zip exactly? AMO reviewers rebuild
 * from it, so this does what they do: unpack it in an empty directory, `npm ci`, build for
 * Firefox, and compare every file with the one in the store zip, byte for byte.
 * Run after `npm run zip`: `npx tsx scripts/verify-sources-zip.ts [--keep]`. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { readZip } from './read-zip';

const ROOT = join(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

/** The names WXT's default `artifactTemplate` and `sourcesTemplate` give the zips. */
function zipPaths(): { store: string; sources: string } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const base = join(ROOT, '.output', `${pkg.name}-${pkg.version}`);
  return { store: `${base}-firefox.zip`, sources: `${base}-sources.zip` };
}

function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

/** One line per file that is missing, extra or different; empty when the builds match. */
function compareBuilds(expected: Map<string, Buffer>, actual: Map<string, Buffer>) {
  const diffs: string[] = [];
  for (const [name, bytes] of expected) {
    const rebuilt = actual.get(name);
    if (!rebuilt) diffs.push(`missing from rebuild: ${name}`);
    else if (!rebuilt.equals(bytes))
      diffs.push(`differs: ${name} (${bytes.length} bytes in zip, ${rebuilt.length} rebuilt)`);
  }
  for (const name of actual.keys()) if (!expected.has(name)) diffs.push(`only in rebuild: ${name}`);
  return diffs.sort();
}

function run(cwd: string, command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: '1' } });
}

const { store, sources } = zipPaths();
for (const zip of [store, sources])
  if (!existsSync(zip)) {
    console.error(`${relative(ROOT, zip)} is missing: run \`npm run zip\` first.`);
    process.exit(2);
  }

const work = mkdtempSync(join(tmpdir(), 'heedful-sources-'));
try {
  for (const [name, bytes] of readZip(sources)) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), bytes);
  }
  // The cache is enough when this machine has installed the project before.
  run(work, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  run(work, join(work, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox']);
  const diffs = compareBuilds(readZip(store), filesUnder(join(work, '.output/firefox-mv2')));
  if (diffs.length) {
    console.error(`\nThe sources zip does NOT rebuild the Firefox zip (${diffs.length}):`);
    for (const diff of diffs) console.error(`  ✗ ${diff}`);
    process.exitCode = 1;
  } else {
    console.log(`\nThe sources zip rebuilds ${relative(ROOT, store)} byte for byte.`);
  }
} finally {
  if (keep) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
