/** @module One walk over the document that finds what the analysis needs: the fields in
 * `querySelectorAll('input, select, textarea')` order, the forms in `document.forms` order,
 * each field's form, labels by `for`, ids and `<base href>`. One iterative pass instead of a
 * query per need: linkedom's selector queries each walk the whole tree, and a deeply nested
 * hostile page must not overflow the stack. Sees into open shadow roots.
 *
 * The walk is a generator that pauses every `STEP` elements, so a live page can spread it over
 * several short tasks (`utils/slices.ts`); the CLI and the demo page run it in one go. */
import { runAll } from '../slices';
import { queryScanSteps } from './scan-query';
import {
  emptyScan,
  MAX_SHADOW_ROOTS,
  ownersByFormAttribute,
  walk,
  type Shadow,
  type Walker,
} from './scan-walk';

export { MAX_SKIPPED, STEP } from './scan-walk';

export interface PageScan {
  fields: Element[];
  forms: Element[];
  /** Index in `forms` of each field's form (a valid `form=` attribute, else the innermost). */
  owners: Map<Element, number>;
  /** The first `<label for=ID>` of each ID. */
  labelsFor: Map<string, Element>;
  /** The first element with this id (the document's, then its open shadow roots'). */
  byId(id: string): Element | null;
  baseHref: string | null;
  /** The open shadow roots met (at most `MAX_SHADOW_ROOTS`), for whoever watches them. */
  shadowRoots: ShadowRoot[];
  /** Forms left out because `ScanOptions.rendered` said they have no box (at most
   * `MAX_SKIPPED`), for whoever waits for them to show. */
  skipped: Element[];
}

export interface ScanOptions {
  /** Asked of each form: false leaves the form and all inside it out of the scan. A live page
   * passes a layout check (a form in a closed dialog, a `display: none` panel or a `hidden`
   * wizard step is not filled by anyone until it shows); saved pages have no layout. */
  rendered?: (form: Element) => boolean;
  /** Given in a browser: the open shadow roots of the document's shadow hosts, found without
   * walking every element (`utils/content/roots.ts`). The scan then asks the browser's own
   * selector engine for the few elements it needs (`scan-query.ts`) instead of walking the
   * document; linkedom's queries are walks themselves, so the CLI walks. */
  shadowRoots?: (doc: Document) => ShadowRoot[];
}

export function scanPage(root: Document | Element, options: ScanOptions = {}): PageScan {
  return runAll(scanSteps(root, options));
}

/** `scanPage`, pausing every `STEP` elements. Resumed after the page had its turn, it throws
 * `StaleWork` if the element it stopped at has left the document (the rest of the walk would
 * follow a detached subtree): the caller starts again. */
export function* scanSteps(
  root: Document | Element,
  options: ScanOptions = {},
): Generator<void, PageScan> {
  if (options.shadowRoots && 'documentElement' in root)
    return yield* queryScanSteps(root, options.shadowRoots, options.rendered);
  const ids = new Map<string, Element>();
  const scan = emptyScan((id) => ids.get(id) ?? null);
  const formIndex = new Map<Element, number>();
  // The light DOM first, so fields and forms keep their `querySelectorAll` / `document.forms`
  // positions; then each open shadow root (closed ones are private to the page), its fields
  // belonging to the form around its host.
  const shadows: Shadow[] = [];
  const start = 'documentElement' in root ? root.documentElement : root;
  const walker: Walker = { scan, ids, formIndex, shadows, rendered: options.rendered, count: 0 };
  if (start) yield* walk(start, null, walker);
  for (let i = 0; i < shadows.length && i < MAX_SHADOW_ROOTS; i++) {
    const { root: shadow, form } = shadows[i]!;
    for (let c = shadow.firstElementChild; c; c = c.nextElementSibling)
      yield* walk(c, form, walker);
  }
  scan.shadowRoots = shadows.map((s) => s.root);
  ownersByFormAttribute(scan, formIndex);
  return scan;
}
