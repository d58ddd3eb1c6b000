/** @module The words that tell a new password (sign-up, change: "confirm", "neues", "répéter")
 * from the current one (login, change: "current", "altes", "actuel"), in the nine languages of
 * `keywords.ts`. One list for the content script (which notice a password field gets) and the
 * forms analysis (what a form is for). Matched against lowercase text without accents (see
 * `text.ts` `normalize`; the content script folds the same way): `bestätigen` → `bestatigen`.
 * Small on purpose: unlike `keywords.ts`, this ships in the content script. */

/** Prefixes: `new` also matches `newpassword`, `wiederhol` matches `wiederholen`. */
export const NEW_PASSWORD_WORDS =
  /\b(new|confirm|conferm|repeat|retype|re ?enter|again|verify|create|choose|register|sign ?up|neu|wiederhol|bestatig|nouveau|nouvel|nuev|repet|repit|nuov|ripet|nieuw|herhaal|bevestig|nova|novo|nowe|powtorz|yeni|tekrar)/;

/** Prefixes, plus short words that must stand alone (`alt` is not `alter`, German for age). */
export const CURRENT_PASSWORD_WORDS =
  /\b(current|existing|aktuell|bisherig|actuel|ancien|actual|anterior|attuale|vecchi|huidig|atual|antig|obecn|aktualn|mevcut)|\b(old|alt|alte|altes|oud|oude|stare|eski)\b/;
