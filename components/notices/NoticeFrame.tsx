/** @module The frame every notice shares: title, body, "learn why", dismiss. */
import type { ComponentChildren } from 'preact';

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

export function NoticeFrame(props: NoticeFrameProps) {
  return (
    <div
      class="notice"
      data-tone={props.tone}
      role={props.role}
      aria-live={props.role === 'alert' ? 'assertive' : 'polite'}
    >
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
    </div>
  );
}
