//! The one table of the locales Klar knows: code, name in itself, language tag, writing direction
//! and where missing text comes from. The course loader, Fluent, the language picker and the UI
//! (through `LocaleInfo`) all read it.

use serde::Serialize;
use ts_rs::TS;

/// One locale of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub code: &'static str,
    /// The language's name in itself ("Deutsch", "Türkçe" …).
    pub name: &'static str,
    /// The tag for Fluent and `<html lang>`.
    pub tag: &'static str,
    /// The tag for the UI's number and date formatting (`Intl`): Arabic uses Western digits
    /// (0–9), as the lessons do, so a number reads the same in the text and around it.
    pub intl: &'static str,
    pub rtl: bool,
    /// Where a text missing in this locale comes from, in order.
    pub fallback: &'static [&'static str],
}

const fn locale(code: &'static str, name: &'static str, rtl: bool) -> Locale {
    Locale { code, name, tag: code, intl: code, rtl, fallback: &["en"] }
}

/// Every locale Klar knows, in the order the language picker shows them. `de-x-ls` is German in
/// Leichte Sprache (plain language): German for plural rules, numbers and dates, and German text
/// where a plain-language one is missing.
pub const LOCALES: &[Locale] = &[
    locale("de", "Deutsch", false),
    Locale { code: "de-x-ls", name: "Deutsch (Leichte Sprache)", tag: "de", intl: "de", rtl: false, fallback: &["de", "en"] },
    Locale { code: "en", name: "English", tag: "en", intl: "en", rtl: false, fallback: &[] },
    locale("tr", "Türkçe", false),
    locale("uk", "Українська", false),
    Locale { code: "ar", name: "العربية", tag: "ar", intl: "ar-u-nu-latn", rtl: true, fallback: &["en"] },
    locale("ru", "Русский", false),
];

/// The table's entry for `code`.
pub fn find(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code == code)
}

pub fn is_known(code: &str) -> bool {
    find(code).is_some()
}

/// The codes of every known locale, in the table's order.
pub fn known_locales() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|l| l.code)
}

/// Where a locale's text comes from when it is missing: the locale itself, then its fallbacks
/// (an unknown locale falls back to English).
pub fn fallback_chain(locale: &str) -> Vec<&str> {
    let mut chain = vec![locale];
    match find(locale) {
        Some(l) => chain.extend(l.fallback.iter().copied()),
        None if locale != "en" => chain.push("en"),
        None => {}
    }
    chain
}

/// The language tag Fluent and the UI's `Intl` use for one of our locales.
pub fn language_tag(locale: &str) -> &str {
    find(locale).map_or(locale, |l| l.tag)
}

/// Whether the locale is written right to left.
pub fn is_rtl(locale: &str) -> bool {
    find(locale).is_some_and(|l| l.rtl)
}

/// A locale as the UI needs it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LocaleInfo {
    pub code: String,
    /// The language's name in itself ("Deutsch", "Türkçe" …).
    pub name: String,
    pub dir: String,
    /// The tag for `<html lang>`.
    pub tag: String,
    /// The tag for `Intl` number and date formatting (Arabic: Western digits).
    pub intl_tag: String,
    /// Where a missing text comes from, in order, after the locale itself.
    pub fallback: Vec<String>,
}

/// The table's row for `code` as the UI sees it (an unknown code is its own name and tag).
pub fn locale_info(code: &str) -> LocaleInfo {
    LocaleInfo {
        code: code.to_string(),
        name: find(code).map_or(code, |l| l.name).to_string(),
        dir: if is_rtl(code) { "rtl" } else { "ltr" }.to_string(),
        tag: language_tag(code).to_string(),
        intl_tag: find(code).map_or(code, |l| l.intl).to_string(),
        fallback: fallback_chain(code).into_iter().skip(1).map(str::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn arabic_numbers_and_dates_use_western_digits_like_the_lessons() {
        assert_eq!(super::locale_info("ar").intl_tag, "ar-u-nu-latn");
        assert_eq!(super::locale_info("ar").tag, "ar", "Fluent's plural rules and <html lang> keep the plain tag");
        assert_eq!(super::locale_info("de-x-ls").intl_tag, "de");
    }

    use super::*;

    #[test]
    fn fallbacks_end_in_english_and_leichte_sprache_goes_through_german() {
        assert_eq!(fallback_chain("de-x-ls"), ["de-x-ls", "de", "en"]);
        assert_eq!(fallback_chain("ar"), ["ar", "en"]);
        assert_eq!(fallback_chain("en"), ["en"]);
        assert_eq!(fallback_chain("xx"), ["xx", "en"]);
        assert_eq!(locale_info("de-x-ls").tag, "de");
        assert_eq!(locale_info("ar").dir, "rtl");
        assert_eq!(locale_info("ar").fallback, ["en"]);
        assert_eq!(locale_info("uk").name, "Українська");
    }
}
