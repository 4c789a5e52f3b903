//! Honest minutes for `cargo xtask check`: estimates how long each lesson takes in each locale from
//! what the learner reads, answers, writes and tries, and fails when the declared minutes are off.

use klar_core::course::{Course, Lesson, LessonEntry, ReadRole, StepKind, StepText};
use std::collections::BTreeMap;

/// Reading speed of adults who read slowly or in a second language (the issue asks for 130).
pub const WORDS_PER_MINUTE: f64 = 130.0;
/// Thinking and choosing on top of reading a scored question and its feedback.
pub const SCORED_QUESTION_MINUTES: f64 = 0.75;
/// A warm-up asks what the learner already believes: a quicker choice, nothing to get right.
pub const WARMUP_MINUTES: f64 = 0.5;
/// Writing a few sentences of one's own, on top of reading the prompt.
pub const REFLECT_MINUTES: f64 = 2.0;
/// The declared minutes may be this far off the estimate (as a share of the estimate).
pub const MAX_OFF: f64 = 0.25;
/// A lesson estimated above this is too long for one sitting: split it.
pub const SPLIT_ABOVE: f64 = 35.0;

/// Minutes a demo step takes beyond reading its task, by demo. Doing is slower than reading: the
/// learner types or draws, the small model needs seconds per answer on a classroom PC, and most
/// tasks ask to try twice and compare. One table, so a new demo needs one line here.
const DEMO_MINUTES: &[(&str, f64)] = &[
    ("chat", 4.0),          // type a prompt, wait for and read the answer, try a variant
    ("next-token", 5.0),    // bars, temperature, seed, picking tokens by hand: several runs
    ("tokenizer", 3.0),     // instant; compare a few sentences and languages
    ("hallucination", 5.0), // generate a text, then compare every claim with the source card
    ("bias-probe", 4.0),    // several completions to run and compare
    ("classifier", 6.0),    // draw examples of each class, train, test, fix the data
    ("detector", 5.0),      // write or paste own text, run, simplify it, run again
    ("injection", 5.0),     // several levels of trying to get the secret out
    ("privacy", 3.0),       // paste a message and read what is highlighted
    ("energy", 3.0),        // run one answer and read the scaled figures
];
/// For a demo missing from the table (the loader refuses unknown demos, so this is a fallback).
const DEMO_DEFAULT_MINUTES: f64 = 3.0;

fn demo_minutes(demo: &str) -> f64 {
    DEMO_MINUTES.iter().find(|(d, _)| *d == demo).map_or(DEMO_DEFAULT_MINUTES, |(_, m)| *m)
}

