/** @module The notice board: one `heedful-notice` shadow-root host per (anchor, check), shown in
 * the top layer (`popover`) beside what it is about, kept readable and in place even when the
 * page styles, removes or moves it. Part of the notice UI (`entrypoints/notices.ts`): the
 * engine talks to it through `lazy-board.ts`, which loads it with the first notice. */
import { render } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { draw } from '@/components/notices/draw';
import { ANCHORED_HOST_CSS, NOTICE_CSS } from '@/components/notices/styles';
import { NOTICE_CHECKS, type NoticeCheck } from '@/utils/checks';
import type { PageContext } from './context';
import { Layer, type Stack } from './layer';
import type { Board, NoticeContent } from './notice-drawing';
import { moveFocus } from './notice-keys';
import { eventTarget } from './roots';

export type { NoticeCheck } from '@/utils/checks';
export type { NoticeContent } from './notice-drawing';

interface Entry {
  anchor: Element;
  check: NoticeCheck;
  content: NoticeContent;
  ui?: ShadowRootContentScriptUi<void>;
  restores: number;
}

/** Stacking order under one anchor: the registry's. */
const ORDER: readonly NoticeCheck[] = NOTICE_CHECKS;
/** Checks not in `ORDER` stack after the others rather than not at all. */
const rank = (check: NoticeCheck) => {
  const at = ORDER.indexOf(check);
  return at < 0 ? ORDER.length : at;
};
/** A page that keeps deleting notices wins eventually; we don't fight forever: per notice, and
 * for the whole page (a tug of war on every keystroke made Firefox drop key presses). */
const MAX_RESTORES = 20;
const MAX_RESTORES_PER_PAGE = 40;

export class NoticeBoard implements Board {
  /** Only anchors with a notice on show: an entry goes with its notice, so the board never keeps
   * a field or form the page has dropped. */
  private entries = new Map<Element, Map<NoticeCheck, Entry>>();
  /** The state a person dismissed, per anchor and check; the notice returns only when the state
   * changes. Weak: remembering a dismissal must not keep the anchor alive. */
  private dismissed = new WeakMap<Element, Map<NoticeCheck, string>>();
  private restoresLeft = MAX_RESTORES_PER_PAGE;
  private layer: Layer;

  constructor(private ctx: PageContext) {
    this.layer = new Layer(() => this.stacks(), {
      onGone: (anchor) => this.drop(anchor),
      canRestore: (host) => this.mayRestore(host),
    });
    ctx.onInvalidated(() => this.layer.stop());
    ctx.addEventListener(document, 'keydown', (event) => this.onKey(event), { capture: true });
  }

  show(anchor: Element, check: NoticeCheck, content: NoticeContent): void {
    const dismissed = this.dismissed.get(anchor);
    if (dismissed?.get(check) === content.state) return;
    dismissed?.delete(check);
    let byCheck = this.entries.get(anchor);
    if (!byCheck) this.entries.set(anchor, (byCheck = new Map()));
    const entry = byCheck.get(check) ?? { anchor, check, content, restores: 0 };
    byCheck.set(check, entry);
    entry.content = content;
    this.layer.watch(anchor);
    if (entry.ui) this.paint(entry);
    else void this.create(entry);
  }

  /** The notice goes, and so does a dismissal of it: shown again, it shows. */
  hide(anchor: Element, check: NoticeCheck): void {
    this.dismissed.get(anchor)?.delete(check);
    this.remove(anchor, check);
  }

