/** @module Decides a field's kind from its features. The page's own `autocomplete` token is
 * trusted first (sites that set it mean it); otherwise each text signal votes for the first kind
 * whose words it holds, weighted by how reliably that signal names the field, and the input
 * type and a select's options add their votes. */
import { GENDER_OPTION, KIND_WORDS, MONTH_OPTION } from './keywords';
import { MAX_TEXT } from './text';
import type { FieldFeatures, FieldKind } from './types';

/** Inputs nobody types personal data into. */
const NOT_FILLED = new Set([
  'hidden',
  'submit',
  'image',
  'reset',
  'button',
  'file',
  'range',
  'color',
  'checkbox',
]);

/** How much each signal is believed: a label names the field; text nearby may belong to a
 * neighbour; a legend names a whole group. */
const SIGNALS: [keyof FieldFeatures, number][] = [
  ['label', 4],
  ['placeholder', 3],
  ['attrs', 3],
  ['title', 2],
  ['nearby', 2],
  ['legend', 1],
];

const TYPE_VOTES: Record<string, [FieldKind, number]> = {
  email: ['email', 6],
  tel: ['phone', 3],
  search: ['other', 8],
  url: ['other', 8],
};

/** Kinds that hide behind `type=password` on real pages (a CVC, a PIN-like ID). */
const MASKED_KINDS = new Set<FieldKind>([
  'card-security-code',
  'security-question',
  'national-id',
  'card-number',
  'bank-account',
]);

export function classifyField(raw: FieldFeatures): FieldKind {
  const f = bounded(raw);
  if (NOT_FILLED.has(f.type)) return 'other';
  const token = kindFromAutocomplete(f.autocomplete);
  // `new-password` on a name or phone box is a common trick to stop autofill: only a masked
  // field is believed to be a password on that token alone.
  if (token && (token !== 'password' || f.type === 'password')) return token;
  if (f.type === 'radio') return radioKind(f);

  const votes = new Map<FieldKind, number>();
  const vote = (kind: FieldKind | null, weight: number) => {
    if (kind) votes.set(kind, (votes.get(kind) ?? 0) + weight);
  };
  for (const [signal, weight] of SIGNALS) {
    // A framework prefix (`customer[…]`, `user_data[…]`) must not outvote the part that names
    // the field: the tail speaks for the attributes when it says anything.
    const tail = signal === 'attrs' && f.tail ? kindOfText(f.tail) : null;
    vote(tail ?? kindOfText(f[signal] as string), weight);
  }
  const typed = Object.hasOwn(TYPE_VOTES, f.type) ? TYPE_VOTES[f.type] : undefined;
  if (typed) vote(typed[0], typed[1]);
  if (f.tag === 'select') vote(...optionsVote(f.options, f.optionCount));

  let best: FieldKind = 'other';
  let top = 0;
  for (const [kind, weight] of votes) {
    if (weight > top) [best, top] = [kind, weight];
  }
  if (f.type === 'password' && !MASKED_KINDS.has(best)) return 'password';
  // A textarea is free text ("describe your concern"): only an address is typed into one.
  if (f.tag === 'textarea' && best !== 'street-address') return 'other';
  return best;
}

/** The first kind whose words appear in `text`, or null. */
export function kindOfText(text: string): FieldKind | null {
  if (!text) return null;
  for (const [kind, words] of KIND_WORDS) if (words.test(text)) return kind;
  return null;
}

/** A radio is only ever a gender choice for us; the rest (delivery, payment method) is other. */
function radioKind(f: FieldFeatures): FieldKind {
  if (GENDER_OPTION.test(f.value) || GENDER_OPTION.test(f.nearby) || GENDER_OPTION.test(f.label))
    return 'gender';
  return [f.label, f.legend, f.attrs].some((t) => kindOfText(t) === 'gender') ? 'gender' : 'other';
}

