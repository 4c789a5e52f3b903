//! Demo presets in the learner's language. A preset's own fields are English: the small English
//! model runs them. The demos that run on the multilingual model when it is installed also carry
//! one `locales.<locale>` table per learner locale, whose fields replace the English ones:
//!
//! ```toml
//! [next-token.winter-food]
//! prompt = "On a cold winter evening, the best thing to eat is"
//! temperature = 0.8
//! [next-token.winter-food.locales.de]
//! prompt = "An einem kalten Winterabend esse ich am liebsten"
//! ```

use super::diagnostics::Diagnostic;
use crate::app::KlarApp;
use crate::error::Result;
use crate::i18n::locales::{fallback_chain, is_known, known_locales};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// Demos whose presets need a table for every learner locale (the tokenizer view's preset already
/// holds one sentence in each language).
pub const MULTILINGUAL_DEMOS: &[&str] = &["next-token", "bias-probe", "detector"];

const LOCALES_KEY: &str = "locales";

/// The preset as the English model gets it (without the per-locale tables).
pub fn english(settings: &toml::Table) -> serde_json::Value {
    let mut own = settings.clone();
    own.remove(LOCALES_KEY);
    serde_json::to_value(own).unwrap_or_else(|_| serde_json::Value::Object(Default::default()))
}

/// The preset for the multilingual model in `locale` (its own table, else the one its fallback
/// chain reaches, else the English fields); None when the preset has no per-locale tables.
pub fn for_locale(settings: &toml::Table, locale: &str) -> Option<serde_json::Value> {
    let tables = settings.get(LOCALES_KEY)?.as_table()?;
    let mut merged = settings.clone();
    merged.remove(LOCALES_KEY);
    if let Some(own) = fallback_chain(locale).into_iter().find_map(|l| tables.get(l).and_then(|t| t.as_table())) {
        for (k, v) in own {
            merged.insert(k.clone(), v.clone());
        }
    }
    serde_json::to_value(merged).ok()
}

/// A demo's settings on the Lab page (outside a lesson): those of the first lesson preset that
/// has per-locale tables, so the free demo starts in the learner's language too.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct LabPreset {
    pub demo: String,
    #[ts(type = "Record<string, unknown>")]
    pub settings: serde_json::Value,
    #[ts(type = "Record<string, unknown> | null")]
    pub settings_multilingual: Option<serde_json::Value>,
}

impl KlarApp {
    /// The Lab page's starting settings of every demo that runs in the learner's language.
    pub fn lab_presets(&self) -> Result<Vec<LabPreset>> {
        let locale = self.locale()?;
        Ok(MULTILINGUAL_DEMOS
            .iter()
            .filter_map(|demo| {
                let table = self.course.presets.get(*demo)?.values().find(|t| t.contains_key(LOCALES_KEY))?;
                Some(LabPreset { demo: demo.to_string(), settings: english(table), settings_multilingual: for_locale(table, &locale) })
            })
            .collect())
    }
}

