/** @module A person sending a form: a trusted `submit`, Enter in a password field, or a click on
 * a submit button (sign-in pages that never submit a real form). One call per sending, however
 * many of those events it produced; events a page script dispatched are ignored. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventTarget, openShadowRoots } from './roots';
import { isPasswordInput } from './password-fields';

/** A click, then the `submit` it causes, then maybe Enter's: one sending. */
const SAME_SENDING_MS = 1_000;

export function watchTrustedSubmits(
  ctx: ContentScriptContext,
  onSubmit: (form: HTMLFormElement | null, hasPassword: boolean) => void,
): void {
  let last: { form: HTMLFormElement | null; at: number } | undefined;
  const fire = (form: HTMLFormElement | null) => {
    const now = performance.now();
    if (last && last.form === form && now - last.at < SAME_SENDING_MS) return;
    last = { form, at: now };
    onSubmit(
      form,
      passwordFieldsOf(form).some((field) => field.value !== ''),
    );
  };

  ctx.addEventListener(
    document,
    'submit',
    (event) => {
      if (event.isTrusted && event.target instanceof HTMLFormElement) fire(event.target);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      const target = eventTarget(event);
      if (event.isTrusted && event.key === 'Enter' && isPasswordInput(target))
        fire(target.form ?? target.closest('form'));
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const target = eventTarget(event);
      const button = target instanceof Element ? target.closest('button, input') : null;
      if (button instanceof HTMLButtonElement || button instanceof HTMLInputElement) {
        if (button.type === 'submit' || button.type === 'image') fire(button.form);
      }
    },
    { capture: true },
  );
}

/** Password fields of `form`, or of the whole page (open shadow roots included) for none. */
export function passwordFieldsOf(form: HTMLFormElement | null): HTMLInputElement[] {
  const scopes: ParentNode[] = form ? [form] : [document, ...openShadowRoots(document, 200)];
  return scopes
    .flatMap((scope) => [...scope.querySelectorAll('input')])
    .filter((input) => isPasswordInput(input))
    .slice(0, 50);
}