/// Words as a reader meets them: a link's target is not read, and a token with no letter or digit
/// (list bullets, `|`, `**`, `–`) is no word.
pub fn count_words(markdown: &str) -> usize {
    let mut text = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(i) = rest.find("](") {
        text.push_str(&rest[..i]);
        rest = &rest[i + 2..];
        match rest.find(')') {
            Some(end) => rest = &rest[end + 1..],
            None => break,
        }
    }
    text.push_str(rest);
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Words a learner reads in one step: the text, every option, and the feedback they are shown –
/// the correct options' feedback (shown after any answer) plus, on average, one other option's.
fn step_words(kind: &StepKind, text: &StepText) -> usize {
    let mut words = count_words(&text.body);
    let StepKind::Quiz(q) = kind else { return words };
    words += text.options.values().map(|o| count_words(&o.text)).sum::<usize>();
    let feedback = |id: &String| text.options.get(id).map_or(0, |o| count_words(&o.feedback));
    let (right, other): (Vec<&String>, Vec<&String>) = q.options.iter().partition(|o| q.correct.contains(*o));
    words += right.iter().copied().map(feedback).sum::<usize>();
    if !other.is_empty() {
        words += other.iter().copied().map(feedback).sum::<usize>() / other.len();
    }
    words
}

#[derive(Debug, Clone, PartialEq)]
pub struct LessonMinutes {
    pub slug: String,
    pub declared: u32,
    /// Locale → estimated minutes (only locales with a text).
    pub estimate: BTreeMap<String, f64>,
}

impl LessonMinutes {
    fn off(&self, locale: &str) -> bool {
        self.estimate.get(locale).is_some_and(|&e| (f64::from(self.declared) - e).abs() > MAX_OFF * e)
    }
}

/// The estimate for one lesson in one locale (`None` without a text in that locale). The Sources
/// step is not counted: a reference list is looked up, not read through.
pub fn estimate(lesson: &Lesson, locale: &str) -> Option<f64> {
    let text = lesson.texts.get(locale)?;
    let mut words = 0;
    let mut doing = 0.0;
    for step in &lesson.steps {
        if let Some(st) = text.steps.get(&step.id) {
            if !matches!(step.kind, StepKind::Read { role: Some(ReadRole::Sources) }) {
                words += step_words(&step.kind, st);
            }
        }
        doing += match &step.kind {
            StepKind::Quiz(q) if q.scored => SCORED_QUESTION_MINUTES,
            StepKind::Quiz(_) => WARMUP_MINUTES,
            StepKind::Reflect => REFLECT_MINUTES,
            StepKind::Demo { demo, .. } => demo_minutes(demo),
            StepKind::Read { .. } => 0.0,
        };
    }
    Some(words as f64 / WORDS_PER_MINUTE + doing)
}

pub fn figures(course: &Course) -> Vec<LessonMinutes> {
    course
        .lessons
        .iter()
        .filter_map(|e| match e {
            LessonEntry::Ready(l) => Some(l),
            LessonEntry::Unavailable { .. } => None,
        })
        .map(|l| LessonMinutes {
            slug: l.slug.clone(),
            declared: l.minutes,
            estimate: course.required_locales.iter().filter_map(|loc| estimate(l, loc).map(|m| (loc.clone(), m))).collect(),
        })
        .collect()
}

/// What fails the check: the source locale's estimate decides; other locales are named.
pub fn problems(figures: &[LessonMinutes], source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for f in figures {
        let Some(&est) = f.estimate.get(source) else { continue };
        let also: Vec<&str> = f.estimate.keys().filter(|l| *l != source && f.off(l)).map(String::as_str).collect();
        let also = if also.is_empty() { String::new() } else { format!(" (also off in {})", also.join(", ")) };
        if f.off(source) {
            out.push(format!(
                "{}: declares {} minutes but takes about {est:.0} in {source} (more than {:.0} % off){also}",
                f.slug,
                f.declared,
                MAX_OFF * 100.0
            ));
        }
        if est > SPLIT_ABOVE {
            out.push(format!("{}: about {est:.0} minutes in {source}, more than {SPLIT_ABOVE:.0}: split it into two lessons", f.slug));
        }
    }
    out
}

/// Allowed, but worth knowing: another locale off by more than the limit or over the split limit.
pub fn warnings(figures: &[LessonMinutes], source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for f in figures {
        for (loc, &est) in &f.estimate {
            if loc != source && !f.off(source) && f.off(loc) {
                out.push(format!("{}/{loc}: declares {} minutes but takes about {est:.0} in {loc}", f.slug, f.declared));
            }
        }
    }
    out
}

/// One line per lesson: declared, estimated in en, de and Leichte Sprache, and the longest locale.
pub fn report(figures: &[LessonMinutes]) -> String {
    let mut s = format!(
        "minutes: declared vs estimated ({WORDS_PER_MINUTE:.0} words a minute, {SCORED_QUESTION_MINUTES} per question, {WARMUP_MINUTES} per warm-up, {REFLECT_MINUTES} per reflection, demos by kind):"
    );
    let show = |f: &LessonMinutes, loc: &str| f.estimate.get(loc).map_or("–".to_string(), |m| format!("{m:.1}"));
    for f in figures {
        let (max_loc, max) = f.estimate.iter().fold(("–", 0.0_f64), |acc, (l, &m)| if m > acc.1 { (l.as_str(), m) } else { acc });
        s.push_str(&format!(
            "\nminutes: {:<24} declared {:>2} · en {:>5} · de {:>5} · de-x-ls {:>5} · max {max:.1} ({max_loc})",
            f.slug,
            f.declared,
            show(f, "en"),
            show(f, "de"),
            show(f, "de-x-ls"),
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_what_a_reader_reads() {
        assert_eq!(count_words("A [token](glossary:token) is – **a piece**."), 5);
        assert_eq!(count_words("- one\n- two | three\n\n1. four"), 5);
        assert_eq!(count_words("Künstliche Intelligenz, 2026"), 3);
        assert_eq!(count_words("ذكاء اصطناعي"), 2);
        assert_eq!(count_words("[unclosed](link"), 1);
    }

    fn lesson(declared: u32, en: f64, de: f64) -> LessonMinutes {
        LessonMinutes {
            slug: "l".into(),
            declared,
            estimate: [("en".to_string(), en), ("de".to_string(), de)].into_iter().collect(),
        }
    }

    #[test]
    fn more_than_a_quarter_off_fails_for_the_source_locale_only() {
        assert!(problems(&[lesson(20, 25.0, 25.0)], "en").is_empty(), "20 is 20 % under 25");
        let p = problems(&[lesson(20, 27.0, 30.0)], "en");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("about 27 in en") && p[0].contains("also off in de"), "{p:?}");
        assert_eq!(problems(&[lesson(40, 30.0, 30.0)], "en").len(), 1, "too generous is dishonest too");
        let only_de = [lesson(20, 20.0, 30.0)];
        assert!(problems(&only_de, "en").is_empty());
        assert_eq!(warnings(&only_de, "en").len(), 1, "{:?}", warnings(&only_de, "en"));
    }

    #[test]
    fn a_lesson_past_35_minutes_must_be_split() {
        let p = problems(&[lesson(36, 36.0, 36.0)], "en");
        assert!(p.len() == 1 && p[0].contains("split"), "{p:?}");
    }

    #[test]
    fn the_fixture_lessons_break_the_rules_they_are_named_after() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/lessons/checker");
        let loaded = klar_core::course::load_course(&root);
        assert_eq!(loaded.errors().count(), 0, "{:?}", loaded.diagnostics);
        let f = figures(&loaded.course);
        let found = problems(&f, "en");
        let about = |slug: &str| found.iter().filter(|p| p.starts_with(&format!("{slug}:"))).cloned().collect::<Vec<_>>();
        assert!(about("honest").is_empty(), "{found:?}");
        assert!(about("optimistic").iter().any(|p| p.contains("declares 5 minutes")), "{found:?}");
        assert!(about("too-long").iter().any(|p| p.contains("split")), "{found:?}");
        // honest: 130 words of reading, one question, one reflection, one chat demo.
        let honest = f.iter().find(|l| l.slug == "honest").and_then(|l| l.estimate.get("en").copied());
        assert!(honest.is_some_and(|m| (m - (1.0 + 0.75 + 2.0 + 4.0)).abs() < 0.2), "{honest:?}");
    }
}
