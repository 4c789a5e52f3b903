//! The scored questions the class most often answers wrongly on the first try, each with the wrong
//! option chosen most often (what the class misunderstood, in the teacher's language).

use crate::app::KlarApp;
use crate::course::RenderContext;
use crate::course::{render_markdown, Lesson, QuizSpec, Step, StepKind};
use crate::error::Result;
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// The wrong option most learners chose on their first try.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WrongOption {
    pub option_id: String,
    /// The option in the current language (sanitized HTML, like the lesson player's).
    pub option_html: String,
    /// Learners who chose it on their first try.
    pub chosen_count: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DifficultQuestion {
    pub lesson_uuid: String,
    pub lesson_number: u32,
    pub lesson_title: String,
    pub question_uuid: String,
    /// The question in the current language (sanitized HTML, like the lesson player's).
    pub question_html: String,
    /// Learners whose first answer was wrong.
    pub wrong_count: u32,
    /// Learners who answered.
    pub answered_count: u32,
    /// None when no wrong first answer named a wrong option (a multiple-choice answer can be
    /// wrong by leaving a right option out).
    pub common_wrong: Option<WrongOption>,
}

/// The wrong option chosen most often in these first choices, with how many chose it. A tie goes
/// to the option that comes first in the question, so the same answers always give the same
/// option. Options of the answer key never count; no wrong option chosen gives None.
pub(crate) fn most_chosen_wrong<'a>(spec: &QuizSpec, first_choices: impl IntoIterator<Item = &'a [String]>) -> Option<(String, u32)> {
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for choice in first_choices {
        // A learner counts once per option, even if a stored choice repeated it.
        let mut seen: Vec<&str> = Vec::new();
        for o in choice {
            let o = o.as_str();
            if !spec.correct.iter().any(|c| c == o) && spec.options.iter().any(|c| c == o) && !seen.contains(&o) {
                seen.push(o);
                *counts.entry(o).or_default() += 1;
            }
        }
    }
    let mut best: Option<(&str, u32)> = None;
    for o in &spec.options {
        if let Some(&n) = counts.get(o.as_str()) {
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((o.as_str(), n));
            }
        }
    }
    best.map(|(o, n)| (o.to_string(), n))
}

impl KlarApp {
    /// The scored questions most often answered wrongly on the first try, most first (teacher only).
    pub fn difficult_questions(&mut self, limit: usize) -> Result<Vec<DifficultQuestion>> {
        self.require_admin()?;
        let locale = self.locale()?;
        let stats: BTreeMap<String, (i64, i64)> =
            self.storage.answer_stats()?.into_iter().map(|(q, answered, wrong)| (q, (answered, wrong))).collect();
        let wrong_choices = self.wrong_first_choices()?;
        let mut out = Vec::new();
        for (number, lesson) in self.ready_lessons() {
            for step in lesson.scored_questions() {
                let Some(&(answered, wrong)) = stats.get(&step.uuid.to_string()) else { continue };
                if wrong == 0 {
                    continue;
                }
                let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
                out.push(DifficultQuestion {
                    lesson_uuid: lesson.uuid.to_string(),
                    lesson_number: number,
                    lesson_title: lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_default(),
                    question_uuid: step.uuid.to_string(),
                    question_html: lesson
                        .step_text(&locale, &step.id)
                        .map(|(_, t)| render_markdown(&t.body, ctx))
                        .unwrap_or_default(),
                    wrong_count: wrong as u32,
                    answered_count: answered as u32,
                    common_wrong: common_wrong(lesson, step, &locale, wrong_choices.get(&step.uuid.to_string())),
                });
            }
        }
        // Most wrong first; then the larger share wrong; then course order (stable sort).
        out.sort_by(|a, b| {
            b.wrong_count.cmp(&a.wrong_count).then(
                (u64::from(b.wrong_count) * u64::from(a.answered_count))
                    .cmp(&(u64::from(a.wrong_count) * u64::from(b.answered_count))),
            )
        });
        out.truncate(limit);
        Ok(out)
    }

