/** @module The sentences of `password-reuse`: they name the other site (never the password or its
 * tag), from codes and host names only (see `oversized-form/wording.ts`). */
import type { Translate } from '../../i18n';
import type { FindingFacts } from '../findings';

/** Null when the facts do not say enough (an older stored shape). */
export function reuseWording(facts: FindingFacts, t: Translate): string | null {
  const hosts = facts.hosts ?? [];
  if (!hosts.length) return null;
  if (facts.code === 'reused')
    return `${t('reuseReusedBody', [hosts.join(', ')])} ${t('reuseReusedAdvice')}`;
  if (facts.code === 'lookalike') return t('reuseLookalikeBody', [hosts[0]!]);
  return null;
}
