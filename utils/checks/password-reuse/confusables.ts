/** @module A compact skeleton after Unicode TR39 (confusables.txt): the letters of other scripts
 * that look like Latin letters in a URL bar, mapped to the Latin letters they imitate. */

/** Source → prototype; only what looks Latin in common URL-bar fonts. Lowercase hosts only
 * reach us (IDNA folds case), but capitals cost nothing and cover other callers. */
// prettier-ignore
const MAP: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h',
  о: 'o', р: 'p', ԛ: 'q', с: 'c', ѕ: 's', т: 't', у: 'y', ү: 'y', х: 'x', ԝ: 'w', ԁ: 'd',
  ɡ: 'g', ь: 'b', п: 'n', г: 'r', ӏ: 'l', А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h',
  О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x', Ѕ: 's', І: 'l', Ј: 'j', Ү: 'y', Ԁ: 'd', Ԛ: 'q',
  Ԝ: 'w',
  // Greek
  α: 'a', ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', χ: 'x', ϲ: 'c', ϳ: 'j', τ: 't', υ: 'u',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'l', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p',
  Τ: 't', Υ: 'y', Χ: 'x',
  // Armenian, Latin extensions, symbols
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', ı: 'i', ɩ: 'i', ɑ: 'a', ǀ: 'l', '|': 'l',
  // ASCII look-alikes
  '0': 'o', '1': 'l', I: 'l',
};

/** Latin sequences TR39 maps the other way round: `m` and `rn` share the skeleton `rn`. */
const SEQUENCES: [RegExp, string][] = [
  [/m/g, 'rn'],
  [/w/g, 'vv'],
  [/d/g, 'cl'],
];

/** A string's skeleton: two strings with equal skeletons look alike. Compatibility forms
 * (fullwidth `ｐ`, `ℓ`) fold through NFKD; accents are dropped (stricter than TR39, on purpose:
 * `pãypal` should not pass as a different name). */
export function skeleton(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKD').replace(/\p{M}/gu, ''))
    out += MAP[char] ?? char.toLowerCase();
  for (const [pattern, replacement] of SEQUENCES) out = out.replace(pattern, replacement);
  return out;
}
