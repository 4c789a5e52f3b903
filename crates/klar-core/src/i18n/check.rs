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
    fn the_shipped_locales_check_clean() {
        let errors: Vec<String> = check_locales().into_iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
