//! The course's files beside the lessons: demo presets, the glossary, and the published ids.

use super::read::{read_text, toml_error};
use super::diagnostics::Diagnostic;
use super::markdown::parse_directives;
use super::model::*;
use super::KNOWN_DEMOS;
use crate::i18n::locales::known_locales;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `published.toml` remembers every uuid that has been released, so a changed one is caught.
#[derive(Deserialize, Default)]
pub(super) struct Published {
    #[serde(default)]
    pub(super) uuids: BTreeMap<String, String>,
}

pub(super) fn load_presets(root: &Path, diags: &mut Vec<Diagnostic>) -> BTreeMap<String, BTreeMap<String, toml::Table>> {
    let mut presets: BTreeMap<String, BTreeMap<String, toml::Table>> = BTreeMap::new();
    let dir = root.join("presets");
    let Ok(entries) = std::fs::read_dir(&dir) else { return presets };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect();
    files.sort();
    for path in files {
        let rel = PathBuf::from("presets").join(path.file_name().unwrap_or_default());
        let src = match read_text(&path, &dir) {
            Ok(s) => s,
            Err(e) => {
                diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}")));
                continue;
            }
        };
        let table: toml::Table = match toml::from_str(&src) {
            Ok(t) => t,
            Err(e) => {
                diags.push(toml_error(&rel, &src, &e));
                continue;
            }
        };
        for (demo, value) in table {
            if !KNOWN_DEMOS.contains(&demo.as_str()) {
                diags.push(Diagnostic::error(&rel, None, format!("unknown demo '{demo}' (known: {})", KNOWN_DEMOS.join(", "))));
                continue;
            }
            let toml::Value::Table(named) = value else {
                diags.push(Diagnostic::error(&rel, None, format!("'{demo}' must hold tables: [{demo}.<preset-name>]")));
                continue;
            };
            for (name, settings) in named {
                let toml::Value::Table(settings) = settings else {
                    diags.push(Diagnostic::error(&rel, None, format!("'{demo}.{name}' must be a table of settings")));
                    continue;
                };
                super::presets::check(&rel, &demo, &name, &settings, diags);
                if presets.entry(demo.clone()).or_default().insert(name.clone(), settings).is_some() {
                    diags.push(Diagnostic::error(&rel, None, format!("preset '{demo}.{name}' is defined twice")));
                }
            }
        }
    }
    presets
}

pub(super) fn load_glossary(root: &Path, required: &[String], diags: &mut Vec<Diagnostic>) -> BTreeMap<String, BTreeMap<String, GlossaryEntry>> {
    let mut out = BTreeMap::new();
    for loc in known_locales() {
        let rel = PathBuf::from("glossary").join(format!("{loc}.md"));
        let src = match read_text(&root.join(&rel), root) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}")));
                continue;
            }
        };
        let Some(file) = parse_directives(&rel, &src, diags) else { continue };
        let mut terms = BTreeMap::new();
        for b in file.blocks {
            if b.kind != "term" {
                diags.push(Diagnostic::error(&rel, Some(b.line), format!("'@{}' does not belong in a glossary (use '@term')", b.kind)));
                continue;
            }
            let (term, body) = b.body.split_once('\n').unwrap_or((b.body.as_str(), ""));
            if term.trim().is_empty() || body.trim().is_empty() {
                diags.push(Diagnostic::error(&rel, Some(b.line), format!("term '{}' needs its name on the first line and an explanation below", b.id)));
                continue;
            }
            if terms.insert(b.id.clone(), GlossaryEntry { term: term.trim().to_string(), body: body.trim().to_string() }).is_some() {
                diags.push(Diagnostic::error(&rel, Some(b.line), format!("term '{}' is defined twice", b.id)));
            }
        }
        out.insert(loc.to_string(), terms);
    }
    if let Some(source) = out.get("en") {
        for (loc, terms) in &out {
            let rel = PathBuf::from("glossary").join(format!("{loc}.md"));
            for id in source.keys().filter(|id| !terms.contains_key(*id)) {
                let msg = format!("term '{id}' is missing");
                if required.contains(loc) {
                    diags.push(Diagnostic::error(&rel, None, msg));
                } else {
                    diags.push(Diagnostic::warning(&rel, None, msg));
                }
            }
        }
    }
    out
}

pub(super) fn load_published(root: &Path, diags: &mut Vec<Diagnostic>) -> Published {
    let rel = PathBuf::from("published.toml");
    match read_text(&root.join(&rel), root) {
        Ok(src) => toml::from_str(&src).unwrap_or_else(|e| {
            diags.push(toml_error(&rel, &src, &e));
            Published::default()
        }),
        Err(_) => Published::default(),
    }
}

/// Every uuid of the loaded course keyed as `published.toml` keys them (`slug`, `slug/step`).
pub fn published_uuids(course: &Course) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in &course.lessons {
        if let LessonEntry::Ready(l) = e {
            out.insert(l.slug.clone(), l.uuid.to_string());
            for s in &l.steps {
                out.insert(format!("{}/{}", l.slug, s.id), s.uuid.to_string());
            }
        }
    }
    out
}
