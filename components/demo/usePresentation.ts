/** @module Presentation mode: on or off (`?present=1` starts it on), which example is showing,
 * and the keys that move between examples. */
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Presentation {
  presenting: boolean;
  /** Index of the example on screen (0-based). */
  step: number;
  toggle(): void;
  go(step: number): void;
}

/** ←/→ and PageUp/PageDown: the keys a presenter's clicker sends. */
const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

export function usePresentation(total: number, loc: Location = location): Presentation {
  const [presenting, setPresenting] = useState(
    () => new URLSearchParams(loc.search).get('present') === '1',
  );
  const [step, setStep] = useState(0);
  const go = useCallback(
    (next: number) => setStep(Math.min(Math.max(next, 0), total - 1)),
    [total],
  );

  // The address says the mode, so a bookmarked or shared link opens the way it was left.
  useEffect(() => {
    const url = new URL(loc.href);
    if (presenting) url.searchParams.set('present', '1');
    else url.searchParams.delete('present');
    if (url.href !== loc.href) history.replaceState(null, '', url);
  }, [presenting, loc]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Arrow keys inside a text field move the caret; they are not ours.
      if (isTextEntry(event.target)) return;
      const delta = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
      if (!delta) return;
      event.preventDefault();
      setStep((current) => Math.min(Math.max(current + delta, 0), total - 1));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting, total]);

  return { presenting, step, toggle: () => setPresenting((on) => !on), go };
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}
