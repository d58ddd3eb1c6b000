/** @module Watches the page for added content without polling: one MutationObserver per root
 * (the document and each open shadow root), batched and throttled. */
import { isElement } from './nodes';
import { openShadowRoots } from './roots';
import { throttle } from './throttle';

/** Our own notices come and go; they are not page changes. */
const NOTICE_TAG = 'heedful-notice';

export interface DomWatch {
  /** Also watch a shadow root found later. */
  add(root: Node): void;
  stop(): void;
}

/** What the forms check reads; a page that churns anything else (tickers, feeds, ads) costs a
 * glance at each changed node and no re-scan. */
const FORMISH = new Set(['input', 'select', 'textarea', 'form', 'label', 'fieldset']);
const FORMISH_SELECTOR = 'input, select, textarea, form, label';

function touchesForms(node: Node): boolean {
  if (!isElement(node) || node.localName === NOTICE_TAG) return false;
  if (FORMISH.has(node.localName)) return true;
  return node.firstElementChild !== null && node.querySelector(FORMISH_SELECTOR) !== null;
}

/** Calls `onChange` at most every `ms` while the page adds or removes form content. */
export function watchDom(onChange: () => void, ms = 300): DomWatch {
  const watched = new WeakSet<Node>();
  const notify = throttle(onChange, ms);
  const observer = new MutationObserver((records) => {
    let relevant = false;
    records.forEach((record, i) => {
      for (const node of record.addedNodes) {
        relevant ||= touchesForms(node);
        // Shadow roots attached inside new content need their own observer (a bounded sample:
        // a flood of mutations must not cost a flood of tree walks).
        if (i < 500 && isElement(node) && node.localName !== NOTICE_TAG)
          for (const shadow of openShadowRoots(node, 200)) add(shadow);
      }
      if (!relevant) relevant = [...record.removedNodes].some(touchesForms);
    });
    if (relevant) notify();
  });
  const add = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  };
  // The document's shadow roots present now come from the forms scan (`watch.add`), which finds
  // them anyway: a search of its own here cost ~0.8 ms on every page with a form.
  add(document);
  return {
    add,
    stop: () => {
      observer.disconnect();
      notify.cancel();
    },
  };
}
