/** @module Keeps stacks of notice hosts beside their anchors in the top layer (`popover`), so
 * modal dialogs, `overflow: hidden`, transforms and z-index cannot hide them and nothing in the
 * page moves. Re-lays them on scroll (inner containers too), resize, zoom and re-layout, at
 * most once a frame; hides them while their anchor cannot be seen. */
import { placeStack, type Box } from './position';
import { visibleBox } from './visibility';

export interface Stack {
  anchor: Element;
  /** Hosts in stacking order. */
  hosts: HTMLElement[];
}

export interface LayerOptions {
  /** The anchor left the document: its notices go too. */
  onGone(anchor: Element): void;
  /** May a host the page removed or moved be put back? (A restore budget.) */
  canRestore(host: HTMLElement): boolean;
}

/** A field can move without any event (an animation, a banner above it): looked at this often
 * while notices exist. Reads only; nothing is written unless something moved. */
const RECHECK_MS = 400;

export class Layer {
  private abort = new AbortController();
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private recheck: ReturnType<typeof setInterval> | undefined;
  private sizes: ResizeObserver;
  private sights: IntersectionObserver;
  private guards: MutationObserver[] = [];
  /** Last `--heedful-*` values written per host, so unchanged positions cost no style work. */
  private written = new WeakMap<HTMLElement, string>();

  constructor(
    private stacks: () => Stack[],
    private options: LayerOptions,
  ) {
    const schedule = () => this.schedule();
    const listen = { capture: true, passive: true, signal: this.abort.signal };
    window.addEventListener('scroll', schedule, listen);
    window.addEventListener('resize', schedule, listen);
    // Pinch and browser zoom.
    window.visualViewport?.addEventListener('resize', schedule, listen);
    this.sizes = new ResizeObserver(schedule);
    this.sizes.observe(document.documentElement);
    this.sights = new IntersectionObserver(schedule, { threshold: [0, 1] });
    const restore = new MutationObserver(() => this.restore());
    restore.observe(document.documentElement, { childList: true });
    // A modal dialog opened after our notices would cover them: they go back on top.
    const dialogs = new MutationObserver(() => this.raise());
    dialogs.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['open'],
      subtree: true,
    });
    this.guards.push(restore, dialogs);
  }

  watch(anchor: Element): void {
    this.sights.observe(anchor);
    this.sizes.observe(anchor);
    this.recheck ??= setInterval(() => this.layout(), RECHECK_MS);
  }

  unwatch(anchor: Element): void {
    this.sights.unobserve(anchor);
    this.sizes.unobserve(anchor);
    if (!this.stacks().length) {
      clearInterval(this.recheck);
      this.recheck = undefined;
    }
  }

  /** Lays out on the next frame (or soon, in a tab that gets no frames). */
  schedule(): void {
    if (this.timer !== undefined) return;
    const run = () => this.layout();
    this.frame = requestAnimationFrame(run);
    this.timer = setTimeout(run, 100);
  }

  layout(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.timer = undefined;
    const viewport = viewportSize();
    // Fields' stacks first: a form's notice with no room above its form keeps off them.
    const stacks = this.stacks().sort(
      (a, b) => Number(formLike(a.anchor)) - Number(formLike(b.anchor)),
    );
    const placed: Box[] = [];
    for (const { anchor, hosts } of stacks) {
      if (!anchor.isConnected) {
        this.options.onGone(anchor);
        continue;
      }
      const home = hosts.filter((host) => this.house(host, anchor));
      if (!visibleBox(anchor)) {
        home.forEach(conceal);
        continue;
      }
      home.forEach(reveal);
      // A notice that changes size (its text filled in a frame later, a longer state) moves
      // the stack: watched like its anchor.
      home.forEach((host) => this.sizes.observe(host));
      const sizes = home.map((host) => {
        const box = host.getBoundingClientRect();
        return { width: box.width, height: box.height };
      });
      const page = anchor === document.documentElement;
      const boxes = placeStack({
        // The root element stands for the whole page (a notice about the site): as a form the
        // size of the view, its notices go to the top of the view.
        anchor: page
          ? { top: 0, left: 0, width: viewport.width, height: viewport.height }
          : anchor.getBoundingClientRect(),
        sizes,
        kind: formLike(anchor) ? 'form' : 'field',
        rtl: getComputedStyle(anchor).direction === 'rtl',
        viewport,
        avoid: placed,
      });
      boxes.forEach((box, i) => this.move(home[i]!, box.top, box.left));
      placed.push(...boxes);
    }
  }

  stop(): void {
    this.abort.abort();
    this.sizes.disconnect();
    this.sights.disconnect();
    for (const guard of this.guards) guard.disconnect();
    clearInterval(this.recheck);
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
  }

  private move(host: HTMLElement, top: number, left: number): void {
    const key = `${Math.round(top)},${Math.round(left)}`;
    if (this.written.get(host) === key) return;
    this.written.set(host, key);
    host.style.setProperty('--heedful-top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('--heedful-left', `${Math.round(left)}px`, 'important');
  }

  /** Whether `host` is where it belongs, putting it there if we moved it last or the page did
   * and the restore budget allows. */
  private house(host: HTMLElement, anchor: Element): boolean {
    const home = homeFor(anchor);
    const parent = host.parentNode;
    if (parent === home) return true;
    const ours = parent === document.documentElement || parent instanceof HTMLDialogElement;
    if (!ours && !this.options.canRestore(host)) return false;
    home.append(host);
    this.written.delete(host);
    return true;
  }

  /** Puts back hosts the page removed or moved, as far as the budget allows. */
  private restore(): void {
    for (const { anchor, hosts } of this.stacks())
      for (const host of hosts) this.house(host, anchor);
    this.schedule();
  }

  /** Top-layer order is showing order: re-showing puts our notices above a dialog opened later. */
  private raise(): void {
    for (const { hosts } of this.stacks()) hosts.filter(isOpen).forEach(conceal);
    this.layout();
  }
}

/** Placed as a form: a form, or the root element standing for the whole page. */
function formLike(anchor: Element): boolean {
  return anchor instanceof HTMLFormElement || anchor === anchor.ownerDocument.documentElement;
}

/** The root element; inside a modal dialog, the dialog: everything outside it is inert, even a
 * popover shown above it. */
function homeFor(anchor: Element): Element {
  return anchor.closest('dialog:modal') ?? document.documentElement;
}

function viewportSize(): { width: number; height: number } {
  const root = document.documentElement;
  // Without the scroll bars when the root has them (standards mode); the window otherwise.
  const standards = document.compatMode === 'CSS1Compat';
  return {
    width: standards ? root.clientWidth || innerWidth : innerWidth,
    height: standards ? root.clientHeight || innerHeight : innerHeight,
  };
}

function isOpen(host: HTMLElement): boolean {
  try {
    return host.matches(':popover-open');
  } catch {
    return false;
  }
}

function conceal(host: HTMLElement): void {
  host.style.setProperty('--heedful-display', 'none', 'important');
  if (isOpen(host)) host.hidePopover();
}

/** Shown in the top layer. Without an invoker (`source`): focus order is `notice-keys.ts`'s, the
 * same in every browser. */
function reveal(host: HTMLElement): void {
  host.style.setProperty('--heedful-display', 'block', 'important');
  if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
  if (isOpen(host) || typeof host.showPopover !== 'function') return;
  try {
    host.showPopover();
  } catch {
    // Not connected or not allowed: the host still shows, fixed, just not in the top layer.
  }
}
