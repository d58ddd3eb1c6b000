/** @module The note next to anything an organisation's policy decides. */
import { t } from '@/utils/i18n';

export function LockedNote() {
  return <span class="locked"> {t('optionsLockedNote')}</span>;
}
