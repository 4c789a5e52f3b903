// What keeps Klar's window quick to draw on old PCs: Klar draws in software (WebKit's
// hardware acceleration is off, src-tauri/src/rendering.rs), and two kinds of style make WebKitGTK
// slow there. Measured on the reference machine (README, "Performance"):
// - a blurred box-shadow: repainting a card with one took about 90 ms, without blur 5 ms (blurred
//   text shadows and blur filters are kept out too; Klar has none, and they were not measured);
// - a font-family list naming fonts the PC may not have: each name is a font-configuration query
//   in WebKit's web process; the old list cost about 250 ms before the first screen.
// These checks read every stylesheet and component of the interface.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('.', import.meta.url).pathname;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(css|svelte)$/.test(name)) out.push(path);
  }
  return out;
}

interface Declaration {
  file: string;
  property: string;
  value: string;
}

/** Every declaration of `property` (or a custom property whose name matches it) with its value. */
function declarations(match: RegExp): Declaration[] {
  const out: Declaration[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const re = new RegExp(`(?<![\\w-])(${match.source})\\s*:([^;{}]*)[;}]`, 'g');
    for (const m of text.matchAll(re)) out.push({ file: file.slice(SRC.length), property: m[1], value: m[2].trim() });
  }
  return out;
}

/** Splits a value at commas that are not inside parentheses. */
function layers(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/** The blur radius of one shadow layer (the third length), or 0 when it has none. */
function blurOf(layer: string): number {
  const lengths = layer
    .replace(/\b(rgba?|hsla?|color-mix|var)\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^-?\d*\.?\d+(px|rem|em)?$/.test(w));
  return lengths.length >= 3 ? parseFloat(lengths[2]) : 0;
}

const GENERIC = new Set(['sans-serif', 'serif', 'monospace', 'inherit']);

describe('software drawing stays fast', () => {
  it('reads the shadow parser right', () => {
    expect(blurOf('0 1px 0 rgb(16 24 40 / 0.1)')).toBe(0);
    expect(blurOf('0 0 0 1px #000')).toBe(0);
    expect(blurOf('inset 0 -3px 0 currentColor')).toBe(0);
    expect(blurOf('0 1px 2px rgb(16 24 40 / 0.06)')).toBe(2);
    expect(blurOf('0 12px 32px var(--x)')).toBe(32);
    expect(blurOf('var(--shadow)')).toBe(0);
  });

  it('has no blurred shadows and no blur filters', () => {
    const shadows = declarations(/box-shadow|text-shadow|--shadow[\w-]*/);
    expect(shadows.length).toBeGreaterThan(5);
    const blurred = shadows.flatMap((d) => layers(d.value).filter((l) => blurOf(l) !== 0).map((l) => `${d.file}: ${d.property}: ${l}`));
    expect(blurred).toEqual([]);
    const filters = declarations(/filter|backdrop-filter|-webkit-backdrop-filter/).filter((d) => /blur\(/.test(d.value));
    expect(filters.map((d) => `${d.file}: ${d.property}: ${d.value}`)).toEqual([]);
  });

  it('names no font but Klar Sans and the generic families', () => {
    const families = declarations(/font-family|--font-[\w-]+/);
    expect(families.some((d) => d.property === '--font-sans')).toBe(true);
    const foreign = families.flatMap((d) =>
      layers(d.value)
        .map((name) => name.replace(/^['"]|['"]$/g, ''))
        .filter((name) => name !== 'Klar Sans' && !GENERIC.has(name) && !/^var\(--font-[\w-]+\)$/.test(name))
        .map((name) => `${d.file}: ${d.property}: ${name}`),
    );
    expect(foreign).toEqual([]);
  });
});
