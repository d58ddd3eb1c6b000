/** @module Which inputs hold passwords, and whether a password is being chosen (sign-up, change)
 * or entered (login): the notice differs, a login only hears about a weak password. */

import { CURRENT_PASSWORD_WORDS, NEW_PASSWORD_WORDS } from '../forms/password-words';

export type PasswordRole = 'new' | 'current';

/** Fields that were ever `type=password`: "show password" buttons switch them to text. */
const known = new WeakSet<HTMLInputElement>();

export function isPasswordInput(el: EventTarget | null): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement)) return false;
  if (el.type === 'password') known.add(el);
  return known.has(el);
}

/** Role from the strongest signal available: `autocomplete` first, then form structure, then words. */
export function passwordRole(input: HTMLInputElement): PasswordRole {
  const autocomplete = (input.getAttribute('autocomplete') ?? '').toLowerCase();
  if (autocomplete.includes('new-password')) return 'new';
  if (autocomplete.includes('current-password')) return 'current';
  const scope: ParentNode = formOf(input) ?? (input.getRootNode() as Document | ShadowRoot);
  const passwords = scope.querySelectorAll?.('input[type=password]').length ?? 1;
  const words = fold(describe(input));
  if (CURRENT_PASSWORD_WORDS.test(words)) return 'current';
  if (passwords >= 2 || NEW_PASSWORD_WORDS.test(words)) return 'new';
  return 'current';
}

/** The text around a field that names it: attributes, label, the form's submit wording. */
function describe(input: HTMLInputElement): string {
  const parts = [
    input.name,
    input.id,
    input.placeholder,
    input.getAttribute('aria-label') ?? '',
    input.closest('label')?.textContent ?? '',
    input.id
      ? (input.ownerDocument.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ??
        '')
      : '',
    formOf(input)?.querySelector('button[type=submit], input[type=submit], button:not([type])')
      ?.textContent ?? '',
    formOf(input)?.getAttribute('action') ?? '',
  ];
  return parts.join(' ').slice(0, 2_000);
}

/** As `normalize` (forms/text.ts) folds, in a few bytes: `oldPassword` → `old password`,
 * `Bestätigen` → `bestatigen`, `re-enter` → `re enter`. */
function fold(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/** The field's form (its `form` owner, else the enclosing one). */
function formOf(input: HTMLInputElement): HTMLFormElement | null {
  return input.form ?? input.closest('form');
}
