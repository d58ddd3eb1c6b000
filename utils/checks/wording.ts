/** @module Every check's sentence, written from a finding's codes and counts: the checks use it
 * when they find something, and tab reports when they are shown, so what `storage.session`
 * keeps is never text. Keyed by id: a registered check without its wording does not compile. */
import type { Translate } from '../i18n';
import { breachWording } from './breached-password/wording';
import type { FindingFacts } from './findings';
import type { CheckId } from './index';
import { insecureWording } from './insecure-form/wording';
import { oversizedWording } from './oversized-form/wording';
import { passwordFieldWording } from './password-field/wording';
import { reuseWording } from './password-reuse/wording';
import { strengthWording } from './password-strength/wording';

type Wording = (facts: FindingFacts, t: Translate) => string | null;

export const WORDING: { readonly [Id in CheckId]: Wording } = {
  'password-strength': strengthWording,
  'breached-password': breachWording,
  'password-reuse': reuseWording,
  'insecure-form': insecureWording,
  'oversized-form': oversizedWording,
  'password-field': passwordFieldWording,
  // Its news has a card of its own in the popup, never a finding.
  'mfa-available': () => null,
};

/** The finding's sentence; null when its facts do not say enough to write it. */
export function findingMessage(facts: FindingFacts, t: Translate): string | null {
  return Object.hasOwn(WORDING, facts.check) ? WORDING[facts.check](facts, t) : null;
}