/// Checks one preset's per-locale tables: known locales only, only fields the English preset
/// has (with the same type), and for a multilingual demo every locale but English present.
pub(super) fn check(rel: &Path, demo: &str, name: &str, settings: &toml::Table, diags: &mut Vec<Diagnostic>) {
    let mut err = |msg: String| diags.push(Diagnostic::error(rel, None, format!("preset '{demo}.{name}': {msg}")));
    let tables = match settings.get(LOCALES_KEY) {
        None => None,
        Some(toml::Value::Table(t)) => Some(t),
        Some(_) => {
            err(format!("'{LOCALES_KEY}' must hold one table per locale: [{demo}.{name}.{LOCALES_KEY}.de]"));
            return;
        }
    };
    if MULTILINGUAL_DEMOS.contains(&demo) {
        let missing: Vec<&str> = known_locales().filter(|l| *l != "en" && tables.is_none_or(|t| !t.contains_key(*l))).collect();
        if !missing.is_empty() {
            err(format!("the multilingual model needs it in every language; missing: {}", missing.join(", ")));
        }
    }
    for (locale, table) in tables.into_iter().flatten() {
        if !is_known(locale) {
            err(format!("unknown locale '{locale}'"));
            continue;
        }
        let Some(table) = table.as_table() else {
            err(format!("'{LOCALES_KEY}.{locale}' must be a table"));
            continue;
        };
        for (field, value) in table {
            match settings.get(field) {
                Some(english) if english.type_str() == value.type_str() => {}
                Some(english) => err(format!("'{LOCALES_KEY}.{locale}.{field}' is a {}, the English one a {}", value.type_str(), english.type_str())),
                None => err(format!("'{LOCALES_KEY}.{locale}.{field}' has no English field of that name")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> toml::Table {
        toml::from_str(src).unwrap_or_else(|e| panic!("{e}"))
    }

    const EXPLORER: &str = r#"
prompt = "On a cold winter evening"
seed = 7
[locales.de]
prompt = "An einem kalten Winterabend"
[locales.tr]
prompt = "Soğuk bir kış akşamı"
[locales.uk]
prompt = "Холодного зимового вечора"
[locales.ar]
prompt = "في مساء شتوي بارد"
[locales.ru]
prompt = "Холодным зимним вечером"
"#;

    fn errors(demo: &str, src: &str) -> Vec<String> {
        let mut diags = Vec::new();
        check(Path::new("presets/x.toml"), demo, "p", &table(src), &mut diags);
        diags.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn a_locale_replaces_the_english_fields_it_names_and_keeps_the_others() {
        let t = table(EXPLORER);
        let de = for_locale(&t, "de");
        assert_eq!(de.as_ref().and_then(|v| v["prompt"].as_str()), Some("An einem kalten Winterabend"));
        assert_eq!(de.as_ref().and_then(|v| v["seed"].as_i64()), Some(7));
        assert!(de.as_ref().is_some_and(|v| v.get(LOCALES_KEY).is_none()));
        // Leichte Sprache without its own table reads the German one; English the English fields.
        assert_eq!(for_locale(&t, "de-x-ls").and_then(|v| v["prompt"].as_str().map(String::from)).as_deref(), Some("An einem kalten Winterabend"));
        assert_eq!(for_locale(&t, "en").and_then(|v| v["prompt"].as_str().map(String::from)).as_deref(), Some("On a cold winter evening"));
        assert!(english(&t).get(LOCALES_KEY).is_none());
        assert_eq!(for_locale(&table("prompt = \"x\""), "de"), None, "no per-locale tables, no multilingual preset");
    }

    #[test]
    fn the_checker_wants_every_learner_locale_for_a_multilingual_demo() {
        let e = errors("next-token", EXPLORER);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].contains("missing: de-x-ls"), "{e:?}");
        let complete = format!("{EXPLORER}[locales.de-x-ls]\nprompt = \"Es ist Winter. Am Abend esse ich gern\"\n");
        assert!(errors("next-token", &complete).is_empty());
        // A demo that runs on the English model only needs none.
        assert!(errors("chat", "prompt = \"x\"").is_empty());
    }

    #[test]
    fn the_checker_catches_typos_in_locale_tables() {
        let e = errors("chat", "prompt = \"x\"\n[locales.xx]\nprompt = \"y\"\n[locales.de]\npromt = \"z\"\nprompt = 3\n");
        assert!(e.iter().any(|m| m.contains("unknown locale 'xx'")), "{e:?}");
        assert!(e.iter().any(|m| m.contains("'locales.de.promt' has no English field")), "{e:?}");
        assert!(e.iter().any(|m| m.contains("'locales.de.prompt' is a integer")), "{e:?}");
        assert!(errors("chat", "prompt = \"x\"\nlocales = 3\n").iter().any(|m| m.contains("must hold one table per locale")));
    }
}
