/** @module A Vite plugin that removes Preact's one `innerHTML = dynamic` assignment (the
 * `dangerouslySetInnerHTML` prop) from the bundle. Heedful never renders raw HTML, and
 * addons-linter rightly flags that assignment in every bundle that ships Preact; taking the
 * capability out is both the fix and a guarantee that no future component can use it. */
import type { Plugin } from 'vite';

/** Preact's dist files, whichever export condition the bundler picked. */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact(\.module)?\.m?js$/;
/** `dom.innerHTML = newHtml.__html`, with minified names. The `= ""` that clears the element
 * stays: it is a constant and the linter accepts it. */
const RAW_HTML_ASSIGNMENT = /\b([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\b/g;
const REFUSE = '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Heedful builds")})()';

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'heedful:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      let replaced = 0;
      const out = code.replace(RAW_HTML_ASSIGNMENT, () => {
        replaced++;
        return REFUSE;
      });
      // A Preact update that reshapes the code must fail loudly, not ship the assignment again.
      if (replaced === 0 && code.includes('__html'))
        this.error(`Preact's innerHTML assignment was not found in ${id}; update this plugin.`);
      return replaced ? { code: out, map: null } : null;
    },
  };
}
