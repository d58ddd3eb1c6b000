/** @module The frame every notice shares: title, body, "learn why", dismiss, in a live region
 * that exists (empty) before its text does, so screen readers announce the text. */
import { Component, type ComponentChildren } from 'preact';

export interface NoticeFrameProps {
  tone: 'weak' | 'fair' | 'strong' | 'info';
  role: 'status' | 'alert';
  title: string;
  children?: ComponentChildren;
  dismissLabel: string;
  learnLabel?: string;
  onDismiss(): void;
  onLearn?(): void;
}

/** The shadow root is open (the contract says so), so a page can reach our buttons and call
 * `click()`: only a person's click or key press may dismiss a notice or open a lesson tab. */
export const byPerson = (action: () => void) => (event: Event) => {
  if (event.isTrusted) action();
};

/** Screen readers announce changes inside a live region they already know, not a region
 * inserted with its text in: the region is drawn empty once (two frames), then filled. A tab
 * that draws no frames (in the background) is filled after this long. */
export const FILL_FALLBACK_MS = 150;

/** A class, not hooks: the content script's bundle carries no `preact/hooks`. */
export class NoticeFrame extends Component<NoticeFrameProps, { filled: boolean }> {
  override state = { filled: false };
  private cancel = () => {};

  override componentDidMount(): void {
    let frame = 0;
    const fill = () => {
      this.cancel();
      this.setState({ filled: true });
    };
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(fill)));
    const timer = setTimeout(fill, FILL_FALLBACK_MS);
    this.cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }

  override componentWillUnmount(): void {
    this.cancel();
  }

  render(props: NoticeFrameProps, { filled }: { filled: boolean }) {
    return (
      <div
        class="notice"
        data-tone={props.tone}
        role={props.role}
        aria-live={props.role === 'alert' ? 'assertive' : 'polite'}
      >
        {filled && <NoticeBody {...props} />}
      </div>
    );
  }
}

function NoticeBody(props: NoticeFrameProps) {
  return (
    <>
      <div class="head">
        <p class="title">{props.title}</p>
        <button
          type="button"
          class="dismiss"
          aria-label={props.dismissLabel}
          title={props.dismissLabel}
          onClick={byPerson(props.onDismiss)}
        >
          ×
        </button>
      </div>
      {props.children}
      {props.onLearn && props.learnLabel && (
        <button type="button" class="learn" onClick={byPerson(props.onLearn)}>
          {props.learnLabel}
        </button>
      )}
    </>
  );
}
