/** @module Heedful's shield (the toolbar icon's shape), drawn inline so it follows the page's
 * colours: a check mark when all is clear, an exclamation mark when something needs a look.
 * Decorative: the words next to it always say the same thing. */

export type ShieldTone = 'brand' | 'ok' | 'warning' | 'danger';

const SHIELD_PATH = 'M12 1.5 3 4.8v6.4c0 5.6 3.8 9.9 9 11.3 5.2-1.4 9-5.7 9-11.3V4.8z';

export function Shield({ tone = 'brand', size = 24 }: { tone?: ShieldTone; size?: number }) {
  const alert = tone === 'warning' || tone === 'danger';
  return (
    <svg
      class={`shield shield-${tone}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHIELD_PATH} fill="currentColor" />
      {alert ? (
        <path
          d="M12 6.5v7M12 16.6v.2"
          stroke="var(--on-shield, #fff)"
          stroke-width="2.4"
          stroke-linecap="round"
        />
      ) : (
        <path
          d="m7.6 12 3 3 5.8-6"
          fill="none"
          stroke="var(--on-shield, #fff)"
          stroke-width="2.2"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      )}
    </svg>
  );
}
