//! Translations with Fluent. The same `locales/<lang>/*.ftl` files feed the UI and Rust; here
//! they are embedded at build time, checked, and used for messages that Rust itself produces.
//! `locales` is the one table of the languages Klar knows.

pub mod locales;

pub use locales::{fallback_chain, is_rtl, language_tag, locale_info, LocaleInfo};

use crate::course::Diagnostic;
use crate::error::Error;
use locales::{is_known, known_locales};
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

include!(concat!(env!("OUT_DIR"), "/ftl.rs"));

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// Locales whose strings must be complete; the rest are in progress and only warned about.
pub const REQUIRED_UI_LOCALES: &[&str] = &["en", "de", "tr", "uk", "ar", "ru"];

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
                b.set_use_isolating(false);
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

/// Message ids defined in each locale, per file.
fn ids_by_locale() -> (BTreeMap<String, BTreeSet<String>>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (loc, file, src) in FTL_SOURCES {
        let rel = PathBuf::from("locales").join(loc).join(file);
        let set = ids.entry(loc.to_string()).or_default();
        for id in check_ftl(&rel, src, &mut diags) {
            if !set.insert(id.clone()) {
                diags.push(Diagnostic::error(&rel, None, format!("message '{id}' is defined twice")));
            }
        }
    }
    (ids, diags)
}

/// Parses one Fluent file, reporting syntax errors with their line; returns its message ids.
pub fn check_ftl(rel: &std::path::Path, src: &str, diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let res = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                let line = src[..at.min(src.len())].matches('\n').count() + 1;
                diags.push(Diagnostic::error(rel, Some(line), format!("Fluent syntax: {}", e.kind)));
            }
            r
        }
    };
    res.body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Checks the Fluent files: syntax, and keys missing compared with English
/// (an error for required locales, a warning for those in progress).
pub fn check_locales() -> Vec<Diagnostic> {
    let (ids, mut diags) = ids_by_locale();
    let Some(en) = ids.get("en") else {
        diags.push(Diagnostic::error("locales/en", None, "the English template is missing"));
        return diags;
    };
    for (loc, set) in &ids {
        if !is_known(loc) {
            diags.push(Diagnostic::warning(PathBuf::from("locales").join(loc), None, "not a locale Klar knows"));
            continue;
        }
        let missing: Vec<&String> = en.difference(set).collect();
        if missing.is_empty() || loc == "de-x-ls" {
            continue;
        }
        let msg = format!("{} message(s) missing: {}", missing.len(), missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "));
        let rel = PathBuf::from("locales").join(loc);
        if REQUIRED_UI_LOCALES.contains(&loc.as_str()) {
            diags.push(Diagnostic::error(rel, None, msg));
        } else {
            diags.push(Diagnostic::warning(rel, None, msg));
        }
        for extra in set.difference(en) {
            diags.push(Diagnostic::warning(PathBuf::from("locales").join(loc), None, format!("'{extra}' is not in the English template")));
        }
    }
    diags
}

/// The English message ids (for tests and the checker).
pub fn template_ids() -> BTreeSet<String> {
    ids_by_locale().0.remove("en").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn the_shipped_locales_check_clean() {
        let errors: Vec<String> = check_locales().into_iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
