/** @module Is a password a base word in disguise? Modelled on Microsoft Entra Password
 * Protection's published algorithm: fold case and accents, undo the usual character
 * substitutions, strip what people bolt on at either end (digits, years, symbols), and if what
 * remains is a base word — or one edit away from one — the password is weak. Unlike Entra we
 * give no credit for the bolted-on part: `Summer2024!` is exactly what spraying tools try. */
import { BASE_WORD_LISTS, KEYBOARD_WALKS, type BaseWordFamily } from './base-words';

/** Where the word came from: the fixed lists, a walk on the keyboard, or this site and person. */
export type BasePattern = BaseWordFamily | 'keyboard' | 'site-name' | 'your-name';

export interface BaseWordContext {
  /** The site's name and brand parts (from the sender's URL). */
  site?: readonly string[];
  /** The person's own words: name parts, username, email local part and their combinations. */
  person?: readonly string[];
}

/** Fuzzy (one-edit) matching only for words this long: one edit from a three- or four-letter
 * word reaches too many unrelated strings. */
const FUZZY_MIN = 5;
/** The shortest core worth judging: shorter words bring too many chance hits. */
const CORE_MIN = 3;
/** Only this much of a long password is looked at: a base word with a long tail is no longer
 * "a base word with something bolted on". */
const CORE_MAX = 40;

/** Entra's substitution table (plus `4→a`, as common in cracking rules). `1` is tried both ways. */
const SUBSTITUTIONS: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '3': 'e',
  $: 's',
  '5': 's',
  '7': 't',
  '!': 'i',
  '|': 'l',
};

/** Lowercase, without accents; letters NFKD leaves alone are mapped by hand. */
export function foldWord(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łıßøæœđ]/g, (c) => FOLD[c] ?? c);
}
const FOLD: Record<string, string> = { ł: 'l', ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd' };

/** The cores a password may hide: the part between its first and last letter, with
 * substitutions undone and word separators dropped — and the same with stand-ins for letters
 * kept at either end (`$ummer`, `hell0`, `s3773mbr3`: `3773` could be `ette` or decoration).
 * None when anything else is inside (`k9#vL` is not a word with decoration; this keeps random
 * strings out). */
export function coresOf(password: string): string[] {
  const folded = foldWord(password.slice(0, CORE_MAX * 2));
  const [, lead = '', inner = '', trail = ''] = EDGES.exec(folded) ?? [];
  const cores = new Set<string>();
  for (let i = 0; i <= lead.length; i++) {
    for (let j = 0; j <= trail.length; j++) {
      const text = lead.slice(lead.length - i) + inner + trail.slice(0, j);
      if (text.length > CORE_MAX) continue;
      for (const one of ['i', 'l']) {
        const core = text
          .replace(/[@403$57!|1]/g, (c) => (c === '1' ? one : (SUBSTITUTIONS[c] ?? c)))
          .replace(/[ ._\-+]/g, '');
        if (core.length >= CORE_MIN && /^\p{L}+$/u.test(core)) cores.add(core);
      }
    }
  }
  return [...cores];
}
/** Stand-ins just before the first letter and just after the last (at most six each), and
 * the letters between. */
const EDGES = /^[^\p{L}]*?([@403$57!|1]{0,6})(\p{L}(?:.*\p{L})?)([@403$57!|1]{0,6})/su;

interface WordIndex {
  exact: Map<string, BasePattern>;
  /** Words of FUZZY_MIN letters or more, by length. */
  byLength: Map<number, [string, BasePattern][]>;
}

let fixed: WordIndex | undefined;

function fixedIndex(): WordIndex {
  fixed ??= indexOf(
    Object.entries(BASE_WORD_LISTS).flatMap(([family, list]) =>
      list.split(/\s+/).map((w): [string, BasePattern] => [w, family as BaseWordFamily]),
    ),
  );
  return fixed;
}

/** First family named wins a word listed twice (`summer`: a season before a common word). */
function indexOf(entries: [string, BasePattern][]): WordIndex {
  const exact = new Map<string, BasePattern>();
  const byLength = new Map<number, [string, BasePattern][]>();
  for (const [raw, family] of entries) {
    const word = foldWord(raw).replace(/[^\p{L}]/gu, '');
    if (word.length < CORE_MIN || exact.has(word)) continue;
    exact.set(word, family);
    if (word.length < FUZZY_MIN) continue;
    const bucket = byLength.get(word.length) ?? [];
    bucket.push([word, family]);
    byLength.set(word.length, bucket);
  }
  return { exact, byLength };
}

/** The base-word pattern the password is built on, or null. The person's and the site's words
 * are tried before the fixed lists, so the notice can say "your name" rather than "a name". */
export function baseWordPattern(
  password: string,
  context: BaseWordContext = {},
): BasePattern | null {
  const cores = coresOf(password);
  if (!cores.length) return null;
  const person = indexOf((context.person ?? []).map((w) => [w, 'your-name']));
  const site = indexOf((context.site ?? []).map((w) => [w, 'site-name']));
  return (
    matchIn(cores, person) ??
    matchIn(cores, site) ??
    (cores.some(isKeyboardWalk) ? 'keyboard' : matchIn(cores, fixedIndex()))
  );
}

/** Exact words first, over every core, before the looser rules: `Marzo1` is a month, not a
 * name one edit away. */
function matchIn(cores: string[], index: WordIndex): BasePattern | null {
  for (const rule of [exactly, decorated, withinOneEdit]) {
    for (const core of cores) {
      const hit = rule(core, index);
      if (hit) return hit;
    }
  }
  return null;
}

function exactly(core: string, index: WordIndex): BasePattern | undefined {
  return index.exact.get(core);
}

/** A word with an initial before or after it (`rfranklin`, `rosalindf`), or followed by a
 * fragment of itself (`thomastho`, `summersummer`). */
function decorated(core: string, index: WordIndex): BasePattern | undefined {
  for (const start of [0, 1]) {
    for (let end = core.length; end - start >= CORE_MIN; end--) {
      const word = core.slice(start, end);
      const family = index.exact.get(word);
      if (!family) continue;
      const rest = core.slice(end);
      if (word.length >= 4 && rest.length <= 1) return family;
      if (start === 0 && rest && word.includes(rest)) return family;
    }
  }
  return undefined;
}

function withinOneEdit(core: string, index: WordIndex): BasePattern | undefined {
  for (const length of [core.length, core.length - 1, core.length + 1]) {
    for (const [word, family] of index.byLength.get(length) ?? []) {
      if (oneEditApart(core, word)) return family;
    }
  }
  return undefined;
}

/** Levenshtein distance ≤ 1, in one pass. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

const WALKS = KEYBOARD_WALKS.flatMap((w) => [w, [...w].reverse().join('')]);

/** Four or more neighbouring keys in a row or column, forwards or backwards. */
function isKeyboardWalk(core: string): boolean {
  return core.length >= 4 && WALKS.some((w) => w.includes(core));
}
