/** @module Bundles the CLI (bin/cli.ts) for Node with the English catalog inlined. */
import { build } from 'esbuild';
import { loadCatalog } from './locales';

await build({
  entryPoints: ['bin/cli.ts'],
  outfile: '.output/cli/heedful.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // linkedom pulls in CommonJS helpers that call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define: { __HEEDFUL_EN_CATALOG__: JSON.stringify(loadCatalog('en')) },
});
