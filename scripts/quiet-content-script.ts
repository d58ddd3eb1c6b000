/** @module A Vite plugin: WXT's content-script entry gets `utils/content/quiet-context.ts`
 * instead of `wxt/utils/content-script-context`, so the script announces itself to no page (see
 * that module). Only the entry's import is redirected; the quiet context itself still imports
 * WXT's class. */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const CONTEXT = 'wxt/utils/content-script-context';
const ENTRY = 'virtual:wxt-content-script-isolated-world-entrypoint';

export function quietContentScript(root: string): Plugin {
  const quiet = resolve(root, 'utils/content/quiet-context.ts');
  return {
    name: 'heedful:quiet-content-script',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === CONTEXT && importer?.includes(ENTRY)) return quiet;
      return null;
    },
    transform(code, id) {
      // A WXT update that builds the context elsewhere must fail the build, not ship the event.
      if (id.includes(ENTRY) && !code.includes(`from "${CONTEXT}"`))
        this.error(`WXT's content-script entry no longer imports ${CONTEXT}; update this plugin.`);
      return null;
    },
  };
}
