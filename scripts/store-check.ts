/** @module `npm run store-check`: what the stores (and PRIVACY.md) promise, checked on the built
 * extension. Run after `npm run build`. Fails on any addons-linter error or warning, a permission
 * beyond the documented minimum, a weak CSP, or code that could run or fetch anything remote. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'] as const;
const RANGE_HOST = 'api.pwnedpasswords.com';
const PERMISSIONS = ['activeTab', 'storage'];
/** Chrome's `scripting` and access to pages inject the engine into a frame that needs it (the
 * content script already runs on every page, so no new install warning; README). */
const MV3_ONLY = ['scripting'];
const HOST_PERMISSIONS = [`https://${RANGE_HOST}/*`, '<all_urls>'];

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const problems: string[] = [];
const summary: string[] = [];
const fail = (what: string) => problems.push(what);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `--self-hosted` is not used: Heedful is listed on AMO, so the listed-add-on rules apply. */
function lintFirefox(): void {
  let stdout: string;
  try {
    stdout = execFileSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
    );
  } catch (error) {
    // web-ext exits non-zero when the linter found errors; the report is still on stdout.
    stdout = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
  const where = (m: LintMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '');
  for (const m of report.errors) fail(`web-ext lint error ${m.code}: ${m.message}${where(m)}`);
  for (const m of report.warnings) fail(`web-ext lint warning ${m.code}: ${m.message}${where(m)}`);
  for (const m of report.notices) console.log(`  notice ${m.code}: ${m.message}${where(m)}`);
  summary.push(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ` +
      `${report.notices.length} notices`,
  );
}

function sameSet(actual: unknown, expected: string[]): boolean {
  return (
    Array.isArray(actual) &&
    actual.length === expected.length &&
    [...actual].sort().every((v, i) => v === [...expected].sort()[i])
  );
}

/** The documented minimum, nothing optional, and a CSP that allows only packaged scripts. */
function checkManifest(build: string): void {
  const manifest = JSON.parse(readFileSync(join(ROOT, build, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const mv3 = manifest.manifest_version === 3;
  // MV2 lists host permissions among the others.
  const expected = mv3 ? [...PERMISSIONS, ...MV3_ONLY] : [...PERMISSIONS, ...HOST_PERMISSIONS];
  if (!sameSet(manifest.permissions, expected))
    fail(`${build}: permissions are ${JSON.stringify(manifest.permissions)}, expected ${expected}`);
  if (mv3 && !sameSet(manifest.host_permissions, HOST_PERMISSIONS))
    fail(`${build}: host_permissions are ${JSON.stringify(manifest.host_permissions)}`);
  for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable'])
    if (key in manifest) fail(`${build}: unexpected manifest key ${key}`);
  const csp = manifest.content_security_policy;
  const pages = mv3 ? (csp as { extension_pages?: unknown } | undefined)?.extension_pages : csp;
  if (typeof pages !== 'string') {
    fail(`${build}: no explicit content_security_policy`);
    return;
  }
  const scriptSrc = /script-src ([^;]*)/.exec(pages)?.[1]?.trim();
  if (scriptSrc !== "'self'") fail(`${build}: script-src is "${scriptSrc}", expected 'self' only`);
  if (!/object-src '(none|self)'/.test(pages)) fail(`${build}: object-src is not 'none' or 'self'`);
  summary.push(`${build}: permissions ${JSON.stringify(manifest.permissions)}; CSP "${pages}"`);
}

/** What would run code from anywhere but the package, or phone home. */
const FORBIDDEN: [RegExp, string][] = [
  [/(?<![\w$.])eval\(/, 'eval('],
  [/\bnew Function\(/, 'new Function('],
  [/<script[^>]*\bsrc\s*=\s*["'`]?(https?:)?\/\//i, 'remote <script src>'],
  [/\bimport(Scripts)?\(\s*["'`](https?:)?\/\//, 'remote import()'],
  [/\bsendBeacon\b|\bnew WebSocket\b|\bnew EventSource\b|\bXMLHttpRequest\b/, 'other network API'],
];
/** A fetch whose URL is written in the code: it must be the range API. Other fetches take a
 * variable (the settings' range URL, the extension's own CSS and module preloads). */
const LITERAL_FETCH = /\bfetch\(\s*["'`](https?:\/\/[^/"'`]+)/g;

function checkCode(build: string): void {
  let fetches = 0;
  const files = filesUnder(join(ROOT, build)).filter((f) => /\.(m?js|html)$/.test(f));
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const name = relative(ROOT, file);
    for (const [pattern, what] of FORBIDDEN)
      if (pattern.test(code)) fail(`${name}: contains ${what}`);
    for (const match of code.matchAll(LITERAL_FETCH))
      if (new URL(match[1]!).hostname !== RANGE_HOST) fail(`${name}: fetches ${match[1]}`);
    fetches += code.match(/\bfetch\(/g)?.length ?? 0;
    // Vite emits no inline scripts; a page with one would be blocked by the CSP anyway.
    if (name.endsWith('.html') && /<script(?![^>]*\bsrc=)[^>]*>/i.test(code))
      fail(`${name}: inline <script>`);
  }
  summary.push(`${build}: ${files.length} JS/HTML files scanned, ${fetches} fetch( call sites`);
}

for (const build of BUILDS)
  if (!existsSync(join(ROOT, build, 'manifest.json'))) {
    console.error(`${build} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
lintFirefox();
for (const build of BUILDS) {
  checkManifest(build);
  checkCode(build);
}
console.log(summary.map((line) => `  ${line}`).join('\n'));
if (problems.length) {
  console.error(`\nstore-check: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}
console.log('\nstore-check: OK');
