/** @module What a form is for, from what it says first: its submit button, heading, legend,
 * accessible name, the dialog or section around it, the page title, its action path and its own
 * names, weighed in that order (`CUE_WEIGHTS`), in the nine languages of `keywords.ts`. The
 * kinds of its fields (a card number means paying, two passwords mean choosing one) only break
 * ties or speak when the wording is silent: judging a form by what it asks for would make the
 * more a form over-asks the more legitimate it look. */
import { PURPOSE_WORDS } from './keywords';
import { CURRENT_PASSWORD_WORDS as CURRENT, NEW_PASSWORD_WORDS as NEW } from './password-words';
import type {
  ClassifiedField,
  FieldKind,
  FormCue,
  FormCues,
  FormPurpose,
  FormSnapshot,
} from './types';

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
  /** The same wording by where it was read; without it `text` counts as a heading. */
  cues?: FormCues;
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
    cues: form?.cues,
  };
}

/** Every purpose the text names, specific phrases first and taken out of the text so their
 * generic words ("sign up" in "sign up for our newsletter") do not count twice. */
export function purposesIn(text: string): Set<FormPurpose | 'change'> {
  const found = new Set<FormPurpose | 'change'>();
  let rest = text;
  for (const [purpose, words] of PURPOSE_WORDS) {
    if (!rest) break;
    const next = rest.replace(words, ' ');
    if (next !== rest && purpose !== 'none') found.add(purpose);
    rest = next;
  }
  return found;
}

/** The purposes named anywhere in the wording; `order` when it names checking out or paying. */
function wordsFor(text: string): Set<string> {
  const found: Set<string> = purposesIn(typeof text === 'string' ? text.slice(0, 4 * MAX_CUE) : '');
  if (found.has('payment') || found.has('checkout')) found.add('order');
  return found;
}

/** How much each cue is believed: the button a person presses says what they are doing;
 * a page title or a class name may describe the whole page. */
export const CUE_WEIGHTS: Record<FormCue, number> = {
  submit: 8,
  heading: 7,
  legend: 6,
  aria: 6,
  context: 5,
  title: 3,
  action: 3,
  attrs: 2,
  inner: 2,
};
/** What the fields' own verdict weighs: less than any one strong cue, more than a weak one. */
const FIELDS_WEIGHT = 4;
/** Account words a specific purpose in the same cue overrides ("register for the webinar"). */
const GENERIC = new Set<string>(['signup', 'login']);
/** Purposes that are steps of one another: between them the fields know better (a "delivery
 * address" heading over a form that also takes the card is a checkout). */
const FAMILY: Partial<Record<FormPurpose, string>> = {
  shipping: 'order',
  checkout: 'order',
  payment: 'order',
};
/** Longest cue read (ten buttons of a capped label each). */
const MAX_CUE = 1_500;
/** Below this, wording is too faint to overrule the fields (a lone class name or page title). */
const MIN_STATED = 5;
/** Purposes too broad to say that a "sign up" is not one. */
const BROAD = new Set<string>(['checkout', 'payment', 'shipping', 'contact', 'search']);
const LEAD = new Set<FormPurpose>(['newsletter', 'download', 'giveaway', 'coupon', 'quiz']);
const PRIORITY: string[] = PURPOSE_WORDS.map(([p]) => (p === 'change' ? 'password-change' : p));

/** Scores of the purposes the form's wording names. */
export function statedScores(s: FormSignals): Map<FormPurpose, number> {
  const scores = new Map<FormPurpose, number>();
  const cues: FormCues = s.cues ?? { heading: s.text };
  for (const [cue, weight] of Object.entries(CUE_WEIGHTS) as [FormCue, number][]) {
    // Cues arrive in a message from the content script: never trust their type or length.
    const raw = cues[cue];
    if (typeof raw !== 'string' || !raw) continue;
    const text = raw.slice(0, MAX_CUE);
    const found = [...purposesIn(text)];
    const specific = found.some((p) => !GENERIC.has(p) && p !== 'change');
    for (const named of found) {
      // "Sign in to download the report" with a password field is a sign-in after all.
      if (specific && GENERIC.has(named) && !s.passwords) continue;
      const purpose: FormPurpose = named === 'change' ? 'password-change' : named;
      scores.set(purpose, (scores.get(purpose) ?? 0) + weight);
    }
  }
  return scores;
}

export interface PurposeVerdict {
  purpose: FormPurpose;
  /** What the fields alone suggest, when the wording overruled them. */
  fieldsSuggest?: FormPurpose;
}

export function formPurpose(s: FormSignals): FormPurpose {
  return judgePurpose(s).purpose;
}

/** The stated purpose, the fields breaking ties; a few shapes no wording can overrule. */
export function judgePurpose(s: FormSignals): PurposeVerdict {
  const fields = purposeFromFields(s);
  if (!s.kinds.length) return { purpose: 'other' };
  // A current and a new password: changing it, whatever the page calls it.
  if (s.currentPasswords && (s.newPasswords || s.passwords >= 2))
    return { purpose: 'password-change' };
  const scores = statedScores(s);
  const personal = new Set(s.kinds.filter((k) => k !== 'other')).size;
  if (personal > 2) {
    // A search button in a page-wide form (ASP.NET wraps the page in one) is not its point,
    // nor is a "sign in" button offered above a guest checkout with no password field.
    scores.delete('search');
    if (!s.passwords) scores.delete('login');
  }
  for (const [purpose, score] of scores) if (score < MIN_STATED) scores.delete(purpose);
  // A store finder's button says "search": the heading names what is searched for.
  if (scores.has('store-finder')) scores.delete('search');
  // "Sign up" beside "newsletter" (or a giveaway, a download…) with no password to choose is
  // that specific thing: no account is being made.
  if (!s.passwords && [...scores.keys()].some((p) => !GENERIC.has(p) && !BROAD.has(p)))
    for (const p of GENERIC) scores.delete(p as FormPurpose);
  if (!scores.size) return { purpose: fields };
  if (fields !== 'other') scores.set(fields, (scores.get(fields) ?? 0) + FIELDS_WEIGHT);
  let best: FormPurpose = fields;
  let top = -1;
  for (const [purpose, score] of scores) {
    const better =
      score > top ||
      (score === top &&
        best !== fields &&
        (purpose === fields || PRIORITY.indexOf(purpose) < PRIORITY.indexOf(best)));
    if (better) [best, top] = [purpose, score];
  }
  // Choosing a password (two of them, or one marked new) is not signing in.
  if (best === 'login' && (s.passwords >= 2 || s.newPasswords)) best = 'signup';
  if (FAMILY[best] && FAMILY[best] === FAMILY[fields]) best = fields;
  // A password on a newsletter, download or giveaway form means an account is being made.
  if (s.passwords && LEAD.has(best)) best = fields === 'login' ? 'login' : 'signup';
  return best === fields || fields === 'other'
    ? { purpose: best }
    : { purpose: best, fieldsSuggest: fields };
}

/** What the kinds of the fields suggest, the wording only picking between close shapes. */
export function purposeFromFields(s: FormSignals): FormPurpose {
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
      return has('street-address') && words.has('order') ? 'checkout' : 'signup';
    return 'login';
  }
  if (has('street-address')) {
    if (words.has('order')) return 'checkout';
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
  if (personal.length && words.has('order')) return 'checkout';
  return 'other';
}
