/** @module The page report's sentence for `password-strength`: fixed, it names nothing typed. */
import type { Translate } from '../../i18n';

export const strengthWording = (_facts: unknown, t: Translate): string => t('pwReportWeak');
