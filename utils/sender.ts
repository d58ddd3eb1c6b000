/** @module Who may talk to the background: only this extension's own content scripts and pages. */

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** A content script of ours, running in a web page's tab. */
export function isOwnContentScript(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    !(sender.url ?? '').startsWith(extensionOrigin)
  );
}

/** One of our own pages (popup, options, demo): its URL is under our extension origin. */
export function isOwnPage(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionOrigin)
  );
}
