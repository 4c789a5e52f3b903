//! Reads a lesson's `<locale>.md` (and glossary files): TOML front matter between `+++` lines,
//! then blocks started by `@step`, `@option`, `@feedback` or `@term` lines.

use super::diagnostics::{line_of, Diagnostic};
use super::model::{LessonText, LoopText, OptionText, StepText};
use std::collections::BTreeMap;
use std::path::Path;

/// One `@kind id` block of a directive file.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub kind: String,
    pub id: String,
    pub body: String,
    pub line: usize,
}

pub(crate) struct DirectiveFile {
    pub front: toml::Table,
    pub blocks: Vec<Block>,
}

const DIRECTIVES: &[&str] = &["step", "option", "feedback", "term"];
/// Directives without an id: the two questions around a demo.
const BARE_DIRECTIVES: &[&str] = &["predict", "debrief"];

/// Splits a directive file; every problem becomes a diagnostic naming `rel` and the line.
pub(crate) fn parse_directives(rel: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Option<DirectiveFile> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n').enumerate();
    let first = lines.next().map(|(_, l)| l.trim_end());
    if first != Some("+++") {
        diags.push(Diagnostic::error(rel, Some(1), "the file must start with a '+++' line (front matter with title, description, translation_of)"));
        return None;
    }
    let mut front_src = String::new();
    let mut body_start = None;
    for (i, l) in lines.by_ref() {
        if l.trim_end() == "+++" {
            body_start = Some(i + 1);
            break;
        }
        front_src.push_str(l);
    }
    let Some(body_start) = body_start else {
        diags.push(Diagnostic::error(rel, Some(1), "the front matter is not closed: add a '+++' line after it"));
        return None;
    };
    let front = match front_src.parse::<toml::Table>() {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| line_of(&front_src, s.start) + 1);
            diags.push(Diagnostic::error(rel, line, format!("front matter: {}", e.message())));
            return None;
        }
    };

    let mut blocks: Vec<Block> = Vec::new();
    for (i, l) in lines {
        let line_no = i + 1;
        if let Some(rest) = l.strip_prefix('@') {
            let rest = rest.trim_end();
            let mut parts = rest.splitn(2, char::is_whitespace);
            let kind = parts.next().unwrap_or("");
            if DIRECTIVES.contains(&kind) {
                let id = parts.next().unwrap_or("").trim();
                if id.is_empty() || id.contains(char::is_whitespace) {
                    diags.push(Diagnostic::error(rel, Some(line_no), format!("'@{kind}' needs exactly one id after it")));
                }
                blocks.push(Block { kind: kind.to_string(), id: id.to_string(), body: String::new(), line: line_no });
                continue;
            }
            if BARE_DIRECTIVES.contains(&kind) {
                if parts.next().is_some_and(|id| !id.trim().is_empty()) {
                    diags.push(Diagnostic::error(rel, Some(line_no), format!("'@{kind}' takes nothing after it")));
                }
                blocks.push(Block { kind: kind.to_string(), id: String::new(), body: String::new(), line: line_no });
                continue;
            }
            if !kind.is_empty() && kind.chars().all(|c| c.is_ascii_alphabetic()) {
                diags.push(Diagnostic::error(rel, Some(line_no), format!("unknown directive '@{kind}' (known: @step, @option, @feedback, @term, @predict, @debrief)")));
                continue;
            }
        }
        match blocks.last_mut() {
            Some(b) => b.body.push_str(l),
            None if l.trim().is_empty() => {}
            None => {
                diags.push(Diagnostic::error(rel, Some(line_no), "text before the first '@step' belongs to no step"));
            }
        }
    }
    for b in &mut blocks {
        b.body = b.body.trim().to_string();
    }
    let _ = body_start;
    Some(DirectiveFile { front, blocks })
}

/// Parses one lesson text file. `rel` is used in diagnostics; `locale` is recorded.
pub fn parse_locale_file(rel: &Path, locale: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<LessonText> {
    let file = parse_directives(rel, text, diags)?;
    let front_str = |key: &str, diags: &mut Vec<Diagnostic>| match file.front.get(key) {
        Some(toml::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(_) => {
            diags.push(Diagnostic::error(rel, Some(1), format!("front matter: '{key}' must be a non-empty text")));
            String::new()
        }
        None => {
            diags.push(Diagnostic::error(rel, Some(1), format!("front matter: '{key}' is missing")));
            String::new()
        }
    };
    let title = front_str("title", diags);
    let description = front_str("description", diags);
    let translation_of = match file.front.get("translation_of") {
        Some(toml::Value::Integer(n)) if *n >= 1 => *n as u32,
        Some(_) => {
            diags.push(Diagnostic::error(rel, Some(1), "front matter: 'translation_of' must be a whole number ≥ 1"));
            0
        }
        None => {
            diags.push(Diagnostic::error(rel, Some(1), "front matter: 'translation_of' is missing"));
            0
        }
    };
    for key in file.front.keys() {
        if !["title", "description", "translation_of"].contains(&key.as_str()) {
            diags.push(Diagnostic::warning(rel, Some(1), format!("front matter: unknown key '{key}'")));
        }
    }

    let mut steps: BTreeMap<String, StepText> = BTreeMap::new();
    let mut current: Option<String> = None;
    for b in file.blocks {
        match b.kind.as_str() {
            "step" => {
                if steps.contains_key(&b.id) {
                    diags.push(Diagnostic::error(rel, Some(b.line), format!("step '{}' appears twice", b.id)));
                    current = None;
                    continue;
                }
                steps.insert(b.id.clone(), StepText { body: b.body, line: b.line, ..Default::default() });
                current = Some(b.id);
            }
            "option" | "feedback" => {
                let Some(step) = current.as_ref().and_then(|id| steps.get_mut(id)) else {
                    diags.push(Diagnostic::error(rel, Some(b.line), format!("'@{}' must follow a '@step'", b.kind)));
                    continue;
                };
                let opt = step.options.entry(b.id.clone()).or_insert_with(|| OptionText { line: b.line, ..Default::default() });
                let slot = if b.kind == "option" { &mut opt.text } else { &mut opt.feedback };
                if !slot.is_empty() {
                    diags.push(Diagnostic::error(rel, Some(b.line), format!("'@{} {}' appears twice in this step", b.kind, b.id)));
                }
                *slot = b.body;
            }
            "predict" | "debrief" => {
                let Some(step) = current.as_ref().and_then(|id| steps.get_mut(id)) else {
                    diags.push(Diagnostic::error(rel, Some(b.line), format!("'@{}' must follow a '@step'", b.kind)));
                    continue;
                };
                let slot = if b.kind == "predict" { &mut step.predict } else { &mut step.debrief };
                if slot.is_some() {
                    diags.push(Diagnostic::error(rel, Some(b.line), format!("'@{}' appears twice in this step", b.kind)));
                }
                *slot = Some(LoopText { text: b.body, line: b.line });
            }
            other => {
                diags.push(Diagnostic::error(rel, Some(b.line), format!("'@{other}' does not belong in a lesson file")));
            }
        }
    }
    Some(LessonText {
        locale: locale.to_string(),
        title,
        description,
        translation_of,
        steps,
        file: rel.to_path_buf(),
    })
}
