/** @module The sentences of `insecure-form`, from codes only (see `oversized-form/wording.ts`). */
import type { Translate } from '../../i18n';
import type { FindingFacts } from '../findings';
import { kindList, knownKinds } from '../oversized-form/wording';

/** Null when the facts do not say enough (an older stored shape). */
export function insecureWording(facts: FindingFacts, t: Translate): string | null {
  if (facts.code === 'insecure-page')
    return knownKinds(facts.kinds) ? t('formsInsecurePage', [kindList(facts.kinds, t)]) : null;
  const host = facts.hosts?.[0];
  if (facts.code === 'http-action' && host) return t('formsInsecureAction', [host]);
  return null;
}
