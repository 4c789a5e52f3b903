//! Quiz figures for `cargo xtask check`: can a learner pass by picking the longest option, are the
//! correct options spread over the positions, and how many scored questions apply an idea to a new
//! situation rather than recall the lesson's wording. Printed for every locale; above the limits
//! the check fails.

use klar_core::course::{Course, Lesson, LessonEntry, Select, StepKind, Tests};
use std::collections::BTreeMap;

/// At most this share of the course's scored single-choice questions may have the unique longest
/// option as the correct one, in any locale.
pub const MAX_LONGEST_SHARE: f64 = 0.30;
/// … and at most this many in any one lesson.
pub const MAX_LONGEST_PER_LESSON: usize = 2;
/// Below this share the opposite cue appears ("never the longest"): the checker warns.
pub const MIN_LONGEST_SHARE: f64 = 0.15;
/// At least this share of each lesson's scored questions must say `tests = "apply"`.
pub const MIN_APPLY_SHARE: f64 = 0.60;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct LessonFigures {
    pub slug: String,
    /// Locale → questions whose correct option is the unique longest.
    pub longest: BTreeMap<String, usize>,
    pub single: usize,
    pub apply: usize,
    pub recall: usize,
    pub unlabelled: usize,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Figures {
    pub lessons: Vec<LessonFigures>,
    /// Locale → (correct is the unique longest, single-choice questions with text in that locale).
    pub longest: BTreeMap<String, (usize, usize)>,
    /// Position of the correct option (0 = first) → how often.
    pub positions: BTreeMap<usize, usize>,
}

/// Length as a reader sees it: characters, with runs of white space counted once.
fn visible_len(text: &str) -> usize {
    text.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>().saturating_sub(1)
}

/// Whether `key` is the one longest option of `lengths` (ties do not give the answer away).
fn uniquely_longest(lengths: &BTreeMap<&str, usize>, key: &str) -> bool {
    let Some(&own) = lengths.get(key) else { return false };
    lengths.iter().all(|(id, &len)| *id == key || len < own)
}

fn lesson_figures(lesson: &Lesson, locales: &[String], totals: &mut Figures) -> LessonFigures {
    let mut f = LessonFigures { slug: lesson.slug.clone(), ..Default::default() };
    for step in &lesson.steps {
        let StepKind::Quiz(q) = &step.kind else { continue };
        if !q.scored {
            continue;
        }
        match q.tests {
            Some(Tests::Apply) => f.apply += 1,
            Some(Tests::Recall) => f.recall += 1,
            None => f.unlabelled += 1,
        }
        let (Select::Single, Some(key)) = (q.select, q.correct.first()) else { continue };
        f.single += 1;
        if let Some(pos) = q.options.iter().position(|o| o == key) {
            *totals.positions.entry(pos).or_default() += 1;
        }
        for locale in locales {
            // Only the locale's own text counts: a missing step is the completeness check's business.
            let Some(text) = lesson.texts.get(locale).and_then(|t| t.steps.get(&step.id)) else { continue };
            let lengths: BTreeMap<&str, usize> = text.options.iter().map(|(id, o)| (id.as_str(), visible_len(&o.text))).collect();
            let entry = totals.longest.entry(locale.clone()).or_default();
            entry.1 += 1;
            if uniquely_longest(&lengths, key) {
                entry.0 += 1;
                *f.longest.entry(locale.clone()).or_default() += 1;
            }
        }
    }
    f
}

pub fn figures(course: &Course) -> Figures {
    let mut totals = Figures::default();
    for entry in &course.lessons {
        if let LessonEntry::Ready(lesson) = entry {
            let f = lesson_figures(lesson, &course.required_locales, &mut totals);
            totals.lessons.push(f);
        }
    }
    totals
}

/// What breaks the limits, one line each (empty: the quiz design holds).
pub fn problems(f: &Figures) -> Vec<String> {
    let mut out = Vec::new();
    for (locale, &(longest, total)) in &f.longest {
        if total > 0 && longest as f64 > MAX_LONGEST_SHARE * total as f64 {
            out.push(format!(
                "{locale}: the correct option is the longest in {longest} of {total} single-choice questions (at most {:.0} % allowed)",
                MAX_LONGEST_SHARE * 100.0
            ));
        }
    }
    for l in &f.lessons {
        for (locale, &n) in &l.longest {
            if n > MAX_LONGEST_PER_LESSON {
                out.push(format!("{}/{locale}: the correct option is the longest in {n} questions (at most {MAX_LONGEST_PER_LESSON})", l.slug));
            }
        }
        let scored = l.apply + l.recall + l.unlabelled;
        if l.unlabelled > 0 {
            out.push(format!("{}: {} scored questions do not say tests = \"apply\" or \"recall\"", l.slug, l.unlabelled));
        }
        if scored > 0 && (l.apply as f64) < MIN_APPLY_SHARE * scored as f64 {
            out.push(format!(
                "{}: {} of {scored} scored questions apply the lesson to a new situation (at least {:.0} % needed)",
                l.slug,
                l.apply,
                MIN_APPLY_SHARE * 100.0
            ));
        }
    }
    out
}

/// What is allowed but still helps a test-wise learner, one line each.
pub fn warnings(f: &Figures) -> Vec<String> {
    f.longest
        .iter()
        .filter(|(_, &(longest, total))| total >= 10 && (longest as f64) < MIN_LONGEST_SHARE * total as f64)
        .map(|(locale, (longest, total))| {
            format!(
                "{locale}: the correct option is the longest in only {longest} of {total} single-choice questions; a learner can rule out the longest option (aim for {:.0}–{:.0} %)",
                MIN_LONGEST_SHARE * 100.0,
                MAX_LONGEST_SHARE * 100.0
            )
        })
        .collect()
}

/// The figures as the checker prints them.
pub fn report(f: &Figures) -> String {
    let mut s = String::from("quiz: correct option = the unique longest option, per locale:");
    for (locale, (longest, total)) in &f.longest {
        let share = if *total > 0 { 100.0 * *longest as f64 / *total as f64 } else { 0.0 };
        s.push_str(&format!(" {locale} {longest}/{total} ({share:.0} %);"));
    }
    let positions: Vec<String> = f.positions.iter().map(|(p, n)| format!("{}:{n}", (b'a' + *p as u8) as char)).collect();
    s.push_str(&format!("\nquiz: position of the correct option (single choice): {}", positions.join(" ")));
    for l in &f.lessons {
        let worst = l.longest.values().max().copied().unwrap_or(0);
        s.push_str(&format!(
            "\nquiz: {:<24} apply {} · recall {}{} · longest-correct at most {worst} of {} (any locale)",
            l.slug,
            l.apply,
            l.recall,
            if l.unlabelled > 0 { format!(" · unlabelled {}", l.unlabelled) } else { String::new() },
            l.single
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lengths(pairs: &[(&'static str, usize)]) -> BTreeMap<&'static str, usize> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn only_a_unique_longest_option_gives_the_answer_away() {
        assert!(uniquely_longest(&lengths(&[("a", 10), ("b", 30), ("c", 12)]), "b"));
        assert!(!uniquely_longest(&lengths(&[("a", 30), ("b", 30), ("c", 12)]), "b"), "a tie is no cue");
        assert!(!uniquely_longest(&lengths(&[("a", 40), ("b", 30)]), "b"));
        assert!(!uniquely_longest(&lengths(&[("a", 40)]), "z"), "an unknown key is never the longest");
    }

    #[test]
    fn white_space_runs_count_once() {
        assert_eq!(visible_len("two  words\n and"), "two words and".len());
        assert_eq!(visible_len("Ä"), 1, "characters, not bytes");
    }

    fn lesson(slug: &str, longest_de: usize, apply: usize, recall: usize) -> LessonFigures {
        LessonFigures {
            slug: slug.into(),
            longest: [("de".to_string(), longest_de)].into_iter().collect(),
            single: 4,
            apply,
            recall,
            unlabelled: 0,
        }
    }

    #[test]
    fn the_limits_fail_the_check_and_a_good_quiz_passes() {
        let good = Figures {
            lessons: vec![lesson("one", 1, 3, 1), lesson("two", 0, 4, 0)],
            longest: [("de".to_string(), (1, 8))].into_iter().collect(),
            positions: BTreeMap::new(),
        };
        assert!(problems(&good).is_empty(), "{:?}", problems(&good));

        let mut cued = good.clone();
        cued.longest.insert("de".into(), (3, 8));
        assert_eq!(problems(&cued).len(), 1, "3 of 8 is above 30 %");

        let mut one_lesson = good.clone();
        one_lesson.lessons[0].longest.insert("ar".into(), 3);
        assert!(problems(&one_lesson)[0].contains("one/ar"));

        let mut recall = good.clone();
        recall.lessons[1] = lesson("two", 0, 2, 2);
        assert!(problems(&recall)[0].contains("2 of 4 scored questions apply"));

        let mut never = good.clone();
        never.longest.insert("de".into(), (0, 20));
        assert!(problems(&never).is_empty() && warnings(&never).len() == 1, "never the longest is allowed but warned about");
        assert!(warnings(&good).is_empty(), "too few questions to judge");

        let mut unlabelled = good;
        unlabelled.lessons[0].unlabelled = 1;
        assert!(problems(&unlabelled).iter().any(|p| p.contains("do not say tests")));
    }

    #[test]
    fn a_cued_fixture_lesson_fails_and_a_fair_one_passes() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/lessons/quiz");
        let loaded = klar_core::course::load_course(&root);
        assert_eq!(loaded.diagnostics.iter().filter(|d| d.is_error()).count(), 0, "{:?}", loaded.diagnostics);
        let f = figures(&loaded.course);
        assert_eq!(f.longest.get("en"), Some(&(3, 6)), "{f:?}");
        let found = problems(&f);
        assert!(found.iter().all(|p| p.starts_with("cued") || p.starts_with("en:")), "{found:?}");
        assert!(found.iter().any(|p| p.starts_with("en:") && p.contains("3 of 6")), "course share: {found:?}");
        assert!(found.iter().any(|p| p.starts_with("cued/en") && p.contains("in 3 questions")), "per lesson: {found:?}");
        assert!(found.iter().any(|p| p.starts_with("cued") && p.contains("0 of 3 scored questions apply")), "apply share: {found:?}");
        assert!(found.iter().any(|p| p.starts_with("cued") && p.contains("do not say tests")), "labels: {found:?}");
        assert_eq!(f.positions.values().sum::<usize>(), 6);
    }
}
