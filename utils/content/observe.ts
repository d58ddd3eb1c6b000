/** @module Watches the page for added content without polling: one MutationObserver per root
 * (the document and each open shadow root), batched and throttled. */
import { openShadowRoots } from './roots';
import { throttle } from './throttle';

/** Our own notices come and go; they are not page changes. */
const NOTICE_TAG = 'heedful-notice';

export interface DomWatch {
  /** Also watch a shadow root found later. */
  add(root: Node): void;
  stop(): void;
}

/** Calls `onChange` at most every `ms` while the page adds or removes elements. */
export function watchDom(onChange: () => void, ms = 300): DomWatch {
  const watched = new WeakSet<Node>();
  const notify = throttle(onChange, ms);
  const observer = new MutationObserver((records) => {
    let relevant = false;
    // A flood of mutations must not cost a flood of work: look at a bounded sample.
    for (const record of records.slice(0, 500)) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || node.localName === NOTICE_TAG) continue;
        relevant = true;
        // Shadow roots attached inside new content need their own observer.
        for (const shadow of openShadowRoots(node, 200)) add(shadow);
      }
      if (!relevant)
        relevant = [...record.removedNodes].some((n) => n.nodeName.toLowerCase() !== NOTICE_TAG);
    }
    if (relevant || records.length > 500) notify();
  });
  const add = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  };
  add(document);
  for (const shadow of openShadowRoots(document)) add(shadow);
  return {
    add,
    stop: () => {
      observer.disconnect();
      notify.cancel();
    },
  };
}
