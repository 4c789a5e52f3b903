// What the screen shows, as a PNG: the X display the journeys run on (Xvfb), read with `xwd`.
//
// Not WebDriver's screenshot: Klar draws its window without GPU compositing (src-tauri's
// rendering.rs), and WebKitWebDriver's screenshot never answers for such a window (WebKitGTK
// 2.50 under Xvfb: the request hangs). The X server's own picture is also closer to what a
// learner sees: the whole screen, the window as it was painted.

import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The lowest set bit of a colour mask, and how to scale its field to 8 bits. */
function channel(mask) {
  let shift = 0;
  while (mask && !((mask >>> shift) & 1)) shift++;
  const max = mask >>> shift;
  return (px) => Math.round((((px >>> 0) & mask) >>> shift) * 255 / (max || 1));
}

/** An XWD dump (ZPixmap, 24 or 32 bits per pixel, true colour) as an RGB PNG. */
export function xwdToPng(xwd) {
  const f = (i) => xwd.readUInt32BE(i * 4);
  const [headerSize, format, width, height, byteOrder, bpp, bytesPerLine] = [f(0), f(2), f(4), f(5), f(7), f(11), f(12)];
  const [red, green, blue, ncolors] = [channel(f(14)), channel(f(15)), channel(f(16)), f(19)];
  if (format !== 2 || (bpp !== 24 && bpp !== 32)) throw new Error(`xwd: format ${format} with ${bpp} bits per pixel is not read here`);
  const start = headerSize + ncolors * 12;
  const step = bpp / 8;
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = start + y * bytesPerLine;
    const out = y * (1 + width * 3);
    for (let x = 0; x < width; x++) {
      const at = row + x * step;
      const px = step === 4
        ? (byteOrder === 0 ? xwd.readUInt32LE(at) : xwd.readUInt32BE(at))
        : (byteOrder === 0 ? xwd.readUIntLE(at, 3) : xwd.readUIntBE(at, 3));
      raw[out + 1 + x * 3] = red(px);
      raw[out + 2 + x * 3] = green(px);
      raw[out + 3 + x * 3] = blue(px);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The whole X screen (DISPLAY, as xvfb-run sets it) as a PNG. */
export function screenPng() {
  const xwd = execFileSync('xwd', ['-root', '-silent'], { maxBuffer: 64 * 1024 * 1024, timeout: 20000 });
  return xwdToPng(xwd);
}
