//! Checks the Fluent files: syntax, and messages missing compared with English (an error for the
//! required locales, a warning for those in progress). `cargo xtask check` and the tests run it.

use super::locales::is_known;
use super::FTL_SOURCES;
use crate::course::Diagnostic;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Locales whose strings must be complete; the rest are in progress and only warned about.
pub const REQUIRED_UI_LOCALES: &[&str] = &["en", "de", "tr", "uk", "ar", "ru"];

/// Plain-language locales: every message a learner can meet must exist in them; the files named
/// here hold teacher and admin screens, where the standard language (the fallback) is enough.
pub const LEARNER_UI_LOCALES: &[(&str, &[&str])] = &[("de-x-ls", &["teacher.ftl"])];

type Sources<'a> = &'a [(&'a str, &'a str, &'a str)];

/// Message ids defined in each locale (all files together).
fn ids_by_locale() -> (BTreeMap<String, BTreeSet<String>>, Vec<Diagnostic>) {
    ids_in(FTL_SOURCES)
}

fn ids_in(sources: Sources<'_>) -> (BTreeMap<String, BTreeSet<String>>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (loc, file, src) in sources {
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
    check_sources(FTL_SOURCES)
}

fn check_sources(sources: Sources<'_>) -> Vec<Diagnostic> {
    let (ids, mut diags) = ids_in(sources);
    diags.extend(plural_variants_missing(sources));
    let Some(en) = ids.get("en") else {
        diags.push(Diagnostic::error("locales/en", None, "the English template is missing"));
        return diags;
    };
    for (loc, set) in &ids {
        if !is_known(loc) {
            diags.push(Diagnostic::warning(PathBuf::from("locales").join(loc), None, "not a locale Klar knows"));
            continue;
        }
        if let Some((_, teacher_files)) = LEARNER_UI_LOCALES.iter().find(|(l, _)| l == loc) {
            diags.extend(learner_messages_missing(sources, loc, teacher_files, set));
            continue;
        }
        let missing: Vec<&String> = en.difference(set).collect();
        if missing.is_empty() {
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

/// The learner-facing English messages (every file but the teacher files) that `loc` lacks, as
/// one error per file.
fn learner_messages_missing(sources: Sources<'_>, loc: &str, teacher_files: &[&str], have: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (_, file, src) in sources.iter().filter(|(l, f, _)| *l == "en" && !teacher_files.contains(f)) {
        let mut ignore = Vec::new();
        let missing: Vec<String> = check_ftl(std::path::Path::new(file), src, &mut ignore).into_iter().filter(|id| !have.contains(id)).collect();
        if !missing.is_empty() {
            out.push(Diagnostic::error(
                PathBuf::from("locales").join(loc).join(file),
                None,
                format!("{} learner-facing message(s) missing (only {} may stay in the standard language): {}", missing.len(), teacher_files.join(", "), missing.join(", ")),
            ));
        }
    }
    out
}

/// The plural categories a number needs in each locale (CLDR). Turkish nouns stay singular after a
/// number, so Turkish needs no variants; English and German need `one` and `other`.
pub const PLURAL_CATEGORIES: &[(&str, &[&str])] = &[
    ("en", &["one", "other"]),
    ("de", &["one", "other"]),
    ("de-x-ls", &["one", "other"]),
    ("uk", &["one", "few", "many", "other"]),
    ("ru", &["one", "few", "many", "other"]),
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
];

/// A select on a variable, with its variant keys.
type Select = (String, Vec<String>);

/// Per message: the selects it has, and whether its comment calls it a label form.
fn plural_selects(src: &str) -> BTreeMap<String, (Vec<Select>, bool)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
    fn walk(p: &Pattern<&str>, out: &mut Vec<Select>) {
        for el in &p.elements {
            let PatternElement::Placeable { expression } = el else { continue };
            match expression {
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        let keys = variants
                            .iter()
                            .map(|v| match &v.key {
                                VariantKey::Identifier { name } => name.to_string(),
                                VariantKey::NumberLiteral { value } => value.to_string(),
                            })
                            .collect();
                        out.push((id.name.to_string(), keys));
                    }
                    for v in variants {
                        walk(&v.value, out);
                    }
                }
                Expression::Inline(InlineExpression::Placeable { expression }) => {
                    walk(&Pattern { elements: vec![PatternElement::Placeable { expression: (**expression).clone() }] }, out);
                }
                Expression::Inline(_) => {}
            }
        }
    }
    let res = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = BTreeMap::new();
    for entry in &res.body {
        let Entry::Message(m) = entry else { continue };
        let mut selects = Vec::new();
        if let Some(p) = &m.value {
            walk(p, &mut selects);
        }
        // A message written as a label ("Minuten: 5") needs no plural; its comment says so.
        let label = m.comment.as_ref().is_some_and(|c| c.content.iter().any(|l| l.contains("label form")));
        out.insert(m.id.name.to_string(), (selects, label));
    }
    out
}

/// Messages whose English text chooses its words by a number, but whose translation lacks the
/// plural categories its language needs.
fn plural_variants_missing(sources: Sources<'_>) -> Vec<Diagnostic> {
    let mut english: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, _, src) in sources.iter().filter(|(l, _, _)| *l == "en") {
        for (id, (selects, _)) in plural_selects(src) {
            let vars: Vec<String> = selects.into_iter().filter(|(_, keys)| keys.iter().any(|k| k == "one")).map(|(v, _)| v).collect();
            if !vars.is_empty() {
                english.insert(id, vars);
            }
        }
    }
    let mut out = Vec::new();
    for (loc, file, src) in sources.iter().filter(|(l, _, _)| *l != "en") {
        let Some((_, needed)) = PLURAL_CATEGORIES.iter().find(|(l, _)| l == loc) else { continue };
        for (id, (selects, label)) in plural_selects(src) {
            let Some(vars) = english.get(&id) else { continue };
            if label {
                continue;
            }
            for var in vars {
                let have: Vec<&String> = selects.iter().filter(|(v, _)| v == var).flat_map(|(_, k)| k).collect();
                let missing: Vec<&str> = needed.iter().copied().filter(|c| !have.iter().any(|h| h.as_str() == *c)).collect();
                if !missing.is_empty() {
                    out.push(Diagnostic::error(
                        PathBuf::from("locales").join(loc).join(file),
                        None,
                        format!("'{id}': the number ${var} needs the plural variants {} in this language (or a '# label form' comment)", missing.join(", ")),
                    ));
                }
            }
        }
    }
    out
}

