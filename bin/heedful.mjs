#!/usr/bin/env node
// The CLI is bundled by `npm run build` (scripts/build-cli.ts) from bin/cli.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../.output/cli/heedful.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('heedful: the CLI is not built yet. Run `npm ci && npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
