/** @module The box that stands for "a website": what is inside is the sample, what is outside
 * is the demo's own explanation. The caption is visible so the audience can tell them apart.
 * Heedful's notices float in the top layer beside their field or form, as on a website; the
 * frame keeps an empty room where they land (below a field, above a form) so that they cover
 * neither the sample nor the explanations. */
import type { ComponentChildren, Ref } from 'preact';
import { t } from '@/utils/i18n';

export interface SampleFrameProps {
  id: string;
  /** The sample itself: what a website would show. */
  children: ComponentChildren;
  /** Heedful's notices about it: the room their anchored notices land in. */
  notices?: ComponentChildren;
  /** The room goes above the sample (form notices sit at their form's top edge), not below it
   * (a field's notices sit below the field, the sample's last element). */
  noticesFirst?: boolean;
  /** The address the sample pretends to be served from, shown like a browser's. */
  address?: { url: string; secure: boolean };
  frameRef?: Ref<HTMLDivElement>;
}

export function SampleFrame(props: SampleFrameProps) {
  const { id, address } = props;
  const page = (
    <div class="frame-page" key="page">
      {props.children}
    </div>
  );
  const aside = (
    <div class="frame-notices" key="notices">
      {props.notices}
    </div>
  );
  return (
    <div class="sample-frame" role="group" aria-labelledby={`${id}-caption`} ref={props.frameRef}>
      <p class="frame-caption" id={`${id}-caption`}>
        {t('demoSampleLabel')}
      </p>
      {address && (
        <p class="fake-address">
          <span class="fake-address-label">{t('demoAddressLabel')}</span>{' '}
          <span class="fake-address-url" data-secure={String(address.secure)}>
            {address.url}
          </span>
        </p>
      )}
      <div class="frame-body">{props.noticesFirst ? [aside, page] : [page, aside]}</div>
    </div>
  );
}
