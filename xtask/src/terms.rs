//! Language rules of `cargo xtask check` that look at the words themselves:
//! - each locale's `locales/<locale>/terms.toml` names words not to use; none may appear in the
//!   locale's lessons, teachers' pages, glossary or interface strings;
//! - German texts (`de`, `de-x-ls`) keep "Art. 50", "§ 573", "10 %", "z. B." together with a
//!   non-breaking space, so a line never breaks inside them.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    /// Concept → the word to use (documentation for translators; the checker reads `avoid`).
    #[serde(default)]
    #[allow(dead_code)]
    terms: BTreeMap<String, String>,
    #[serde(default)]
    avoid: Vec<Avoid>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Avoid {
    text: String,
    instead: String,
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// Lower case, without Arabic vowel marks, shadda and tatweel.
fn normalise(text: &str) -> String {
    text.to_lowercase().chars().filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}')).collect()
}

/// Arabic joins the article and short particles to the next word ("وال…", "بال…", "ل…").
const ARABIC_FRONT: &[&str] = &["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل"];

/// Whether `needle` (normalised) stands in `line` (normalised) as a whole word or phrase.
fn has_word(line: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let arabic = needle.chars().any(is_arabic);
    let mut from = 0;
    while let Some(pos) = line[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let after_ok = line[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let word_start = line[..start].char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
        let before = &line[word_start..start];
        let before_ok = before.is_empty() || (arabic && ARABIC_FRONT.contains(&before));
        if after_ok && before_ok {
            return true;
        }
        from = start + line[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The text of a line that a reader sees: a Fluent line without its message id, a lesson line
/// without `@step`-style markers and link targets.
fn readable(line: &str, fluent: bool) -> String {
    let trimmed = line.trim_start();
    if trimmed.starts_with('#') && fluent || trimmed.starts_with('@') && !fluent {
        return String::new();
    }
    let mut text = line.to_string();
    if fluent && !line.starts_with(' ') {
        if let Some((_, value)) = line.split_once('=') {
            text = value.to_string();
        }
    }
    // Drop Markdown link targets: "[word](glossary:term-id)" keeps "word".
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 2..];
        match rest.find(')') {
            Some(j) => rest = &rest[j + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// The files of one locale the rules apply to.
fn locale_files(root: &Path, locale: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(root.join("lessons")) {
        for d in dirs.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
            for name in [format!("{locale}.md"), format!("teachers.{locale}.md")] {
                let f = d.join(name);
                if f.is_file() {
                    files.push(f);
                }
            }
        }
    }
    if let Ok(ftl) = std::fs::read_dir(root.join("locales").join(locale)) {
        files.extend(ftl.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")));
    }
    files.sort();
    files
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

/// Words a locale's terms.toml says not to use, where they appear.
fn avoided_words(root: &Path, locale: &str, terms: &TermsFile, out: &mut Vec<String>) {
    for file in locale_files(root, locale) {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let fluent = file.extension().is_some_and(|x| x == "ftl");
        for (n, line) in text.lines().enumerate() {
            let seen = normalise(&readable(line, fluent));
            for a in &terms.avoid {
                if has_word(&seen, &normalise(&a.text)) {
                    out.push(format!("{}:{}: '{}' is not used in {locale}: write '{}' (locales/{locale}/terms.toml)", relative(root, &file), n + 1, a.text, a.instead));
                }
            }
        }
    }
}

/// German abbreviations and units that must not be split from what follows or precedes them.
fn missing_nbsp(line: &str) -> Option<&'static str> {
    for (i, _) in line.match_indices(' ') {
        let (before, after) = (&line[..i], &line[i + 1..]);
        // `before` ends with the word `w` (and nothing of another word right in front of it).
        let ends_with_word = |w: &str| {
            before.strip_suffix(w).is_some_and(|rest| rest.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        };
        let next = after.chars().next();
        let prev = before.chars().next_back();
        if next.is_some_and(|c| c.is_ascii_digit()) && ["Art.", "Abs.", "Nr.", "§"].iter().any(|w| ends_with_word(w)) {
            return Some("between an abbreviation like \"Art.\" or \"§\" and its number");
        }
        if next == Some('%') && prev.is_some_and(|c| c.is_ascii_digit()) {
            return Some("between a number and \"%\"");
        }
        if (ends_with_word("z.") && after.starts_with("B.")) || (ends_with_word("d.") && after.starts_with("h.")) || (ends_with_word("u.") && after.starts_with("a.")) {
            return Some("inside \"z. B.\", \"d. h.\" or \"u. a.\"");
        }
    }
    None
}

fn german_spaces(root: &Path, locale: &str, out: &mut Vec<String>) {
    for file in locale_files(root, locale) {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let fluent = file.extension().is_some_and(|x| x == "ftl");
        for (n, line) in text.lines().enumerate() {
            if let Some(what) = missing_nbsp(&readable(line, fluent)) {
                out.push(format!("{}:{}: a non-breaking space belongs {what}", relative(root, &file), n + 1));
            }
        }
    }
}

/// Every problem of both rules for the repository at `root`, one line each.
pub fn check(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(locales) = std::fs::read_dir(root.join("locales")) else { return out };
    let mut locales: Vec<String> = locales.flatten().filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    locales.sort();
    for locale in &locales {
        let path = root.join("locales").join(locale).join("terms.toml");
        if let Ok(text) = std::fs::read_to_string(&path) {
            match toml::from_str::<TermsFile>(&text) {
                Ok(terms) => avoided_words(root, locale, &terms, &mut out),
                Err(e) => out.push(format!("locales/{locale}/terms.toml: {e}")),
            }
        }
        if locale == "de" || locale == "de-x-ls" {
            german_spaces(root, locale, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_whole_and_in_any_case() {
        assert!(has_word(&normalise("Der Detektor sagt"), &normalise("detektor")));
        assert!(!has_word(&normalise("Die Detektoren sagen"), &normalise("Detektor")), "another word");
        assert!(has_word(&normalise("Die KI-Verordnung gilt"), &normalise("KI-Verordnung")));
        assert!(!has_word(&normalise("Sessionen"), "сесія"));
        assert!(has_word(&normalise("Ця сесія закінчилась"), &normalise("сесія")));
    }

    #[test]
    fn arabic_words_match_with_the_article_and_particles_in_front() {
        let needle = normalise("مجلس العمّال");
        assert!(has_word(&normalise("تحدث مع مجلس العمال"), &needle), "shadda does not matter");
        assert!(has_word(&normalise("ومجلس العمّال"), &needle));
        assert!(!has_word(&normalise("أمجلس العمّال"), &needle), "not any letter in front");
    }

    #[test]
    fn ids_markers_and_link_targets_are_not_text() {
        assert_eq!(readable("demo-detector-title = Prüfer", true).trim(), "Prüfer");
        assert_eq!(readable("# Detektor comment", true), "");
        assert_eq!(readable("@step detector", false), "");
        assert_eq!(readable("a [Wort](glossary:detektor) b", false), "a [Wort] b");
    }

    #[test]
    fn german_abbreviations_and_units_need_a_non_breaking_space() {
        assert!(missing_nbsp("nach Art. 50 der Verordnung").is_some());
        assert!(missing_nbsp("nach Art.\u{a0}50 der Verordnung").is_none());
        assert!(missing_nbsp("§ 573 BGB").is_some());
        assert!(missing_nbsp("etwa 77 % der Fälle").is_some());
        assert!(missing_nbsp("etwa 77\u{a0}% der Fälle").is_none());
        assert!(missing_nbsp("z. B. so").is_some());
        assert!(missing_nbsp("Der Start. 5 Leute kamen").is_none(), "a sentence end before a number is fine");
    }

    #[test]
    fn the_repository_keeps_its_terms_and_spaces() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let problems = check(&root);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
