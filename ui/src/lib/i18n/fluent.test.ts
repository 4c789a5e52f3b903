import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Translator, fallbackChain, sourcesByLocale } from './fluent';

const sources = sourcesByLocale({
  '../locales/en/main.ftl': 'hello = Hello\nonly-en = Only English\ncount = { $n } items\n',
  '../locales/de/main.ftl': 'hello = Hallo\ncount = { $n } Dinge\n',
  '../locales/de-x-ls/main.ftl': 'hello = Hallo, schön dass du da bist\n',
  '../locales/ar/main.ftl': 'count = { $n } عناصر\n',
  'not-a-locale.txt': 'ignored = yes\n',
});

describe('fallbackChain', () => {
  it('goes from easy-language German to German to English', () => {
    expect(fallbackChain('de-x-ls')).toEqual(['de-x-ls', 'de', 'en']);
  });
  it('drops region subtags one at a time', () => {
    expect(fallbackChain('pt-BR')).toEqual(['pt-BR', 'pt', 'en']);
  });
  it('does not repeat English', () => {
    expect(fallbackChain('en')).toEqual(['en']);
  });
});

describe('Translator', () => {
  it('falls back to English for a message German lacks', () => {
    const de = new Translator(sources, 'de');
    expect(de.format('hello')).toBe('Hallo');
    expect(de.format('only-en')).toBe('Only English');
  });
  it('uses German for what easy-language German lacks', () => {
    const ls = new Translator(sources, 'de-x-ls');
    expect(ls.format('hello')).toBe('Hallo, schön dass du da bist');
    expect(ls.format('count', { n: 3 })).toBe('3 Dinge');
    expect(ls.format('only-en')).toBe('Only English');
  });
  it('falls back to English for a locale without any files', () => {
    expect(new Translator(sources, 'tr').format('hello')).toBe('Hello');
  });
  it('returns the id for a message nobody defines', () => {
    const en = new Translator(sources, 'en');
    expect(en.has('nope')).toBe(false);
    expect(en.format('nope')).toBe('nope');
  });
  it('isolates placeables only in right-to-left locales', () => {
    expect(new Translator(sources, 'de').format('count', { n: 2 })).toBe('2 Dinge');
    expect(new Translator(sources, 'ar', true).format('count', { n: 2 })).toContain('\u2068');
  });
});

describe('the real locales', () => {
  const root = fileURLToPath(new URL('../../../../locales/', import.meta.url));
  const files: Record<string, string> = {};
  for (const lang of readdirSync(root)) {
    for (const f of readdirSync(root + lang).filter((n) => n.endsWith('.ftl'))) {
      files[`locales/${lang}/${f}`] = readFileSync(`${root}${lang}/${f}`, 'utf8');
    }
  }
  const real = sourcesByLocale(files);
  it('has English and German', () => {
    expect(new Translator(real, 'en').format('settings-title')).toBe('Settings');
    expect(new Translator(real, 'de').format('settings-title')).not.toBe('Settings');
  });
  it('formats variables in German', () => {
    expect(new Translator(real, 'de').format('player-step-of', { current: 2, total: 9 })).toMatch(/2.*9/);
  });
});
