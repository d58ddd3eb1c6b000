/** @module Two-step methods in the reader's words: "authenticator app, security key or text
 * message". Shared by the notice, the popup and the demo. */
import type { Method } from '@/utils/checks/mfa-available/methods';
import type { Translate } from '@/utils/i18n';

/** Message keys cannot contain hyphens. */
export const methodKey = (method: Method) => `mfaMethod_${method.replace(/-/g, '_')}`;

export function methodWords(methods: readonly Method[], t: Translate): string {
  const words = methods.map((m) => t(methodKey(m)));
  if (words.length <= 1) return words.join('');
  return t('mfaMethodList', [words.slice(0, -1).join(', '), words.at(-1)!]);
}
