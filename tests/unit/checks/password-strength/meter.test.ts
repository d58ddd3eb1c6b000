/** The strength meter: the weakest rating must still show something, in red, in light and dark
 * (a native `<meter>` at 0 drew nothing in light mode and a full white bar in dark mode). */
import { describe, expect, test } from 'vitest';
import { litSegments } from '@/components/notices/PasswordNotice';
import { NOTICE_CSS } from '@/components/notices/styles';

describe('strength meter', () => {
  test.each([
    ['weak', 0, 1],
    ['weak', 2, 1],
    ['fair', 3, 2],
    ['fair', 4, 3],
    ['strong', 4, 4],
  ] as const)('%s with score %i lights %i of 4 segments', (verdict, score, lit) => {
    expect(litSegments({ verdict, score })).toBe(lit);
  });

  /** `#rrggbb` → [r, g, b]. */
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const isRed = (hex: string) => {
    const [r = 0, g = 0, b = 0] = rgb(hex);
    return r > 150 && r > g + 60 && r > b + 60;
  };

  test('the lit weak segment is red on the light and on the dark background', () => {
    const light = /--weak:(#[0-9a-f]{6})/.exec(NOTICE_CSS)?.[1];
    const dark =
      /prefers-color-scheme:dark\)\{\.meter\{--track:#[0-9a-f]{6}\}\.notice\[data-tone=weak\] \.meter\{--bar:(#[0-9a-f]{6})\}/.exec(
        NOTICE_CSS,
      )?.[1];
    expect(light && isRed(light)).toBe(true);
    expect(dark && isRed(dark)).toBe(true);
    expect(NOTICE_CSS).toContain('.seg.on{background:var(--bar,var(--tone))}');
  });
});
