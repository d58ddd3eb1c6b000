/** @module Every user-facing string goes through `browser.i18n` (`_locales/<lang>/messages.json`,
 * merged at build time from `locales/<lang>/*.json`). Code that also runs outside the extension
 * (the CLI, unit tests) takes a `Translate` as a parameter instead of calling the browser. */

export type Translate = (key: string, substitutions?: (string | number)[]) => string;

/** The extension's translator. Falls back to the key so a missing string is visible, not blank. */
export const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions?.map(String)) || key;
