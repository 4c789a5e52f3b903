// The journeys' screenshots come from an X dump (xshot.mjs): the conversion must keep every pixel's
// colour in place, for both pixel sizes and byte orders an X server writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { xwdToPng } from './xshot.mjs';

/** A 3×2 XWD file holding `pixels` (rows of [r, g, b]). */
function xwd(pixels, { bpp, lsb }) {
  const [w, h, step] = [pixels[0].length, pixels.length, bpp / 8];
  const bytesPerLine = Math.ceil((w * step) / 4) * 4;
  const header = Buffer.alloc(100 + 8); // the fixed fields, then a window name
  const fields = [108, 7, 2, 24, w, h, 0, lsb ? 0 : 1, 32, lsb ? 0 : 1, 32, bpp, bytesPerLine, 4, 0xff0000, 0xff00, 0xff, 8, 256, 0, w, h, 0, 0, 0];
  fields.forEach((v, i) => header.writeUInt32BE(v, i * 4));
  const body = Buffer.alloc(h * bytesPerLine);
  pixels.forEach((row, y) =>
    row.forEach(([r, g, b], x) => {
      const px = (r << 16) | (g << 8) | b;
      const at = y * bytesPerLine + x * step;
      if (lsb) body.writeUIntLE(px, at, step);
      else body.writeUIntBE(px, at, step);
    }),
  );
  return Buffer.concat([header, body]);
}

/** The RGB rows of an 8-bit truecolour PNG written without filters. */
function decode(png) {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  let at = 8;
  let width, height;
  const idat = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) => {
      const o = y * (1 + width * 3) + 1 + x * 3;
      return [raw[o], raw[o + 1], raw[o + 2]];
    }),
  );
}

const PIXELS = [
  [[255, 0, 0], [0, 255, 0], [0, 0, 255]],
  [[18, 52, 86], [255, 255, 255], [1, 2, 3]],
];

for (const bpp of [24, 32]) {
  for (const lsb of [true, false]) {
    test(`an X dump with ${bpp} bits per pixel, ${lsb ? 'least' : 'most'} significant byte first, keeps its colours`, () => {
      assert.deepEqual(decode(xwdToPng(xwd(PIXELS, { bpp, lsb }))), PIXELS);
    });
  }
}

test('a dump it cannot read is refused, not turned into a wrong picture', () => {
  const bad = xwd(PIXELS, { bpp: 32, lsb: true });
  bad.writeUInt32BE(16, 11 * 4);
  assert.throws(() => xwdToPng(bad), /16 bits per pixel/);
});
