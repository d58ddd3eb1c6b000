/** @module The contract every check signs. A check is a folder `utils/checks/<id>/` with a
 * light `meta.ts` (what the rest of the extension needs to know about it: id, kind, lesson,
 * notice states, default) and a `check.ts` (what it does, in the shape of its kind). The
 * registry (`index.ts`) lists the metas; `form-checks.ts`, `password-checks.ts` and
 * `site-checks.ts` list the
 * implementations, typed so that a registered check without one does not compile. */
import type { FormAnalysis } from '../forms/types';
import type { Translate } from '../i18n';
import type { LessonId } from '../lessons/lessons';
import type { Finding } from './findings';

/** `form`: judges the page's analysed forms. `password`: judges one typed password. `site`:
 * judges the site a person just signed in to (by its host name, never by anything typed). */
export type CheckKind = 'form' | 'password' | 'site';

export interface CheckMeta<Id extends string = string> {
  id: Id;
  kind: CheckKind;
  /** The lesson that explains what it finds; its findings point there. */
  lesson: LessonId;
  /** `data-state` values of its in-page notice (notice contract, docs/notice-contract.md). A form
   * check's notice shows its first state. None: the check reports to the popup's page report only. */
  states: readonly string[];
  /** On or off for someone who never opened the options page. */
  defaultOn: boolean;
}

/** Identity with literal types kept, so ids and states become types the compiler checks. */
export function defineCheck<const M extends CheckMeta>(meta: M): M {
  return meta;
}

/** What every form check is given besides the forms. */
export interface FormCheckContext {
  /** `window.isSecureContext` of the page (`isSecureUrl` for Node). */
  isSecureContext: boolean;
  t: Translate;
}

export interface FormCheck<Id extends string = string> extends CheckMeta<Id> {
  kind: 'form';
  run(forms: readonly FormAnalysis[], context: FormCheckContext): Finding[];
}

/** A password check runs in the background: `run` answers for one password (and may use the
 * network); `findings` turns that answer into what the popup's page report and the badge show.
 * Neither a finding nor a result ever holds the password or its full hash. */
export interface PasswordCheck<
  Id extends string = string,
  Result = unknown,
  Context = unknown,
> extends CheckMeta<Id> {
  kind: 'password';
  run(password: string, context: Context): Result | Promise<Result>;
  findings(result: Result, context: { t: Translate }): Finding[];
}

/** A site check runs in the background on the host name of a page where a person signed in:
 * `run` answers for that host; `findings` turns the answer into page-report lines (none when the
 * answer is not a problem on the page, as "two-step sign-in is available" is not). */
export interface SiteCheck<Id extends string = string, Result = unknown> extends CheckMeta<Id> {
  kind: 'site';
  run(hostname: string): Result;
  findings(result: Result, context: { t: Translate }): Finding[];
}