    /// Question uuid → the first choices of named learners whose first answer was wrong (guests
    /// never appear, as in `answer_stats`).
    fn wrong_first_choices(&self) -> Result<BTreeMap<String, Vec<Vec<String>>>> {
        let mut out: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
        for learner in self.storage.learners()? {
            for a in self.storage.answers_of(learner.id)? {
                if !a.first_correct {
                    out.entry(a.question_uuid).or_default().push(a.first_choice);
                }
            }
        }
        Ok(out)
    }
}

/// The most chosen wrong option of one question, its text in `locale`.
fn common_wrong(lesson: &Lesson, step: &Step, locale: &str, choices: Option<&Vec<Vec<String>>>) -> Option<WrongOption> {
    let StepKind::Quiz(spec) = &step.kind else { return None };
    let (option_id, chosen_count) = most_chosen_wrong(spec, choices?.iter().map(Vec::as_slice))?;
    let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
    let option_html = lesson
        .step_text(locale, &step.id)
        .and_then(|(_, t)| t.options.get(&option_id))
        .map(|o| render_markdown(&o.text, ctx))
        .unwrap_or_default();
    Some(WrongOption { option_id, option_html, chosen_count })
}

#[cfg(test)]
mod tests {
    use super::most_chosen_wrong;
    use crate::course::{QuizSpec, Select};

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    fn spec(select: Select, correct: &[&str]) -> QuizSpec {
        QuizSpec { select, scored: true, tests: None, options: v(&["a", "b", "c", "d"]), correct: v(correct) }
    }

    fn most(spec: &QuizSpec, choices: &[Vec<String>]) -> Option<(String, u32)> {
        most_chosen_wrong(spec, choices.iter().map(Vec::as_slice))
    }

    #[test]
    fn the_wrong_option_chosen_most_wins() {
        let q = spec(Select::Single, &["a"]);
        assert_eq!(most(&q, &[v(&["b"]), v(&["c"]), v(&["c"]), v(&["d"])]), Some(("c".into(), 2)));
    }

    #[test]
    fn a_tie_goes_to_the_option_first_in_the_question_whatever_the_answers_order() {
        let q = spec(Select::Single, &["a"]);
        assert_eq!(most(&q, &[v(&["d"]), v(&["b"]), v(&["d"]), v(&["b"])]), Some(("b".into(), 2)));
        assert_eq!(most(&q, &[v(&["b"]), v(&["d"]), v(&["b"]), v(&["d"])]), Some(("b".into(), 2)));
        // The question's order, not the ids' alphabet.
        let mut reordered = q.clone();
        reordered.options = v(&["d", "c", "b", "a"]);
        assert_eq!(most(&reordered, &[v(&["b"]), v(&["d"])]), Some(("d".into(), 1)));
    }

    #[test]
    fn no_wrong_option_chosen_gives_none() {
        let q = spec(Select::Single, &["a"]);
        assert_eq!(most(&q, &[]), None);
        assert_eq!(most(&q, &[v(&["a"]), v(&["a"])]), None, "right answers never count");
        // A multiple-choice answer that only left a right option out names no wrong option.
        let m = spec(Select::Multiple, &["a", "b"]);
        assert_eq!(most(&m, &[v(&["a"]), v(&["b"])]), None);
        // An id the question does not have (an older lesson revision) is not an option.
        assert_eq!(most(&q, &[v(&["z"])]), None);
    }

    #[test]
    fn in_multiple_choice_each_wrongly_ticked_option_counts_once_per_learner() {
        let m = spec(Select::Multiple, &["a", "b"]);
        assert_eq!(most(&m, &[v(&["a", "c", "d"]), v(&["a", "b", "d"]), v(&["d", "d"])]), Some(("d".into(), 3)));
    }
}
