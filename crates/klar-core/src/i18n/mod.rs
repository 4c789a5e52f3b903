//! Translations with Fluent. The same `locales/<lang>/*.ftl` files feed the UI and Rust; here
//! they are embedded at build time, checked, and used for messages that Rust itself produces.
//! `locales` is the one table of the languages Klar knows; `check` checks the Fluent files.

mod check;
pub mod locales;

pub use check::{check_ftl, check_locales, template_ids, REQUIRED_UI_LOCALES};
pub use locales::{fallback_chain, is_rtl, language_tag, locale_info, LocaleInfo};

use crate::error::Error;
use locales::known_locales;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeMap;

include!(concat!(env!("OUT_DIR"), "/ftl.rs"));

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// Picks the best known locale for what the OS asks for ("de-AT", "ar_EG.UTF-8" …), else English.
pub fn negotiate(requested: &str) -> &'static str {
    let lang = requested.split(['.', '@']).next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
    let primary = lang.split('-').next().unwrap_or("");
    known_locales().find(|l| *l == lang).or_else(|| known_locales().find(|l| *l == primary)).unwrap_or("en")
}

pub struct Localizer {
    bundles: BTreeMap<String, Bundle>,
}

impl Localizer {
    /// Builds bundles from the embedded sources; entries that fail to parse are skipped here
    /// (the checker reports them).
    pub fn embedded() -> Self {
        let mut bundles: BTreeMap<String, Bundle> = BTreeMap::new();
        for (loc, _file, src) in FTL_SOURCES {
            let res = match FluentResource::try_new(src.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let bundle = bundles.entry(loc.to_string()).or_insert_with(|| {
                let tag = language_tag(loc).parse().unwrap_or_default();
                let mut b = Bundle::new_concurrent(vec![tag]);
                // Like the interface: in a right-to-left language every inserted value (a name, a
                // path, a number) is bidi-isolated, so "C:\\Daten\\klar.sqlite" or "3 of 5" keeps its
                // order inside Arabic text. Left-to-right text gets no invisible marks.
                b.set_use_isolating(is_rtl(loc));
                b
            });
            bundle.add_resource_overriding(res);
        }
        Self { bundles }
    }

    /// The message `id` in `locale`, falling back to German (for Leichte Sprache) and English.
    /// Never empty: an unknown id comes back as the id itself.
    pub fn message(&self, locale: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for loc in fallback_chain(locale) {
            let Some(bundle) = self.bundles.get(loc) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
            tracing::warn!(?errors, id, loc, "Fluent formatting problem");
        }
        id.to_string()
    }

    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }
}

/// An argument of [`KlarApp::localized`].
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    Text(String),
    Number(f64),
}

/// The learner-facing text for `e` in `locale`.
pub fn localized_error(l: &Localizer, locale: &str, e: &Error) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("detail", e.to_string());
    if let Some(n) = e.count() {
        args.set("count", n);
    }
    l.message(locale, e.message_id(), Some(&args))
}

/// The system's language as Klar would choose it, for screens shown before the data file is open
/// (a start-up error, the restore screen).
pub fn os_locale_info(os_locale: &str) -> LocaleInfo {
    locale_info(negotiate(os_locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_in_right_to_left_messages_are_bidi_isolated() {
        let l = Localizer::embedded();
        let mut args = FluentArgs::new();
        args.set("detail", "/home/ada/.local/share/klar.sqlite");
        let ar = l.message("ar", "error-io", Some(&args));
        assert!(ar.contains("\u{2068}/home/ada/.local/share/klar.sqlite\u{2069}"), "{ar:?}");
        let de = l.message("de", "error-io", Some(&args));
        assert!(!de.contains('\u{2068}') && de.contains("/home/ada"), "no invisible marks in left-to-right text: {de:?}");
    }

    #[test]
    fn negotiation_prefers_known_locales() {
        assert_eq!(negotiate("de_AT.UTF-8"), "de");
        assert_eq!(negotiate("ar-EG"), "ar");
        assert_eq!(negotiate("fr-FR"), "en");
        assert_eq!(negotiate(""), "en");
        assert_eq!(negotiate("de-x-ls"), "de-x-ls");
    }

    #[test]
    fn missing_messages_fall_back_to_english_and_never_blank() {
        let l = Localizer::embedded();
        let en = l.message("en", ids::APP_TITLE, None);
        assert!(!en.is_empty());
        // A locale with no bundle at all still gets English.
        assert_eq!(l.message("xx", ids::APP_TITLE, None), en);
        assert_eq!(l.message("de", "no-such-message", None), "no-such-message");
    }

}
