/** @module The check registry: the one list of Heedful's checks. Ids, settings defaults, the
 * content script's off-map, notice order and states, tab-report sources, the options page, the
 * managed-policy schema and the locale keys all follow from it (tests/unit/checks/registry.test.tsx
 * holds each check to all of its parts). Light: metas only, safe for the content script; the
 * implementations are listed in `form-checks.ts`, `password-checks.ts` and `site-checks.ts`.
 * Adding a check: docs/adding-a-check.md. */
import { breachedPassword } from './breached-password/meta';
import { insecureForm } from './insecure-form/meta';
import { mfaAvailable } from './mfa-available/meta';
import { oversizedForm } from './oversized-form/meta';
import { passwordField } from './password-field/meta';
import { passwordReuse } from './password-reuse/meta';
import { passwordStrength } from './password-strength/meta';

export type {
  CheckKind,
  CheckMeta,
  FormCheck,
  FormCheckContext,
  PasswordCheck,
  SiteCheck,
} from './types';

/** In this order: the options page lists them, and notices on one anchor stack. */
export const CHECKS = [
  passwordStrength,
  breachedPassword,
  passwordReuse,
  insecureForm,
  oversizedForm,
  passwordField,
  mfaAvailable,
] as const;

type AnyCheck = (typeof CHECKS)[number];
export type CheckId = AnyCheck['id'];
export type FormCheckId = Extract<AnyCheck, { kind: 'form' }>['id'];
export type PasswordCheckId = Extract<AnyCheck, { kind: 'password' }>['id'];
export type SiteCheckId = Extract<AnyCheck, { kind: 'site' }>['id'];
/** Checks that show in-page notices (at least one state). */
export type NoticeCheck = Extract<AnyCheck, { states: readonly [string, ...string[]] }>['id'];
/** The `data-state` values of one check's notice. */
export type NoticeState<Id extends CheckId> = Extract<AnyCheck, { id: Id }>['states'][number];

export const CHECK_IDS: readonly CheckId[] = CHECKS.map((check) => check.id);

export const NOTICE_CHECKS: readonly NoticeCheck[] = CHECKS.filter((check) =>
  hasNotice(check.id),
).map((check) => check.id as NoticeCheck);

export function checkById(id: CheckId): AnyCheck {
  return CHECKS.find((check) => check.id === id)!;
}

function hasNotice(id: CheckId): id is NoticeCheck {
  return checkById(id).states.length > 0;
}

/** The state of a form check's notice: a form check has one "flagged" state. */
export function formNoticeState(id: CheckId): string | undefined {
  const check = checkById(id);
  return check.kind === 'form' ? check.states[0] : undefined;
}

/** `value` for every check: the off-map, and any other all-one-way map. */
export function everyCheck<T>(value: (id: CheckId) => T): Record<CheckId, T> {
  return Object.fromEntries(CHECKS.map((check) => [check.id, value(check.id)])) as Record<
    CheckId,
    T
  >;
}

export const DEFAULT_CHECKS: Readonly<Record<CheckId, boolean>> = Object.freeze(
  everyCheck((id) => checkById(id).defaultOn),
);

/** Message keys hold only [A-Za-z0-9_]; check ids use hyphens. Every check has `name` and
 * `hint` (options page); a form check with a notice has `noticeTitle` and may have `noticeFix`
 * (one concrete thing to do, shown under its message). */
export function checkMessageKey(
  id: CheckId,
  part: 'name' | 'hint' | 'noticeTitle' | 'noticeFix',
): string {
  const base = id.replace(/-/g, '_');
  if (part === 'name') return `optionsCheck_${base}`;
  if (part === 'hint') return `optionsCheck_${base}_hint`;
  return `${part}_${base}`;
}
