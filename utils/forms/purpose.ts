/** @module What a form is for, from the kinds of its fields first (a card number means paying,
 * two passwords mean choosing one) and its wording second (buttons, headings, its own names and
 * action URL), in the nine languages of `keywords.ts`. */
import { PURPOSE_WORDS } from './keywords';
import { CURRENT_PASSWORD_WORDS as CURRENT, NEW_PASSWORD_WORDS as NEW } from './password-words';
import type { ClassifiedField, FieldKind, FormPurpose, FormSnapshot } from './types';

export interface FormSignals {
  /** Kinds of the fillable fields, in order, repeats kept. */
  kinds: FieldKind[];
  passwords: number;
  /** Password fields marked as the one in use now (`current-password`, "old", "current"). */
  currentPasswords: number;
  /** Password fields marked as a new one (`new-password`, "new", "confirm", "repeat"). */
  newPasswords: number;
  textareas: number;
  /** A `type=search` field or `role=search` on the form. */
  searchBox: boolean;
  /** Normalised wording: buttons, headings, legend, the form's id/name/class/action. */
  text: string;
}

export function formSignals(form: FormSnapshot | null, fields: ClassifiedField[]): FormSignals {
  const kinds: FieldKind[] = [];
  let passwords = 0;
  let currentPasswords = 0;
  let newPasswords = 0;
  let textareas = 0;
  let searchBox = form?.searchRole ?? false;
  for (const { features: f, kind, fillable } of fields) {
    if (!fillable) continue;
    kinds.push(kind);
    if (f.type === 'textarea') textareas++;
    if (f.type === 'search') searchBox = true;
    if (kind !== 'password') continue;
    passwords++;
    const words = `${f.autocomplete} ${f.attrs} ${f.label} ${f.placeholder}`;
    if (/current-password/.test(f.autocomplete) || CURRENT.test(words)) currentPasswords++;
    else if (/new-password/.test(f.autocomplete) || NEW.test(words)) newPasswords++;
  }
  return {
    kinds,
    passwords,
    currentPasswords,
    newPasswords,
    textareas,
    searchBox,
    text: form?.wording ?? '',
  };
}

function wordsFor(text: string): Set<string> {
  const found = new Set<string>();
  for (const [purpose, words] of PURPOSE_WORDS) if (words.test(text)) found.add(purpose);
  return found;
}

export function formPurpose(s: FormSignals): FormPurpose {
  const has = (kind: FieldKind) => s.kinds.includes(kind);
  const personal = s.kinds.filter((k) => k !== 'other');
  if (!s.kinds.length) return 'other';
  const words = wordsFor(s.text);

  if (s.passwords) {
    if (s.currentPasswords && (s.newPasswords || s.passwords >= 2)) return 'password-change';
    if (words.has('change') && s.passwords >= 2 && !has('email') && !has('name'))
      return 'password-change';
  }
  if (has('card-number') || has('card-security-code')) {
    return has('street-address') || has('postal-code') || words.has('checkout')
      ? 'checkout'
      : 'payment';
  }
  if (s.passwords) {
    const extra = personal.some((k) => !['password', 'username', 'email', 'other'].includes(k));
    if (s.passwords >= 2 || s.newPasswords || words.has('signup') || extra)
      return has('street-address') && words.has('checkout') ? 'checkout' : 'signup';
    return 'login';
  }
  if (has('street-address')) {
    if (words.has('checkout')) return 'checkout';
    if (words.has('signup')) return 'signup';
    return words.has('contact') && s.textareas ? 'contact' : 'shipping';
  }
  if (s.searchBox || (words.has('search') && personal.length === 0)) return 'search';
  if (s.textareas && (has('email') || has('phone') || has('name'))) return 'contact';
  if (has('email') || has('phone')) {
    if (words.has('newsletter') && !words.has('signup') && !words.has('login')) return 'newsletter';
    if (words.has('signup')) return 'signup';
    if (words.has('login') && personal.length <= 2) return 'login';
    if (words.has('contact')) return 'contact';
    if (words.has('newsletter')) return 'newsletter';
  }
  if (has('username') && words.has('login')) return 'login';
  if (personal.length && words.has('checkout')) return 'checkout';
  return 'other';
}
