// The UI's strings: every locales/<lang>/*.ftl is bundled at build time, and `t()` formats a
// typed message id in the chosen language. Changing the language re-renders every `t()` call.
import { Translator, sourcesByLocale, type Vars } from './fluent';
import { MESSAGE_IDS, type MessageId, type MessageVars } from './keys';

const files = import.meta.glob<string>('../../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = sourcesByLocale(files);

export interface LocaleChoice {
  code: string;
  /** For `<html lang>`. */
  tag: string;
  /** For Intl number and date formatting (Rust's locale table: Arabic uses Western digits). */
  intl_tag: string;
  dir: string;
}

let translator = $state(new Translator(sources, 'en'));
let tag = $state('en');
let code = $state('en');

/** Switches every string, `<html lang dir>` and Intl formatting to `choice`. */
export function setLocale(choice: LocaleChoice): void {
  const rtl = choice.dir === 'rtl';
  translator = new Translator(sources, choice.code, rtl, (code) => (code === choice.code ? choice.intl_tag : code));
  tag = choice.intl_tag;
  code = choice.code;
  document.documentElement.lang = choice.tag;
  document.documentElement.dir = rtl ? 'rtl' : 'ltr';
}

/** The chosen locale's code as Klar names it ("de-x-ls"), for content kept per locale. */
export function localeCode(): string {
  return code;
}

/** The BCP 47 tag for Intl formatting. */
export function intlTag(): string {
  return tag;
}

type ArgsFor<K extends MessageId> = K extends keyof MessageVars ? [vars: MessageVars[K]] : [];

/** A UI string. Unknown ids and wrong variables are type errors. */
export function t<K extends MessageId>(id: K, ...args: ArgsFor<K>): string {
  return translator.format(id, args[0] as Vars | undefined);
}

/** For ids built at run time ("avatar-" + id, "demo-name-" + demo): the fallback when none exists. */
export function tDynamic(id: string, fallback: string, vars?: Vars): string {
  if (!MESSAGE_IDS.has(id) || !translator.has(id)) return fallback;
  return translator.format(id, vars);
}
