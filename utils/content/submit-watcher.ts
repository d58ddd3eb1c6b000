/** @module Notices when a person (never a script) submits a form: Enter in a password field, a
 * click on a submit button, or a `submit` right after the person's Enter or click. A `submit`
 * event alone proves nothing: browsers mark it trusted even when a script called
 * `requestSubmit()`. Forms built without `<form>` count too. Reads no field's content: only
 * whether a password field was filled. */
import type { PageContext } from './context';
import { isPasswordInput } from './password-fields';
import { openShadowRoots } from './roots';

/** One press of Enter fires keydown and then submit: report it once. */
const SAME_SUBMIT_MS = 1_000;

type OnSubmit = (form: HTMLFormElement | null, hasPassword: boolean) => void;

/** Everyone watching submits in this frame shares one set of listeners (each listener costs a
 * little on every page with a form). */
const watchers = new WeakMap<PageContext, OnSubmit[]>();

export function watchTrustedSubmits(ctx: PageContext, onSubmit: OnSubmit): void {
  const known = watchers.get(ctx);
  if (known) {
    known.push(onSubmit);
    return;
  }
  const callbacks = [onSubmit];
  watchers.set(ctx, callbacks);
  let lastReport = -Infinity;
  let lastGesture = -Infinity;
  const report = (form: HTMLFormElement | null) => {
    if (performance.now() - lastReport < SAME_SUBMIT_MS) return;
    lastReport = performance.now();
    const hasPassword = hasFilledPassword(form ?? document);
    for (const callback of callbacks) callback(form, hasPassword);
  };
  const origin = (event: Event) => event.composedPath()[0];
  const listen = <K extends 'submit' | 'keydown' | 'click'>(
    type: K,
    handler: (event: WindowEventMap[K]) => void,
  ) => ctx.addEventListener(window, type, handler, { capture: true });

  listen('keydown', (event) => {
    if (!event.isTrusted || event.key !== 'Enter') return;
    lastGesture = performance.now();
    const field = origin(event);
    if (field instanceof HTMLInputElement && field.type === 'password') report(field.form);
  });
  listen('click', (event) => {
    if (!event.isTrusted) return;
    lastGesture = performance.now();
    const target = origin(event);
    const button = target instanceof Element ? target.closest(SUBMIT_BUTTON) : null;
    if (button) report((button as HTMLButtonElement | HTMLInputElement).form ?? null);
  });
  listen('submit', (event) => {
    const byPerson = event.isTrusted && performance.now() - lastGesture < SAME_SUBMIT_MS;
    if (byPerson && event.target instanceof HTMLFormElement) report(event.target);
  });
}

/** Submit buttons only: a "show password" toggle (`type=button`) is not a sign-in. */
const SUBMIT_BUTTON =
  'button:not([type]), button[type=submit], input[type=submit], input[type=image]';

function hasFilledPassword(root: ParentNode): boolean {
  return [...root.querySelectorAll('input[type=password]')].some(
    (field) => (field as HTMLInputElement).value !== '',
  );
}

/** The password fields a sending covers: its form's, or, for sign-in pages without a `<form>`,
 * the document's and its open shadow roots' (bounded: a page can hold thousands of inputs). */
export function passwordFieldsOf(form: HTMLFormElement | null): HTMLInputElement[] {
  const scopes: ParentNode[] = form ? [form] : [document, ...openShadowRoots(document, 200)];
  return scopes
    .flatMap((scope) => [...scope.querySelectorAll('input')])
    .filter((input) => isPasswordInput(input))
    .slice(0, 50);
}
