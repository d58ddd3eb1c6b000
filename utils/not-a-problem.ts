/** @module "Not a problem here": a person's word that a check's form notice is a false alarm on
 * one site. Kept in `local:notAProblem` as `{ site, check }` pairs, on this device only; the
 * content script skips those notices, and the popup lists them with an undo. Read back through
 * `normalizeNotAProblem`, because storage can hold anything. */
import { normalizeSite } from './settings-model';

export const NOT_A_PROBLEM_KEY = 'notAProblem';
/** Form notices are the ones a site can get wrong about itself (a survey that really needs a
 * birth date); password notices are about the password, not the site, so they have no opt-out. */
export const NOT_A_PROBLEM_CHECKS = ['oversized-form', 'insecure-form'] as const;
export type NotAProblemCheck = (typeof NOT_A_PROBLEM_CHECKS)[number];
/** Enough for anyone; a bound so a runaway writer cannot grow storage without end. */
const MAX_ENTRIES = 500;

export interface NotAProblem {
  site: string;
  check: NotAProblemCheck;
}

export function isNotAProblemCheck(value: unknown): value is NotAProblemCheck {
  return NOT_A_PROBLEM_CHECKS.includes(value as NotAProblemCheck);
}

export function normalizeNotAProblem(raw: unknown): NotAProblem[] {
  if (!Array.isArray(raw)) return [];
  const out: NotAProblem[] = [];
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { site, check } = entry as Record<string, unknown>;
    const host = typeof site === 'string' ? normalizeSite(site) : null;
    if (host && isNotAProblemCheck(check) && !has(out, host, check))
      out.push({ site: host, check });
  }
  return out.slice(-MAX_ENTRIES);
}

export function has(list: readonly NotAProblem[], site: string, check: string): boolean {
  return list.some((e) => e.site === site && e.check === check);
}

export function withNotAProblem(list: readonly NotAProblem[], site: string, check: string) {
  const host = normalizeSite(site);
  if (!host || !isNotAProblemCheck(check) || has(list, host, check)) return [...list];
  return [...list, { site: host, check }].slice(-MAX_ENTRIES);
}

export function withoutNotAProblem(list: readonly NotAProblem[], site: string, check: string) {
  const host = normalizeSite(site);
  return list.filter((e) => !(e.site === host && e.check === check));
}

/** The checks marked "not a problem" on `site`. */
export async function notAProblemOn(site: string): Promise<Set<string>> {
  const host = normalizeSite(site);
  const list = normalizeNotAProblem(
    (await browser.storage.local.get(NOT_A_PROBLEM_KEY))[NOT_A_PROBLEM_KEY],
  );
  return new Set(list.filter((e) => e.site === host).map((e) => e.check));
}

/** Read, repair, change, save: other pages may have written in between. */
export async function editNotAProblem(
  change: (list: NotAProblem[]) => NotAProblem[],
): Promise<void> {
  const raw = (await browser.storage.local.get(NOT_A_PROBLEM_KEY))[NOT_A_PROBLEM_KEY];
  await browser.storage.local.set({ [NOT_A_PROBLEM_KEY]: change(normalizeNotAProblem(raw)) });
}
