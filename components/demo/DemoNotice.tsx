/** @module One notice on the demo page: a real `heedful-notice` host placed beside its sample
 * field or form by the content script's own placement code (`utils/content/layer.ts`,
 * `position.ts`), with the dismiss behaviour of the notice board (a dismissed notice returns
 * when its state changes) plus a way back, so an educator can show it again. Where the notice
 * lands, the demo keeps an empty room of its height, so it never covers the explanations. */
import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StandaloneNotice } from '@/components/notices/standalone';
import { GAP } from '@/utils/content/position';
import type { NoticeCheck } from '@/utils/content/notices';
import { t } from '@/utils/i18n';
import { openLesson as open } from '@/utils/lessons/open';

export interface DemoNoticeProps {
  check: NoticeCheck;
  state: string;
  kinds?: string[];
  view(dismiss: () => void): VNode;
  /** The sample field or form the notice is about. */
  anchor(): Element | null;
}

/** "Learn why" opens the lesson in the popup page, exactly as from a website. */
export const openLesson = (id: string) => () => open(id);

export function DemoNotice({ check, state, kinds, view, anchor }: DemoNoticeProps) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Where keyboard focus goes next: the dismiss button vanishes with its notice.
  const [focusTo, setFocusTo] = useState<'again' | 'notice' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLElement | null>(null);
  const sizes = useRef<ResizeObserver | null>(null);
  const hidden = dismissed === state;

  useEffect(() => {
    if (dismissed !== null && dismissed !== state) setDismissed(null);
  }, [state, dismissed]);

  useEffect(() => {
    if (!focusTo || !box.current) return;
    const find = () =>
      focusTo === 'again'
        ? box.current?.querySelector('button')
        : host.current?.shadowRoot?.querySelector('button');
    focusWhenReady(find);
    setFocusTo(null);
  }, [focusTo]);

  useEffect(() => () => sizes.current?.disconnect(), []);

  // Escape dismisses the notice of the focused sample field (or form, or of the notice focus is
  // in), as the notice board does on websites.
  useEffect(() => {
    if (hidden) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.composedPath()[0];
      const about = anchor();
      const inNotice = host.current?.shadowRoot?.contains(target as Node) ?? false;
      if (!inNotice && !(about && target instanceof Node && about.contains(target))) return;
      dismiss();
    };
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  });

  /** The room keeps the notice's last shown height: it hides while its sample is out of view,
   * and the page must not jump when it comes back. */
  const onHost = (created: HTMLElement | null) => {
    host.current = created;
    sizes.current?.disconnect();
    if (!created) return;
    let first = true;
    sizes.current = new ResizeObserver(() => {
      const height = created.getBoundingClientRect().height;
      if (!height || !box.current) return;
      box.current.style.minHeight = `${Math.ceil(height) + GAP}px`;
      // Its first showing, while the person works in its sample: bring the room into view, so
      // the notice lands in it rather than flipping to the other side, over the text there.
      const about = anchor();
      const active = document.activeElement;
      if (first && about && active && about.contains(active))
        box.current.scrollIntoView({ block: 'nearest' });
      first = false;
    });
    sizes.current.observe(created);
  };

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
        <StandaloneNotice
          check={check}
          state={state}
          kinds={kinds}
          view={view(dismiss)}
          anchor={anchor}
          onHost={onHost}
        />
      )}
    </div>
  );
}

/** A notice's text and buttons arrive a couple of frames after it shows (its live region is
 * drawn empty first, `NoticeFrame`): focus waits for them, briefly. */
function focusWhenReady(find: () => HTMLElement | null | undefined, tries = 20): void {
  const target = find();
  if (target) return target.focus();
  if (tries > 0) setTimeout(() => focusWhenReady(find, tries - 1), 50);
}
