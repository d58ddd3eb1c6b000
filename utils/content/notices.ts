/** @module The notice board: one `heedful-notice` shadow-root host per (anchor, check), kept
 * readable and in place even when the page styles, removes or moves it. */
import { render, type VNode } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NOTICE_CSS } from '@/components/notices/styles';
import { placeHost, styleHost, type Placement } from './position';
import { throttle } from './throttle';

export type NoticeCheck =
  'password-strength' | 'breached-password' | 'oversized-form' | 'insecure-form';

export interface NoticeContent {
  /** `data-state` on the host. */
  state: string;
  /** `data-kinds` on the host (oversized forms). */
  kinds?: string[];
  view(dismiss: () => void): VNode;
}

interface Entry {
  anchor: Element;
  check: NoticeCheck;
  content: NoticeContent;
  ui?: ShadowRootContentScriptUi<void>;
  /** The state the user dismissed; the notice returns only when the state changes. */
  dismissed?: string;
  restores: number;
}

/** Stacking order under one anchor. */
const ORDER: NoticeCheck[] = [
  'password-strength',
  'breached-password',
  'insecure-form',
  'oversized-form',
];
/** A page that keeps deleting notices wins eventually; we don't fight forever: per notice, and
 * for the whole page (a tug of war on every keystroke made Firefox drop key presses). */
const MAX_RESTORES = 20;
const MAX_RESTORES_PER_PAGE = 40;

export class NoticeBoard {
  private entries = new Map<Element, Map<NoticeCheck, Entry>>();
  private reposition = throttle(() => this.layout(), 50);
  private restoresLeft = MAX_RESTORES_PER_PAGE;

  constructor(private ctx: ContentScriptContext) {
    ctx.addEventListener(window, 'scroll', this.reposition, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', this.reposition, { passive: true });
    const guard = new MutationObserver(() => this.restore());
    guard.observe(document.documentElement, { childList: true });
    ctx.onInvalidated(() => guard.disconnect());
  }

  show(anchor: Element, check: NoticeCheck, content: NoticeContent): void {
    let byCheck = this.entries.get(anchor);
    if (!byCheck) this.entries.set(anchor, (byCheck = new Map()));
    const entry = byCheck.get(check) ?? { anchor, check, content, restores: 0 };
    byCheck.set(check, entry);
    entry.content = content;
    if (entry.dismissed !== undefined && entry.dismissed !== content.state)
      entry.dismissed = undefined;
    if (entry.dismissed !== undefined) return;
    if (entry.ui) this.paint(entry);
    else void this.create(entry);
  }

  hide(anchor: Element, check: NoticeCheck): void {
    const byCheck = this.entries.get(anchor);
    const entry = byCheck?.get(check);
    if (!byCheck || !entry) return;
    byCheck.delete(check);
    // The last notice of an anchor gone: let the element go too (a page may drop it).
    if (byCheck.size === 0) this.entries.delete(anchor);
    entry.ui?.remove();
    this.reposition();
  }

  /** Removes every notice whose anchor is not in `keep` (forms that left the page). */
  retain(check: NoticeCheck, keep: Set<Element>): void {
    for (const [anchor, byCheck] of this.entries)
      if (byCheck.has(check) && !keep.has(anchor)) this.hide(anchor, check);
  }

  clear(): void {
    for (const [anchor, byCheck] of [...this.entries])
      for (const check of [...byCheck.keys()]) this.hide(anchor, check);
  }

  private async create(entry: Entry): Promise<void> {
    const ui = await createShadowRootUi<void>(this.ctx, {
      name: 'heedful-notice',
      position: 'inline',
      css: NOTICE_CSS,
      append: (_anchor, host) => document.documentElement.append(host),
      onMount: () => undefined,
    });
    // Hidden or replaced while we were creating it.
    if (this.entries.get(entry.anchor)?.get(entry.check) !== entry || entry.ui) return;
    entry.ui = ui;
    ui.mount();
    styleHost(ui.shadowHost);
    ui.shadowHost.dataset.check = entry.check;
    this.paint(entry);
  }

  private paint(entry: Entry): void {
    const host = entry.ui!.shadowHost;
    const { content } = entry;
    host.dataset.state = content.state;
    if (content.kinds) host.dataset.kinds = content.kinds.join(' ');
    else delete host.dataset.kinds;
    if (!host.isConnected && this.restoresLeft > 0) {
      this.restoresLeft--;
      document.documentElement.append(host);
    }
    render(
      content.view(() => this.dismiss(entry)),
      entry.ui!.uiContainer,
    );
    this.layout();
  }

  private dismiss(entry: Entry): void {
    entry.dismissed = entry.content.state;
    entry.ui?.remove();
    entry.ui = undefined;
    this.layout();
  }

  /** Puts back notices the page removed or moved, a bounded number of times. */
  private restore(): void {
    for (const byCheck of this.entries.values()) {
      for (const entry of byCheck.values()) {
        const host = entry.ui?.shadowHost;
        if (!host || host.parentNode === document.documentElement) continue;
        if (entry.restores++ >= MAX_RESTORES || this.restoresLeft <= 0) continue;
        this.restoresLeft--;
        document.documentElement.append(host);
        styleHost(host);
      }
    }
    this.reposition();
  }

  private layout(): void {
    for (const [anchor, byCheck] of this.entries) {
      if (!anchor.isConnected) {
        for (const check of [...byCheck.keys()]) this.hide(anchor, check);
        continue;
      }
      const placement: Placement = anchor instanceof HTMLFormElement ? 'above' : 'below';
      let offset = 0;
      for (const check of ORDER) {
        const host = byCheck.get(check)?.ui?.shadowHost;
        if (!host?.isConnected) continue;
        placeHost(host, anchor, placement, offset);
        offset += host.getBoundingClientRect().height + 4;
      }
    }
  }
}
