// Pure Fluent plumbing: which locales to try, in which order, and formatting a message from the
// first bundle that has it. Kept free of Vite and Svelte so it can be unit-tested in Node.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** The locale every other one falls back to; it is the template and always complete. */
export const BASE_LOCALE = 'en';

/**
 * The locales to try for `code`, best first: "de-x-ls" → de-x-ls, de, en.
 * Subtags are dropped one at a time (a private-use "-x-…" part goes as a whole).
 */
export function fallbackChain(code: string): string[] {
  const chain: string[] = [];
  let rest = code.trim();
  while (rest) {
    if (!chain.includes(rest)) chain.push(rest);
    const privateUse = rest.toLowerCase().indexOf('-x-');
    const cut = privateUse > 0 ? privateUse : rest.lastIndexOf('-');
    if (cut <= 0) break;
    rest = rest.slice(0, cut);
  }
  if (!chain.includes(BASE_LOCALE)) chain.push(BASE_LOCALE);
  return chain;
}

/** Groups Fluent sources by locale, taken from paths like ".../locales/de/main.ftl". */
export function sourcesByLocale(files: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of Object.keys(files).sort()) {
    const m = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!m) continue;
    const list = out.get(m[1]) ?? [];
    list.push(files[path]);
    out.set(m[1], list);
  }
  return out;
}

export type Vars = Record<string, FluentVariable>;

// Each Fluent text is parsed once: the start sets the language up to three times (the system's,
// the saved one, the language screen's preview), and English, every language's fallback, is in
// every chain. Making a bundle from parsed texts is quick.
const parsed = new Map<string, FluentResource>();

function resource(text: string): FluentResource {
  let r = parsed.get(text);
  if (!r) {
    r = new FluentResource(text);
    parsed.set(text, r);
  }
  return r;
}

/** Formats messages for one chosen locale, falling back message by message. */
export class Translator {
  readonly locale: string;
  private readonly bundles: FluentBundle[];

  /**
   * @param sources  Fluent texts per locale code
   * @param locale   the chosen locale code ("de-x-ls")
   * @param rtl      bidi isolation marks are only needed (and only wanted) in right-to-left UIs
   * @param intlTag  maps a locale code to the tag Intl understands ("de-x-ls" → "de")
   */
  constructor(
    sources: Map<string, string[]>,
    locale: string,
    rtl = false,
    intlTag: (code: string) => string = (c) => c.replace(/-x-.*$/i, ''),
  ) {
    this.locale = locale;
    this.bundles = [];
    for (const code of fallbackChain(locale)) {
      const texts = sources.get(code);
      if (!texts) continue;
      const bundle = new FluentBundle(intlTag(code), { useIsolating: rtl });
      for (const text of texts) {
        const errors = bundle.addResource(resource(text));
        for (const e of errors) console.warn(`Fluent (${code}): ${e.message}`);
      }
      this.bundles.push(bundle);
    }
  }

  /** True when some locale in the chain defines `id`. */
  has(id: string): boolean {
    return this.bundles.some((b) => b.getMessage(id)?.value != null);
  }

  /** The message in the best locale that has it; the id itself if none does. */
  format(id: string, vars?: Vars): string {
    for (const bundle of this.bundles) {
      const msg = bundle.getMessage(id);
      if (msg?.value == null) continue;
      const errors: Error[] = [];
      const text = bundle.formatPattern(msg.value, vars, errors);
      for (const e of errors) console.warn(`Fluent ${id}: ${e.message}`);
      return text;
    }
    console.warn(`Fluent: no message '${id}'`);
    return id;
  }
}
