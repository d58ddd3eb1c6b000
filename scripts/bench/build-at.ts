/** Builds the Chrome extension as it was at a commit, beside this checkout, for the page-load
 * bench's before-and-after rows: `npx tsx scripts/bench/build-at.ts <commit>` prints the
 * `chrome-mv3` folder to pass as `BENCH_BEFORE`. A detached worktree in the system's temporary
 * folder, sharing this checkout's `node_modules` (the lock file must not have changed since). */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/harness/paths';

const commit = process.argv[2];
if (!commit) {
  console.error('usage: npx tsx scripts/bench/build-at.ts <commit>');
  process.exit(2);
}
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const sha = git('rev-parse', '--short', commit);
const dir = join(tmpdir(), `heedful-at-${sha}`);
if (!existsSync(dir)) git('worktree', 'add', '--detach', dir, sha);
if (!existsSync(join(dir, 'node_modules')))
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
console.log(join(dir, '.output', 'chrome-mv3'));
