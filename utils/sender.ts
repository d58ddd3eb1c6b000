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

/** The checks every background handler starts with, for this extension's id and origin. */
export function senderGuards(extensionId: string, extensionOrigin: string) {
  const fromContent = (sender: SenderLike) =>
    isOwnContentScript(sender, extensionId, extensionOrigin);
  const fromPage = (sender: SenderLike) => isOwnPage(sender, extensionId, extensionOrigin);
  return {
    fromContent,
    fromPage,
    fromUs: (sender: SenderLike) => fromContent(sender) || fromPage(sender),
  };
}
