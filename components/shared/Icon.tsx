/** @module Small line icons for cards and lists, drawn inline (no icon font, no emoji, which
 * some systems draw as empty boxes). Decorative: a word always says the same thing. */

const PATHS = {
  key: 'M14.5 9.5a4 4 0 1 1-1.2-2.9 4 4 0 0 1 1.2 2.9zM13.3 12.3 20 19m-3-3 2-2m-4 0 1.5-1.5',
  breach: 'M4 6h16v4H4zM4 14h16v4H4M8 8h.01M8 16h.01M14 12l2-2m-2 6 2-2',
  form: 'M5 3h14v18H5zM8 7h8M8 11h8M8 15h5',
  unlock: 'M6 11h12v9H6zM9 11V8a3 3 0 0 1 5.8-1',
  alert: 'M12 3 2 20h20zM12 9v5m0 3v.01',
  info: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 11v6m0-9v.01',
  book: 'M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      class={`icon icon-${name}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
