/** @module Calm: which notices are worth a person's attention. One stack per form (a confirm
 * field repeats nothing), silence on logins when a breach check finds nothing, one page-level
 * "not secure" notice, and nothing about forms a person cannot see. */
import type { Finding } from '@/utils/checks/findings';
import { isPasswordInput, passwordRole } from './password-fields';
import { isRendered } from './visibility';

/** A second new-password field in the same form (confirm, repeat): the first one speaks. */
export function isRepeatPassword(field: HTMLInputElement): boolean {
  if (passwordRole(field) !== 'new') return false;
  const scope: ParentNode = field.form ?? (field.getRootNode() as Document | ShadowRoot);
  for (const other of scope.querySelectorAll('input')) {
    if (other === field) return false;
    if (isPasswordInput(other) && passwordRole(other) === 'new') return true;
  }
  return false;
}

/** On a login, only a breach is news; "checking" and "not found" would be noise on every sign-in. */
export function isQuietBreachState(field: HTMLInputElement, state: string): boolean {
  return passwordRole(field) === 'current' && (state === 'not-found' || state === 'checking');
}

/**
 * The form findings to show. On a non-secure page the insecure notice is about the page: one,
 * at the first visible form with a password or sensitive field. Forms with nothing sensitive
 * never count there, and forms a person cannot see are not judged until they can.
 */
export function calmFindings(
  findings: readonly Finding[],
  isSecureContext: boolean,
  anchorFor: (finding: Finding) => Element | null,
): { finding: Finding; anchor: Element }[] {
  const shown: { finding: Finding; anchor: Element }[] = [];
  let pageNotice = false;
  for (const finding of findings) {
    const anchor = anchorFor(finding);
    if (!anchor || !isRendered(anchor)) continue;
    if (finding.check === 'insecure-form' && !isSecureContext) {
      if (pageNotice || !finding.kinds?.length) continue;
      pageNotice = true;
    }
    shown.push({ finding, anchor });
  }
  return shown;
}
