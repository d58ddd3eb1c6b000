/** @module What a form is for, from the kinds of its fields first (a card number means paying,
 * two passwords mean choosing one) and its wording second (buttons, headings, its own names and
 * action URL), in the nine languages of `keywords.ts`. */
import { PURPOSE_WORDS } from './keywords';
import { boundedText, normalize } from './text';
import type { ClassifiedField, FieldKind, FormPurpose } from './types';

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

const CURRENT =
  /current|\bold\b|existing|aktuell|bisherig|\balt\b|actuel|ancien|actual|anterior|attuale|vecchia|huidig|oud|atual|antiga|obecne|aktualne|stare|mevcut|eski/;
const NEW =
  /\bnew\b|confirm|repeat|retype|again|verify|neu|wiederhol|bestatig|nouveau|confirm|nuev|repet|nuov|ripet|nieuw|herhaal|bevestig|nova|novo|repita|nowe|powtorz|yeni|tekrar/;

export function formSignals(form: Element | null, fields: ClassifiedField[]): FormSignals {
  const kinds: FieldKind[] = [];
  let passwords = 0;
  let currentPasswords = 0;
  let newPasswords = 0;
  let textareas = 0;
  let searchBox = form?.getAttribute('role') === 'search';
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
    text: form ? formWording(form) : '',
  };
}

/** The words a person reads around the form, capped: a few buttons and headings. */
function formWording(form: Element): string {
  const parts: string[] = [];
  for (const name of ['id', 'name', 'class', 'aria-label'])
    parts.push(form.getAttribute(name) ?? '');
  parts.push((form.getAttribute('action') ?? '').replace(/^[a-z]+:\/\/[^/]*/i, ''));
  for (const el of wordingElements(form)) {
    parts.push(el.getAttribute('value') ?? el.getAttribute('alt') ?? '', boundedText(el));
  }
  // The heading just above the form ("Sign in", "Newsletter") often names it.
  let prev = form.previousElementSibling;
  for (let i = 0; prev && i < 3; i++, prev = prev.previousElementSibling)
    if (/^H[1-6]$/i.test(prev.tagName)) parts.push(boundedText(prev));
  return parts.map(normalize).join(' ');
}

const WORDING = /^(BUTTON|H[1-4]|LEGEND)$/;

/** The first few buttons, submit inputs and headings in the form, looking at a bounded number
 * of elements (one manual walk: cheaper than a selector query, and safe on huge forms). */
function wordingElements(form: Element): Element[] {
  const found: Element[] = [];
  let visited = 0;
  let el: Element | null = form.firstElementChild;
  while (el && found.length < 8 && ++visited < 3000) {
    const tag = el.tagName.toUpperCase();
    const type = tag === 'INPUT' ? (el.getAttribute('type') ?? '').toLowerCase() : '';
    if (WORDING.test(tag) || type === 'submit' || type === 'image') found.push(el);
    let next: Element | null = el.firstElementChild;
    while (!next && el && el !== form) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  return found;
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