  private remove(anchor: Element, check: NoticeCheck): void {
    const byCheck = this.entries.get(anchor);
    const entry = byCheck?.get(check);
    if (!byCheck || !entry) return;
    byCheck.delete(check);
    // The last notice of an anchor gone: let the element go too (a page may drop it).
    if (!byCheck.size) {
      this.entries.delete(anchor);
      this.layer.unwatch(anchor);
    }
    entry.ui?.remove();
    this.layer.schedule();
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
    // WXT's shadow-root UI uses only `onInvalidated` and `options` of the context it is given.
    const ui = await createShadowRootUi<void>(this.ctx as unknown as ContentScriptContext, {
      name: 'heedful-notice',
      position: 'inline',
      css: ANCHORED_HOST_CSS + NOTICE_CSS,
      append: (_anchor, host) => document.documentElement.append(host),
      onMount: () => undefined,
    });
    // Hidden or replaced while we were creating it.
    if (this.entries.get(entry.anchor)?.get(entry.check) !== entry || entry.ui) return;
    entry.ui = ui;
    ui.mount();
    ui.shadowHost.dataset.check = entry.check;
    this.paint(entry);
  }

  private paint(entry: Entry): void {
    const host = entry.ui!.shadowHost;
    const { content } = entry;
    host.dataset.state = content.state;
    if (content.kinds) host.dataset.kinds = content.kinds.join(' ');
    else delete host.dataset.kinds;
    render(
      draw(content.drawing, () => this.dismiss(entry)),
      entry.ui!.uiContainer,
    );
    // At once, not on the next frame: a background tab gets no frames.
    this.layer.layout();
  }

  private dismiss(entry: Entry): void {
    const { anchor, check } = entry;
    let dismissed = this.dismissed.get(anchor);
    if (!dismissed) this.dismissed.set(anchor, (dismissed = new Map()));
    dismissed.set(check, entry.content.state);
    const host = entry.ui?.shadowHost;
    // A keyboard user whose focus was on the notice goes back to the field, not to the page top.
    if (host && host.shadowRoot?.activeElement && anchor instanceof HTMLElement)
      anchor.focus({ preventScroll: true });
    this.remove(anchor, check);
  }

  /** Anchors the board holds (tests: none once their notices are gone). */
  get anchors(): number {
    return this.entries.size;
  }

  private stacks(): Stack[] {
    return [...this.entries].map(([anchor, byCheck]) => ({
      anchor,
      hosts: [...byCheck.values()]
        .sort((a, b) => rank(a.check) - rank(b.check))
        .flatMap((entry) => entry.ui?.shadowHost ?? []),
    }));
  }

  private drop(anchor: Element): void {
    for (const check of [...(this.entries.get(anchor)?.keys() ?? [])]) this.hide(anchor, check);
  }

  /** Puts back a notice the page removed or moved, a bounded number of times. */
  private mayRestore(host: HTMLElement): boolean {
    for (const byCheck of this.entries.values())
      for (const entry of byCheck.values())
        if (entry.ui?.shadowHost === host) {
          if (entry.restores >= MAX_RESTORES || this.restoresLeft <= 0) return false;
          entry.restores++;
          this.restoresLeft--;
          return true;
        }
    return false;
  }

  /** Tab moves between a field and its notices; Escape dismisses the notices of the focused
   * field (or of the notice focus is in). */
  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted || event.defaultPrevented || event.altKey || event.ctrlKey) return;
    const target = eventTarget(event);
    if (!(target instanceof Element)) return;
    if (event.key === 'Tab') {
      const stacks = new Map(this.stacks().map(({ anchor, hosts }) => [anchor, hosts]));
      if (moveFocus(event, target, stacks)) event.stopPropagation();
      return;
    }
    if (event.key !== 'Escape') return;
    const field = [...this.entries.keys()];
    const inNotice = (entry: Entry) => entry.ui?.shadowHost.shadowRoot?.contains(target);
    const hits: Entry[] = [];
    for (const anchor of field) {
      const byCheck = this.entries.get(anchor)!;
      for (const entry of byCheck.values())
        if (entry.ui && (anchor === target || inNotice(entry))) hits.push(entry);
    }
    if (!hits.length) {
      const form = (target as HTMLInputElement).form ?? target.closest('form');
      for (const entry of (form && this.entries.get(form)?.values()) || [])
        if (entry.ui) hits.push(entry);
    }
    if (!hits.length) return;
    // Ours to handle: the page (a modal dialog, say) must not also close on this press.
    event.preventDefault();
    event.stopPropagation();
    for (const entry of hits) this.dismiss(entry);
  }
}
