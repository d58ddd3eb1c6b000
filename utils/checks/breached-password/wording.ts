/** @module The page report's sentence for `breached-password`: fixed, no count, no hash. */
import type { Translate } from '../../i18n';

export const breachWording = (_facts: unknown, t: Translate): string => t('breachReportFound');
