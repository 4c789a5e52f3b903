//! The shapes of a course once loaded: lessons, their steps and their texts per locale.

use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct Course {
    pub root: PathBuf,
    pub source_locale: String,
    pub required_locales: Vec<String>,
    /// In the order learners see them; broken lessons keep their place.
    pub lessons: Vec<LessonEntry>,
    /// Demo presets: demo name → preset name → settings.
    pub presets: BTreeMap<String, BTreeMap<String, toml::Table>>,
    /// Glossary: locale → term id → entry.
    pub glossary: BTreeMap<String, BTreeMap<String, GlossaryEntry>>,
}

#[derive(Debug, Clone)]
pub enum LessonEntry {
    Ready(Box<Lesson>),
    /// The lesson could not be loaded; `reason` says why (for authors, in English).
    Unavailable { slug: String, reason: String },
}

impl LessonEntry {
    pub fn slug(&self) -> &str {
        match self {
            LessonEntry::Ready(l) => &l.slug,
            LessonEntry::Unavailable { slug, .. } => slug,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Lesson {
    pub uuid: Uuid,
    pub slug: String,
    pub revision: u32,
    pub minutes: u32,
    /// When the lesson's facts were last checked against their sources (`facts_checked = "2026-12"`);
    /// `None` only for a lesson.toml without the line, which `cargo xtask check` refuses.
    pub facts_checked: Option<FactsChecked>,
    pub topics: Vec<String>,
    pub steps: Vec<Step>,
    /// Locale → the text of this lesson in that locale.
    pub texts: BTreeMap<String, LessonText>,
    /// Locale → the "for teachers" page (Markdown).
    pub teachers: BTreeMap<String, String>,
    pub dir: PathBuf,
}

impl Lesson {
    pub fn step(&self, uuid: Uuid) -> Option<&Step> {
        self.steps.iter().find(|s| s.uuid == uuid)
    }

    /// The text of one step in `locale`, falling back as `fallback_chain` says.
    pub fn step_text(&self, locale: &str, step_id: &str) -> Option<(&str, &StepText)> {
        crate::i18n::locales::fallback_chain(locale).into_iter().find_map(|loc| {
            self.texts.get_key_value(loc).and_then(|(k, t)| t.steps.get(step_id).map(|s| (k.as_str(), s)))
        })
    }

    /// Title and description in `locale`, with the same fallback.
    pub fn meta(&self, locale: &str) -> Option<&LessonText> {
        crate::i18n::locales::fallback_chain(locale).into_iter().find_map(|loc| self.texts.get(loc))
    }

    /// The teachers' page in `locale`, with the same fallback as the lesson text.
    pub fn teacher_notes(&self, locale: &str) -> Option<(&str, &str)> {
        crate::i18n::locales::fallback_chain(locale)
            .into_iter()
            .find_map(|loc| self.teachers.get_key_value(loc).map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Quiz steps that count towards the score.
    pub fn scored_questions(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| matches!(&s.kind, StepKind::Quiz(q) if q.scored))
    }
}

/// A year and month, as in `facts_checked = "2026-12"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FactsChecked {
    pub year: u16,
    pub month: u8,
}

impl FactsChecked {
    /// Parses exactly "YYYY-MM" (month 01–12); anything else is `None`.
    pub fn parse(s: &str) -> Option<Self> {
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        (1..=12).contains(&month).then_some(Self { year, month })
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: FactsChecked) -> i32 {
        (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month) - i32::from(self.month)
    }
}

impl std::fmt::Display for FactsChecked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub uuid: Uuid,
    pub kind: StepKind,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StepKind {
    Read { role: Option<ReadRole> },
    Quiz(QuizSpec),
    Reflect,
    /// `predict`: the options of the question asked before the learner runs the demo (texts in
    /// the locale file, after `@predict`); the debrief after `@debrief` names what the demo recorded.
    Demo { demo: String, preset: String, predict: Vec<String> },
}

impl StepKind {
    pub fn name(&self) -> &'static str {
        match self {
            StepKind::Read { .. } => "read",
            StepKind::Quiz(_) => "quiz",
            StepKind::Reflect => "reflect",
            StepKind::Demo { .. } => "demo",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadRole {
    Summary,
    Takeaway,
    Sources,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Select {
    Single,
    Multiple,
}

/// A scored question either puts the learner into a new everyday situation (`Apply`) or checks a
/// key fact of the lesson (`Recall`); the checker counts both per lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tests {
    Apply,
    Recall,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuizSpec {
    pub select: Select,
    pub scored: bool,
    /// What a scored question asks of the learner (`tests = "apply"` or `"recall"` in lesson.toml).
    #[serde(skip)]
    pub tests: Option<Tests>,
    pub options: Vec<String>,
    /// Never sent to the UI: answers are checked in Rust.
    #[serde(skip)]
    pub correct: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct LessonText {
    pub locale: String,
    pub title: String,
    pub description: String,
    pub translation_of: u32,
    pub steps: BTreeMap<String, StepText>,
    pub file: PathBuf,
}

#[derive(Debug, Clone, Default)]
pub struct StepText {
    /// Markdown source.
    pub body: String,
    pub line: usize,
    pub options: BTreeMap<String, OptionText>,
    /// A demo step's question before the run (`@predict`); its options are in `options`.
    pub predict: Option<LoopText>,
    /// A demo step's question after the run (`@debrief`), with `{ placeholders }` for the record.
    pub debrief: Option<LoopText>,
}

#[derive(Debug, Clone, Default)]
pub struct LoopText {
    pub text: String,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct OptionText {
    pub text: String,
    pub feedback: String,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct GlossaryEntry {
    pub term: String,
    /// Markdown source.
    pub body: String,
}

#[cfg(test)]
mod tests {
    use super::FactsChecked;

    #[test]
    fn facts_checked_is_exactly_a_year_and_a_month() {
        assert_eq!(FactsChecked::parse("2026-12"), Some(FactsChecked { year: 2026, month: 12 }));
        for bad in ["2026-13", "2026-00", "2026-1", "26-12", "Dec 2026", "2026-12-01", "2026/12", "", "２０２６-12"] {
            assert_eq!(FactsChecked::parse(bad), None, "{bad}");
        }
        assert_eq!(FactsChecked { year: 2026, month: 12 }.to_string(), "2026-12");
    }

    #[test]
    fn months_count_across_years() {
        let dec = FactsChecked { year: 2026, month: 12 };
        assert_eq!(dec.months_until(FactsChecked { year: 2027, month: 12 }), 12);
        assert_eq!(dec.months_until(FactsChecked { year: 2028, month: 1 }), 13);
        assert_eq!(dec.months_until(FactsChecked { year: 2026, month: 11 }), -1);
    }
}