/** What a select's options give away: a gender list, birth or expiry years, dialling codes,
 * or a long list of places. Day and month lists say nothing on their own. */
function optionsVote(options: string[], count: number): [FieldKind | null, number] {
  let gender = 0;
  let dial = 0;
  let months = 0;
  let cards = 0;
  const years: number[] = [];
  for (const o of options) {
    if (GENDER_OPTION.test(o)) gender++;
    else if (/^(visa|master ?card|american express|amex|discover|maestro)\b/.test(o)) cards++;
    else if (/\bdial \d/.test(o)) dial++;
    else if (/^(19|20)\d\d$/.test(o)) years.push(Number(o));
    else if (MONTH_OPTION.test(o)) months++;
  }
  if (gender >= 2) return ['gender', 4];
  if (cards >= 2) return ['other', 8];
  if (dial >= 3) return ['phone', 4];
  if (years.length >= 5) {
    const now = new Date().getFullYear();
    // Birth years never lie ahead; a list reaching years ahead is an expiry date.
    if (Math.max(...years) > now + 2 && Math.min(...years) >= now - 10) return ['card-expiry', 4];
    if (Math.min(...years) < now - 15) return ['birth-date', 4];
    if (Math.min(...years) >= now - 1) return ['card-expiry', 2];
  }
  if (count >= 30 && years.length + months < options.length / 2) return ['region', 2];
  return [null, 0];
}

const TOKEN_KINDS: Record<string, FieldKind> = {
  name: 'name',
  'given-name': 'name',
  'additional-name': 'name',
  'family-name': 'name',
  email: 'email',
  username: 'username',
  'new-password': 'password',
  'current-password': 'password',
  organization: 'organization',
  'street-address': 'street-address',
  'postal-code': 'postal-code',
  country: 'region',
  'country-name': 'region',
  'cc-number': 'card-number',
  'cc-csc': 'card-security-code',
  sex: 'gender',
};

/** The field name among the `autocomplete` tokens (after `section-*`, `shipping`…). `off`, `on`
 * and unknown tokens say nothing: the caller falls back to words. */
export function kindFromAutocomplete(value: string): FieldKind | null {
  const tokens = value.split(/\s+/);
  // `email username` (a sign-in by email address) is an email.
  if (tokens.includes('email')) return 'email';
  for (const token of tokens.reverse()) {
    // Own keys only: a page's `autocomplete="valueOf"` must not reach Object.prototype.
    const known = Object.hasOwn(TOKEN_KINDS, token) ? TOKEN_KINDS[token] : undefined;
    if (known) return known;
    if (/^cc-(given-|additional-|family-)?name$/.test(token)) return 'name';
    if (/^cc-exp/.test(token)) return 'card-expiry';
    if (/^address-line/.test(token)) return 'street-address';
    if (/^address-level/.test(token)) return 'region';
    if (/^bday/.test(token)) return 'birth-date';
    if (/^tel/.test(token)) return 'phone';
    if (
      /^(honorific|nickname|organization-title|cc-type|one-time-code|transaction|url|photo|impp|language)/.test(
        token,
      )
    )
      return 'other';
  }
  return null;
}

/** Features normally arrive capped by `describeField`, but the background takes them from a
 * content script message: cap again so no input makes the word matching slow. */
function bounded(f: FieldFeatures): FieldFeatures {
  const cap = (s: unknown) => (typeof s === 'string' ? s.slice(0, MAX_TEXT * 4) : '');
  return {
    ...f,
    type: cap(f.type),
    autocomplete: cap(f.autocomplete),
    attrs: cap(f.attrs),
    tail: cap(f.tail),
    label: cap(f.label),
    placeholder: cap(f.placeholder),
    title: cap(f.title),
    nearby: cap(f.nearby),
    legend: cap(f.legend),
    value: cap(f.value),
    options: Array.isArray(f.options) ? f.options.slice(0, 40).map(cap) : [],
  };
}
