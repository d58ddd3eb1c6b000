/** @module Draws Heedful's icon (a shield with a check mark) at every size the stores and
 * browsers ask for, as PNG files in `public/icon/<size>.png`, where WXT finds them. Plain math and
 * node:zlib, no image library: the output is the same bytes on every machine, so the committed
 * PNGs can always be regenerated and compared. Run: `npx tsx scripts/make-icons.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const OUT_DIR = join(import.meta.dirname, '..', 'public', 'icon');

type Rgba = readonly [number, number, number, number];
const SHIELD: Rgba = [0x1f, 0x5f, 0xa8, 255];
const RIM: Rgba = [0x12, 0x3a, 0x6b, 255];
const CHECK: Rgba = [255, 255, 255, 255];
/** Samples per pixel side: enough for smooth edges at 16 px. */
const SUPERSAMPLE = 5;

/** Half the shield's width at height `y` (0 = top, 1 = bottom) or -1 outside it; the sides run
 * straight, then curve in to a point. Coordinates are fractions of the icon's side. */
function shieldHalfWidth(y: number, inset: number): number {
  const top = 0.08 + inset;
  const bottom = 0.95 - inset * 1.6;
  const half = 0.38 - inset;
  if (y < top || y > bottom) return -1;
  const bend = 0.5;
  if (y <= bend) return half;
  const t = (y - bend) / (bottom - bend);
  return half * Math.cos((t * Math.PI) / 2);
}

function insideShield(x: number, y: number, inset: number): boolean {
  const half = shieldHalfWidth(y, inset);
  // The top edge dips a little toward the middle, like a heraldic shield.
  const dip = 0.04 * (1 - ((x - 0.5) / 0.38) ** 2);
  return half >= 0 && Math.abs(x - 0.5) <= half && y >= 0.08 + inset + dip;
}

function distanceToSegment(px: number, py: number, a: [number, number], b: [number, number]) {
  const [ax, ay] = a;
  const [bx, by] = b;
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Small icons get a thicker stroke and rim, or they blur into a blob. */
function colourAt(x: number, y: number, size: number): Rgba | null {
  const rim = size <= 16 ? 0.07 : 0.045;
  const stroke = size <= 16 ? 0.06 : 0.045;
  if (!insideShield(x, y, 0)) return null;
  const check = Math.min(
    distanceToSegment(x, y, [0.31, 0.5], [0.45, 0.65]),
    distanceToSegment(x, y, [0.45, 0.65], [0.7, 0.35]),
  );
  if (check <= stroke) return CHECK;
  return insideShield(x, y, rim) ? SHIELD : RIM;
}

/** Straight RGBA pixels, averaged over SUPERSAMPLE² samples for anti-aliased edges. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            size,
          );
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += c[3];
        }
      }
      const covered = a / 255;
      const at = (py * size + px) * 4;
      // Colour is averaged over covered samples only, so edges fade out instead of darkening.
      pixels[at] = covered ? Math.round(r / covered) : 0;
      pixels[at + 1] = covered ? Math.round(g / covered) : 0;
      pixels[at + 2] = covered ? Math.round(b / covered) : 0;
      pixels[at + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every row, no metadata or timestamps. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(OUT_DIR, `${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