/// The English message ids (for tests and the checker).
pub fn template_ids() -> BTreeSet<String> {
    ids_by_locale().0.remove("en").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leichte_sprache_needs_every_learner_message_but_not_the_teacher_screens() {
        let sources: &[(&str, &str, &str)] = &[
            ("en", "main.ftl", "hello = Hello\nbye = Bye\n"),
            ("en", "teacher.ftl", "report = Report\n"),
            ("de-x-ls", "main.ftl", "hello = Hallo\n"),
        ];
        let errors: Vec<String> = check_sources(sources).into_iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("de-x-ls/main.ftl") && errors[0].contains("bye") && !errors[0].contains("report"), "{errors:?}");

        let complete: &[(&str, &str, &str)] = &[("en", "main.ftl", "hello = Hello\n"), ("en", "teacher.ftl", "report = Report\n"), ("de-x-ls", "main.ftl", "hello = Hallo\n")];
        assert!(check_sources(complete).iter().all(|d| !d.is_error()));
    }

    #[test]
    fn a_number_message_needs_the_plural_variants_of_its_language() {
        let en = ("en", "main.ftl", "left = { $count ->\n    [one] one minute\n   *[other] { $count } minutes\n} left\n");
        let uk_short = ("uk", "main.ftl", "left = { $count ->\n    [one] { $count } хвилина\n   *[other] { $count } хвилин\n}\n");
        let errors: Vec<String> = check_sources(&[en, uk_short]).into_iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert!(errors.iter().any(|e| e.contains("'left'") && e.contains("few, many")), "{errors:?}");

        let uk_full = ("uk", "main.ftl", "left = { $count ->\n    [one] { $count } хвилина\n    [few] { $count } хвилини\n    [many] { $count } хвилин\n   *[other] { $count } хвилини\n}\n");
        let tr_none = ("tr", "main.ftl", "left = { $count } dakika kaldı\n");
        let ar_label = ("ar", "main.ftl", "# label form: the number stands alone\nleft = الدقائق المتبقية: { $count }\n");
        assert!(check_sources(&[en, uk_full, tr_none, ar_label]).iter().all(|d| !d.is_error()));
    }

    #[test]
    fn the_shipped_locales_check_clean() {
        let errors: Vec<String> = check_locales().into_iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
