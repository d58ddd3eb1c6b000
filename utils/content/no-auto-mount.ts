/** @module Stands in for `@1natsu/wait-element`, which WXT bundles only for `ui.autoMount()`.
 * Heedful mounts notices itself and never calls autoMount, and those ~2.5 KiB (gzipped) would be
 * paid by every page: the content script's budget is 20 KiB. Calling it fails loudly. */

export function waitElement(): never {
  throw new Error('autoMount is not used by Heedful');
}

export const isExist = (element: unknown) => Boolean(element);
export const isNotExist = (element: unknown) => !element;
