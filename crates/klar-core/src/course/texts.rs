//! A lesson's texts: one Markdown file per locale, the teachers' notes, and the links in them.

use super::loader::LessonCtx;
use super::read::read_text;
use super::diagnostics::Diagnostic;
use super::markdown::parse_locale_file;
use super::model::*;
use crate::i18n::locales::{is_known, known_locales};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(super) fn load_texts(
    ctx: &LessonCtx<'_>,
    slug: &str,
    dir: &Path,
    revision: u32,
    steps: &[Step],
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<String, LessonText> {
    let mut texts = BTreeMap::new();
    let course = ctx.course;
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut names: Vec<String> = entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for name in names {
            if let Some(loc) = name.strip_suffix(".md") {
                if !loc.starts_with("teachers.") && !is_known(loc) {
                    diags.push(Diagnostic::warning(PathBuf::from(slug).join(&name), None, format!("'{loc}' is not a locale Klar knows; the file is ignored")));
                }
            }
        }
    }
    for loc in known_locales() {
        let rel = PathBuf::from(slug).join(format!("{loc}.md"));
        let required = course.required_locales.iter().any(|r| r == loc);
        let partial = ctx.partial.contains(loc);
        let src = match read_text(&dir.join(format!("{loc}.md")), dir) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if required {
                    diags.push(Diagnostic::error(&rel, None, "this required translation is missing"));
                }
                continue;
            }
            Err(e) => {
                diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}")));
                continue;
            }
        };
        let Some(text) = parse_locale_file(&rel, loc, &src, diags) else { continue };
        // A partial locale (Leichte Sprache) may leave steps to German, but when it is required
        // it must at least carry the summary and the takeaway.
        let missing = |d: &mut Vec<Diagnostic>, line: Option<usize>, m: String, essential: bool| {
            if required && (!partial || essential) {
                d.push(Diagnostic::error(&rel, line, m));
            } else if !partial {
                d.push(Diagnostic::warning(&rel, line, m));
            }
        };
        if text.translation_of > revision {
            diags.push(Diagnostic::error(&rel, Some(1), format!("translation_of = {} but lesson.toml is only at revision {revision}", text.translation_of)));
        } else if text.translation_of < revision && text.translation_of > 0 {
            diags.push(Diagnostic::warning(&rel, Some(1), format!("out of date: translates revision {} of {revision}", text.translation_of)));
        }
        for (id, st) in &text.steps {
            if !steps.iter().any(|s| &s.id == id) {
                diags.push(Diagnostic::error(&rel, Some(st.line), format!("step '{id}' is not in lesson.toml")));
            }
        }
        for step in steps {
            let Some(st) = text.steps.get(&step.id) else {
                let essential = matches!(step.kind, StepKind::Read { role: Some(ReadRole::Summary | ReadRole::Takeaway) });
                missing(diags, None, format!("step '{}' has no '@step {}' block", step.id, step.id), essential);
                continue;
            };
            if st.body.is_empty() {
                diags.push(Diagnostic::error(&rel, Some(st.line), format!("step '{}' has no text", step.id)));
            }
            check_links(&rel, st, dir, course, diags);
            match &step.kind {
                StepKind::Quiz(q) => {
                    for o in &q.options {
                        match st.options.get(o) {
                            None => diags.push(Diagnostic::error(&rel, Some(st.line), format!("quiz '{}': option '{o}' has no '@option {o}' block", step.id))),
                            Some(ot) => {
                                if ot.text.is_empty() {
                                    diags.push(Diagnostic::error(&rel, Some(ot.line), format!("quiz '{}': option '{o}' has no text", step.id)));
                                }
                                if ot.feedback.is_empty() {
                                    diags.push(Diagnostic::error(&rel, Some(ot.line), format!("quiz '{}': option '{o}' has no '@feedback {o}'", step.id)));
                                }
                            }
                        }
                    }
                    for (o, ot) in &st.options {
                        if !q.options.contains(o) {
                            diags.push(Diagnostic::error(&rel, Some(ot.line), format!("quiz '{}': option '{o}' is not in lesson.toml", step.id)));
                        }
                    }
                }
                StepKind::Demo { demo, preset, .. } => {
                    let settings = course.presets.get(demo).and_then(|p| p.get(preset));
                    super::demo_loop::check_demo_text(&rel, step, st, super::demo_loop::record_fields(demo, settings), diags);
                }
                _ => {
                    if let Some((o, ot)) = st.options.iter().next() {
                        diags.push(Diagnostic::error(&rel, Some(ot.line), format!("step '{}' is not a quiz, but has '@option {o}'", step.id)));
                    }
                }
            }
        }
        texts.insert(loc.to_string(), text);
    }
    texts
}

/// `teachers.<locale>.md`: plain Markdown, required in the course's teacher locales.
pub(super) fn load_teacher_notes(ctx: &LessonCtx<'_>, slug: &str, dir: &Path, diags: &mut Vec<Diagnostic>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for loc in known_locales() {
        let name = format!("teachers.{loc}.md");
        let rel = PathBuf::from(slug).join(&name);
        let required = ctx.teacher_locales.contains(loc);
        match read_text(&dir.join(&name), dir) {
            Ok(text) if text.trim().is_empty() => diags.push(Diagnostic::error(&rel, None, "the teachers' page is empty")),
            Ok(text) => {
                out.insert(loc.to_string(), text);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if required {
                    diags.push(Diagnostic::error(&rel, None, "the teachers' page is missing"));
                }
            }
            Err(e) => diags.push(Diagnostic::error(&rel, None, format!("cannot read: {e}"))),
        }
    }
    out
}

/// Glossary links must name a term; pictures must be files next to the lesson.
fn check_links(rel: &Path, st: &StepText, dir: &Path, course: &Course, diags: &mut Vec<Diagnostic>) {
    let texts = std::iter::once(&st.body).chain(st.options.values().flat_map(|o| [&o.text, &o.feedback]));
    for text in texts {
        for (target, is_image) in super::render::link_targets(text) {
            if let Some(term) = target.strip_prefix("glossary:") {
                let known = course.glossary.get(&course.source_locale).is_some_and(|g| g.contains_key(term));
                if !known {
                    diags.push(Diagnostic::error(rel, Some(st.line), format!("glossary link to '{term}', which lessons/glossary/{}.md does not define", course.source_locale)));
                }
            } else if is_image {
                if let Err(m) = super::render::image_file(dir, &target) {
                    diags.push(Diagnostic::error(rel, Some(st.line), format!("picture '{target}': {m}")));
                }
            }
        }
    }
}
