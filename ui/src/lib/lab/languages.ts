// A locale's name in its own language ("Deutsch", "Türkçe"), as the language picker shows it.
import { session } from '../state/session.svelte';

/** The name the language picker uses for `code`; the runtime's name (or the code) for others. */
export function localeName(code: string): string {
  const info = session.boot?.locales.find((l) => l.code === code);
  if (info) return info.name;
  const base = code.replace(/-x-.*$/, '');
  try {
    return new Intl.DisplayNames([base], { type: 'language' }).of(base) ?? code;
  } catch {
    return code;
  }
}
