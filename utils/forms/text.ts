/** @module Bounded text reading and normalisation. Pages are hostile: a label can be megabytes
 * and a table can nest forever, so every read here stops after a fixed number of characters and
 * nodes. Works on any DOM (browser or linkedom): no `innerText`, layout or computed style. */

/** Longest text kept from one signal; labels that matter are short. */
export const MAX_TEXT = 120;
const MAX_NODES = 60;
/** Content that never labels a field (and option lists would drown the label). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'NOSCRIPT',
  'TEMPLATE',
]);
const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  ı: 'i',
  đ: 'd',
  œ: 'oe',
};

/** Lowercase words without accents: `Straße`→`strasse`, `billingZipCode`→`billing zip code`,
 * `E-Mail*`→`e mail`. Keeps letters of every script so non-Latin labels still compare. */
export function normalize(text: string): string {
  if (!text) return '';
  let out = text.slice(0, MAX_TEXT * 2);
  if (/[a-z][A-Z]/.test(out)) out = out.replace(/([a-z])([A-Z])/g, '$1 $2');
  if (/[a-zA-Z]\d/.test(out)) out = out.replace(/([a-zA-Z])(\d)/g, '$1 $2');
  out = out.toLowerCase();
  // Most labels are ASCII: skip the costly Unicode work for them (this runs ~7 times a field).
  if (/[^ -~]/.test(out))
    out = out
      .replace(/[ßłøæıđœ]/g, (c) => SPECIAL[c] ?? c)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}']+/gu, ' ');
  else out = out.replace(/[^a-z0-9']+/g, ' ');
  return out.trim().slice(0, MAX_TEXT);
}

/** How texts leave the DOM side: `normalize`d (the CLI, the demo page), or as read, cut to the
 * length `normalize` looks at (a live page: the background normalises, `normalize-later.ts`).
 * `normalize(keepRaw(x))` is `normalize(x)`. */
export type Norm = (text: string) => string;
export const keepRaw: Norm = (text) => (text ? text.slice(0, MAX_TEXT * 2) : '');

/** Whether `normalize(text)` is not empty, mostly without normalising: an ASCII letter or digit
 * always survives it. */
export function hasWords(text: string): boolean {
  return /[a-z0-9]/i.test(text.slice(0, MAX_TEXT * 2)) || normalize(text) !== '';
}

/** The text inside `node`, reading at most MAX_NODES nodes. When `stopAtField` is set, a field
 * inside ends the read (its own label belongs to it, not to us): returns what came before. */
export function boundedText(node: Node, stopAtField = false): string {
  let out = '';
  let visited = 0;
  const walk = (n: Node): boolean => {
    if (++visited > MAX_NODES || out.length > MAX_TEXT) return false;
    if (n.nodeType === 3) {
      out += ` ${n.nodeValue ?? ''}`;
      return true;
    }
    if (n.nodeType !== 1) return true;
    const tag = (n as Element).tagName.toUpperCase();
    if (stopAtField && FIELD_TAGS.has(tag)) return false;
    if (SKIPPED.has(tag)) return true;
    for (let c = n.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
    return true;
  };
  walk(node);
  return out.trim().slice(0, MAX_TEXT * 2);
}

/** Whether `node` holds a field, looking at no more than MAX_NODES nodes (unknown counts as yes,
 * so a huge sibling is never taken for a label). */
export function holdsField(node: Node): boolean {
  let visited = 0;
  const walk = (n: Node): boolean => {
    if (++visited > MAX_NODES) return true;
    if (n.nodeType !== 1) return false;
    if (FIELD_TAGS.has((n as Element).tagName.toUpperCase())) return true;
    for (let c = n.firstChild; c; c = c.nextSibling) if (walk(c)) return true;
    return false;
  };
  return walk(node);
}
