import { describe, expect, it } from 'vitest';
import { filterGlossary } from './glossary';
import type { GlossaryView } from './ipc/bindings/GlossaryView';

const term = (id: string, name: string): GlossaryView => ({ id, term: name, html: `<p>${name}</p>` });
const names = (list: GlossaryView[]) => list.map((g) => g.term);

describe('filterGlossary', () => {
  const de = [term('token', 'Token'), term('ueberanpassung', 'Überanpassung'), term('halluzination', 'Halluzination'), term('ki', 'KI')];

  it('lists every term, sorted for the language, for a blank query', () => {
    expect(names(filterGlossary(de, '', 'de'))).toEqual(['Halluzination', 'KI', 'Token', 'Überanpassung']);
    expect(names(filterGlossary(de, '   ', 'de'))).toHaveLength(4);
  });

  it('matches anywhere in the term, ignoring case and accents', () => {
    expect(names(filterGlossary(de, 'anpass', 'de'))).toEqual(['Überanpassung']);
    expect(names(filterGlossary(de, 'ÜBER', 'de'))).toEqual(['Überanpassung']);
    expect(names(filterGlossary([term('cafe', 'Café')], 'cafe', 'en'))).toHaveLength(1);
    expect(names(filterGlossary(de, 'TOK', 'de'))).toEqual(['Token']);
    expect(names(filterGlossary(de, ' ki ', 'de'))).toEqual(['KI']);
  });

  it('returns nothing when no term fits', () => {
    expect(filterGlossary(de, 'xyz', 'de')).toEqual([]);
    expect(filterGlossary(de, 'Tokens', 'de')).toEqual([]);
  });

  it('filters by the term, not by its explanation or id', () => {
    const list = [term('llm', 'Large language model')];
    expect(filterGlossary(list, 'llm', 'en')).toEqual([]);
    expect(filterGlossary(list, 'language', 'en')).toHaveLength(1);
  });

  it('follows the language: "ö" is an accented "o" in English, a letter of its own in German and Swedish', () => {
    const list = [term('a', 'Modell'), term('b', 'Mödell')];
    expect(names(filterGlossary(list, 'mo', 'en'))).toEqual(['Modell', 'Mödell']);
    expect(names(filterGlossary(list, 'mo', 'sv'))).toEqual(['Modell']);
    expect(names(filterGlossary(list, 'mo', 'de'))).toEqual(['Modell']);
  });

  it('handles scripts beyond Latin and composed characters', () => {
    const list = [term('a', 'Нейросеть'), term('b', 'نموذج لغوي'), term('c', 'Cafe\u0301')];
    expect(names(filterGlossary(list, 'нейро', 'ru'))).toEqual(['Нейросеть']);
    expect(names(filterGlossary(list, 'لغوي', 'ar'))).toEqual(['نموذج لغوي']);
    expect(names(filterGlossary(list, 'café', 'en'))).toEqual(['Cafe\u0301']);
  });

  it('does not change the list it was given and survives an unknown tag', () => {
    const list = [term('b', 'B'), term('a', 'A')];
    expect(names(filterGlossary(list, '', 'not a tag!'))).toEqual(['A', 'B']);
    expect(names(list)).toEqual(['B', 'A']);
  });
});
