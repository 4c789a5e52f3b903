// The Arabic font files fonts.css ships, shaped with HarfBuzz (the shaper inside WebKitGTK).
// WebKitGTK 2.50 does not apply the vertical offset that GPOS gives a mark glyph, so a mark that
// needs one is drawn in the wrong place: with Noto Sans Arabic as published, the two dots of a
// final or isolated yeh (ي) landed on the bowl's stroke and vanished ("في" showed as "فى"), and
// the hamza of a final ئ was off too. These tests model that: those marks must need no vertical
// offset and still sit where Noto Sans Arabic puts them, and nothing else may be drawn
// differently from Noto Sans Arabic.
import { describe, expect, it } from 'vitest';
import * as hb from 'harfbuzzjs';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const decompress = createRequire(import.meta.url)('wawoff2/decompress.js') as (data: Uint8Array) => Promise<Uint8Array>;

const uiDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = fileURLToPath(new URL('../..', import.meta.url));

/** The Klar Sans font file for Arabic text, per weight, as fonts.css names it. */
function arabicFaces(): Map<number, string> {
  const css = readFileSync(`${uiDir}src/fonts.css`, 'utf8');
  const faces = new Map<number, string>();
  for (const block of css.split('@font-face').slice(1)) {
    if (!/unicode-range:[^;]*U\+0600-06FF/.test(block)) continue;
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1]);
    const url = /url\('([^']+)'\)/.exec(block)?.[1] ?? '';
    faces.set(weight, url.startsWith('./') ? `${uiDir}src/${url.slice(2)}` : `${uiDir}node_modules/${url}`);
  }
  return faces;
}

const reference = (weight: number) =>
  `${uiDir}node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`;

interface Shaper {
  font: hb.Font;
  face: hb.Face;
  extents: Map<number, hb.GlyphExtents>;
}

async function load(path: string): Promise<Shaper> {
  const face = new hb.Face(new hb.Blob(await decompress(readFileSync(path))));
  return { font: new hb.Font(face), face, extents: new Map() };
}

interface Ink {
  name: string;
  cluster: number;
  mark: boolean;
  yOffset: number;
  /** Ink box in font units (left, bottom, right, top) where HarfBuzz places the glyph. */
  box: number[];
  /** The same box without the vertical offset, as WebKitGTK draws it. */
  webkit: number[];
}

function shape({ font, face, extents }: Shaper, text: string): Ink[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  let pen = 0;
  return buffer.getGlyphInfosAndPositions().map((g) => {
    const e = extents.get(g.codepoint) ?? font.glyphExtents(g.codepoint) ?? { xBearing: 0, yBearing: 0, width: 0, height: 0 };
    extents.set(g.codepoint, e);
    const dy = g.yOffset ?? 0;
    const left = pen + (g.xOffset ?? 0) + e.xBearing;
    const [bottom, top] = [e.yBearing + e.height, e.yBearing];
    pen += g.xAdvance ?? 0;
    return {
      name: font.glyphName(g.codepoint),
      cluster: g.cluster,
      mark: face.getGlyphClass(g.codepoint) === hb.GlyphClass.MARK,
      yOffset: dy,
      box: [left, bottom + dy, left + e.width, top + dy],
      webkit: [left, bottom, left + e.width, top],
    };
  });
}

/** The glyphs of the word's last `letter`: its body and its mark called `mark`. */
function lastLetter(ink: Ink[], word: string, letter: string, mark: string) {
  const glyphs = ink.filter((g) => g.cluster === word.lastIndexOf(letter));
  return { body: glyphs.find((g) => !g.mark), mark: glyphs.find((g) => g.mark && g.name.startsWith(mark)) };
}

const faces = arabicFaces();
const YEH_WORDS = ['ي', 'في', 'التالي', 'الاصطناعي', 'عربيّ', 'بي', 'ني', 'رأيٍ'];
const HAMZA_WORDS = ['ئ', 'شاطئ', 'خاطئ', 'مبادئ'];

describe('the Arabic font Klar ships', () => {
  it('has a file for every weight the interface uses', () => {
    expect([...faces.keys()].sort()).toEqual([400, 600, 700, 800]);
  });

  for (const [weight, path] of faces) {
    it(`shows the dots of a final or isolated yeh without a vertical offset (${weight})`, async () => {
      const font = await load(path);
      const ref = await load(reference(weight));
      for (const word of YEH_WORDS) {
        const shipped = lastLetter(shape(font, word), word, 'ي', 'twodotshorizontalbelowar');
        const noto = lastLetter(shape(ref, word), word, 'ي', 'twodotshorizontalbelowar');
        expect(shipped.mark && shipped.body && noto.mark, word).toBeTruthy();
        if (!shipped.mark || !shipped.body || !noto.mark) continue;
        // A renderer that drops the offset draws the dots where Noto Sans Arabic means them to be…
        expect(shipped.mark.yOffset, word).toBe(0);
        expect(shipped.mark.webkit, word).toEqual(noto.mark.box);
        // …which is below the bowl, not on its stroke.
        expect(shipped.mark.webkit[3], word).toBeLessThan(shipped.body.webkit[1]);
      }
    });

    it(`puts the hamza of a final or isolated ئ in place without a vertical offset (${weight})`, async () => {
      const font = await load(path);
      const ref = await load(reference(weight));
      for (const word of HAMZA_WORDS) {
        const shipped = lastLetter(shape(font, word), word, 'ئ', 'uni0654');
        const noto = lastLetter(shape(ref, word), word, 'ئ', 'uni0654');
        expect(shipped.mark && noto.mark, word).toBeTruthy();
        if (!shipped.mark || !noto.mark) continue;
        expect(shipped.mark.yOffset, word).toBe(0);
        expect(shipped.mark.webkit, word).toEqual(noto.mark.box);
      }
    });
  }

  it("draws every other Arabic word of Klar's text exactly as Noto Sans Arabic does", async () => {
    const text = arabicText();
    expect(text.length).toBeGreaterThan(1000);
    for (const [weight, path] of faces) {
      const font = await load(path);
      const ref = await load(reference(weight));
      for (const word of text) {
        const a = shape(font, word).map((g) => g.box);
        const b = shape(ref, word).map((g) => g.box);
        expect(a, `${word} (${weight})`).toEqual(b);
      }
    }
  }, 120_000);
});

/** Every distinct Arabic word in the Arabic locale files and lessons. */
function arabicText(): string[] {
  const found = new Set<string>();
  const add = (s: string) => {
    for (const m of s.matchAll(/[\u0600-\u06FF]+/g)) found.add(m[0]);
  };
  for (const f of readdirSync(`${repoDir}locales/ar`)) add(readFileSync(`${repoDir}locales/ar/${f}`, 'utf8'));
  for (const d of readdirSync(`${repoDir}lessons`, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of readdirSync(`${repoDir}lessons/${d.name}`).filter((n) => n === 'ar.md')) {
      add(readFileSync(`${repoDir}lessons/${d.name}/${f}`, 'utf8'));
    }
  }
  return [...found].sort();
}
