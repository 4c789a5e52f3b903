// The glossary page's list: terms in the alphabetical order of the UI's language, filtered by what
// the learner types. Matching ignores case and accents the way the language does (Intl.Collator).
import type { GlossaryView } from './ipc/bindings/GlossaryView';

function collator(tag: string, options: Intl.CollatorOptions): Intl.Collator {
  try {
    return new Intl.Collator(tag, options);
  } catch {
    return new Intl.Collator(undefined, options);
  }
}

/** Whether `query` occurs in `text`, compared with `search` (base letters only). */
function containsBase(text: string, query: string, search: Intl.Collator): boolean {
  // Code points, so that a letter outside the BMP is never cut in half.
  const hay = Array.from(text.normalize('NFC'));
  const needle = query.normalize('NFC');
  const width = Array.from(needle).length;
  for (let i = 0; i + width <= hay.length; i++) {
    if (search.compare(hay.slice(i, i + width).join(''), needle) === 0) return true;
  }
  return false;
}

/** The terms whose name contains `query` (all of them for a blank query), sorted for `tag`. */
export function filterGlossary(terms: readonly GlossaryView[], query: string, tag: string): GlossaryView[] {
  const sort = collator(tag, { usage: 'sort', sensitivity: 'variant', numeric: true });
  const search = collator(tag, { usage: 'search', sensitivity: 'base' });
  const q = query.trim();
  const hits = q ? terms.filter((g) => containsBase(g.term, q, search)) : [...terms];
  return hits.sort((a, b) => sort.compare(a.term, b.term) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
