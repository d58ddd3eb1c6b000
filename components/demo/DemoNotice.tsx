/** @module One notice on the demo page: a real `heedful-notice` host in the page's flow, with the
 * dismiss behaviour of the content script's notice board (a dismissed notice returns when its
 * state changes) plus a way back, so an educator can show it again. */
import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StandaloneNotice } from '@/components/notices/standalone';
import type { NoticeCheck } from '@/utils/content/notices';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';

export interface DemoNoticeProps {
  check: NoticeCheck;
  state: string;
  kinds?: string[];
  view(dismiss: () => void): VNode;
}

/** "Learn why" opens the lesson in the popup page, exactly as from a website. */
export const openLesson = (id: string) => () =>
  void sendMessage('openLesson', { id }).catch(() => undefined);

export function DemoNotice({ check, state, kinds, view }: DemoNoticeProps) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Where keyboard focus goes next: the dismiss button vanishes with its notice.
  const [focusTo, setFocusTo] = useState<'again' | 'notice' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const hidden = dismissed === state;

  useEffect(() => {
    if (dismissed !== null && dismissed !== state) setDismissed(null);
  }, [state, dismissed]);

  useEffect(() => {
    if (!focusTo || !box.current) return;
    const target =
      focusTo === 'again'
        ? box.current.querySelector('button')
        : box.current.querySelector('heedful-notice')?.shadowRoot?.querySelector('button');
    target?.focus();
    setFocusTo(null);
  }, [focusTo]);

  const dismiss = () => {
    setDismissed(state);
    setFocusTo('again');
  };

  return (
    <div class="demo-notice" ref={box}>
      {hidden ? (
        <p class="dismissed">
          {t('demoNoticeHidden')}{' '}
          <button
            type="button"
            onClick={() => {
              setDismissed(null);
              setFocusTo('notice');
            }}
          >
            {t('demoShowAgain')}
          </button>
        </p>
      ) : (
        <StandaloneNotice check={check} state={state} kinds={kinds} view={view(dismiss)} />
      )}
    </div>
  );
}
