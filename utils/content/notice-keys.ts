/** @module Keyboard access to notices, which live at the end of the document (top layer): Tab
 * from a field enters its notice and leaves it for the next field; Shift+Tab from a form's first
 * field enters the form's notice, which sits above it. Focus order follows what a person sees,
 * without tabbing through the whole page. */

/** The buttons of one anchor's visible notices, in stacking order. */
export function noticeButtons(hosts: readonly HTMLElement[]): HTMLElement[] {
  return hosts
    .filter((host) => host.getBoundingClientRect().height > 0)
    .flatMap((host) => [...(host.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? [])]);
}

/** The first control of a form a person can tab to. */
function firstControl(form: HTMLFormElement): HTMLElement | null {
  for (const el of form.elements)
    if (el instanceof HTMLElement && el.tabIndex >= 0 && !el.matches(':disabled, [type=hidden]'))
      return el;
  return null;
}

/** Moves focus for a Tab press, or returns false to leave it to the browser. */
export function moveFocus(
  event: KeyboardEvent,
  target: Element,
  stacks: ReadonlyMap<Element, readonly HTMLElement[]>,
): boolean {
  const back = event.shiftKey;
  const own = stacks.get(target);
  if (own && !back) return focusFirst(noticeButtons(own), event);
  const form = (target as HTMLInputElement).form;
  const formStack = form && stacks.get(form);
  if (formStack && back && firstControl(form) === target)
    return focusFirst(noticeButtons(formStack).reverse(), event);
  for (const [anchor, hosts] of stacks) {
    const buttons = noticeButtons(hosts);
    const at = buttons.indexOf(target as HTMLElement);
    if (at < 0) continue;
    const next = buttons[at + (back ? -1 : 1)];
    if (next) return focusFirst([next], event);
    const field = anchor instanceof HTMLFormElement ? firstControl(anchor) : anchor;
    if (!(field instanceof HTMLElement)) return false;
    field.focus({ preventScroll: true });
    // Leaving a field's notice forwards (or a form's notice backwards), the browser's own Tab
    // carries on from the field; the other way, the field itself is the destination.
    const carryOn = anchor instanceof HTMLFormElement ? back : !back;
    if (!carryOn) event.preventDefault();
    return true;
  }
  return false;
}

function focusFirst(candidates: HTMLElement[], event: KeyboardEvent): boolean {
  const first = candidates[0];
  if (!first) return false;
  event.preventDefault();
  first.focus();
  return true;
}
