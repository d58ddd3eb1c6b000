/** @module Notices when a person (never a script) submits a form: a trusted `submit`, Enter in a
 * password field, or a click on a submit button. Forms built without `<form>` count too. Reads no
 * field's content: only whether a password field was filled. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** One press of Enter fires keydown and then submit: report it once. */
const SAME_SUBMIT_MS = 1_000;

export function watchTrustedSubmits(
  ctx: ContentScriptContext,
  onSubmit: (form: HTMLFormElement | null, hasPassword: boolean) => void,
): void {
  let last = -Infinity;
  const report = (form: HTMLFormElement | null) => {
    if (performance.now() - last < SAME_SUBMIT_MS) return;
    last = performance.now();
    onSubmit(form, hasFilledPassword(form ?? document));
  };
  const origin = (event: Event) => event.composedPath()[0];

  ctx.addEventListener(
    window,
    'submit',
    (event) => {
      if (event.isTrusted && event.target instanceof HTMLFormElement) report(event.target);
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      const field = origin(event);
      if (!event.isTrusted || event.key !== 'Enter' || !(field instanceof HTMLInputElement)) return;
      if (field.type === 'password') report(field.form);
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const target = origin(event);
      const button = target instanceof Element ? target.closest(SUBMIT_BUTTON) : null;
      if (!button) return;
      report((button as HTMLButtonElement | HTMLInputElement).form ?? null);
    },
    { capture: true },
  );
}

/** Submit buttons only: a "show password" toggle (`type=button`) is not a sign-in. In a form the
 * click also fires `submit`, unless the page's script stops it and signs in by itself. */
const SUBMIT_BUTTON =
  'button:not([type]), button[type=submit], input[type=submit], input[type=image]';

function hasFilledPassword(root: ParentNode): boolean {
  return [...root.querySelectorAll('input[type=password]')].some(
    (field) => (field as HTMLInputElement).value !== '',
  );
}
