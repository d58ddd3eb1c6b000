/** @module Notices outside the content script (the demo page): the same `heedful-notice` host,
 * open shadow root, styles and components, built without WXT's content-script UI helper, which
 * needs a content-script context that extension pages do not have. */
import { render, type VNode } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { NoticeCheck } from '@/utils/content/notices';
import { anchorHost, relayout } from './anchored';
import { ANCHORED_HOST_CSS, NOTICE_CSS } from './styles';

/** What `createShadowRootUi` puts first, so a notice here looks exactly like one on a page. */
const HOST_RESET = ':host{all:initial !important;}';
/** An extension page may enlarge its anchored notices as a whole (the demo's presentation mode)
 * through an inherited custom property, which the host's reset leaves alone. */
const PAGE_ZOOM = '.notice{zoom:var(--heedful-page-zoom,1)}';

export interface NoticeHostContent {
  /** `data-state` on the host. */
  state: string;
  /** `data-kinds` on the host (oversized forms). */
  kinds?: string[];
  view: VNode;
}

export interface NoticeHost {
  host: HTMLElement;
  paint(content: NoticeHostContent): void;
  /** Unmounts the view (running its cleanups) and detaches the host. */
  remove(): void;
}

/** A detached `heedful-notice` host laid out as `createShadowRootUi` lays it out
 * (`html > head > style` and `body` inside the shadow root): tests and assistive tech read
 * both kinds of notice the same way. */
export function createNoticeHost(
  check: NoticeCheck,
  doc: Document = document,
  anchored = false,
): NoticeHost {
  const host = doc.createElement('heedful-notice');
  const shadow = host.attachShadow({ mode: 'open' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const style = doc.createElement('style');
  const body = doc.createElement('body');
  style.textContent = anchored
    ? HOST_RESET + ANCHORED_HOST_CSS + NOTICE_CSS + PAGE_ZOOM
    : HOST_RESET + NOTICE_CSS;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  host.dataset.check = check;
  return {
    host,
    paint({ state, kinds, view }) {
      host.dataset.state = state;
      if (kinds?.length) host.dataset.kinds = kinds.join(' ');
      else delete host.dataset.kinds;
      render(view, body);
    },
    remove() {
      render(null, body);
      host.remove();
    },
  };
}

export interface StandaloneNoticeProps extends NoticeHostContent {
  check: NoticeCheck;
  /** What the notice is about: placed beside it as on a website, in the top layer. */
  anchor: () => Element | null;
  /** The host, when created and removed (to move focus into it, to reserve room for it). */
  onHost?(host: HTMLElement | null): void;
}

/** A notice on an extension page, kept in sync with its props, placed beside its anchor by the
 * content script's own placement code. Without an anchor (not rendered yet), in the flow. */
export function StandaloneNotice(props: StandaloneNoticeProps) {
  const { check, state, kinds, view, anchor, onHost } = props;
  const slot = useRef<HTMLDivElement>(null);
  const notice = useRef<NoticeHost | null>(null);

  useLayoutEffect(() => {
    const target = anchor();
    const created = createNoticeHost(check, slot.current!.ownerDocument, !!target);
    slot.current!.append(created.host);
    const release = target ? anchorHost(created.host, target) : () => undefined;
    notice.current = created;
    onHost?.(created.host);
    return () => {
      release();
      created.remove();
      notice.current = null;
      onHost?.(null);
    };
  }, [check]);

  // Layout effects run in order, so the host exists before the first paint.
  useLayoutEffect(() => {
    notice.current?.paint({ state, kinds, view });
    relayout();
  });

  return <div class="notice-slot" ref={slot} />;
}
