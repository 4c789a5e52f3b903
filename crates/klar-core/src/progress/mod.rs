//! Where a learner stands in a lesson: its state and the first-try score (one rule, used by the
//! course map and the teacher's report alike), and the time spent in it (`time`).

mod calibration;
mod time;

pub use calibration::{
    lesson_calibration, lesson_counts, model_lesson_number, sentence, CalibrationCounts, CalibrationSentence, CalibrationView,
    Confidence, CONFIDENT_AND_WRONG,
};
pub use time::{credit_gap, record_time, MAX_COUNTED_GAP_MS};

use crate::course::Lesson;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LessonState {
    NotStarted,
    InProgress,
    Done,
}

/// A lesson's state and first-try score for one learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub state: LessonState,
    /// Scored questions answered right on the first try, of `score_total`.
    pub score_correct: u32,
    pub score_total: u32,
}

/// The rule: no progress row is "not started", a completion time makes it "done" (for good);
/// only scored questions count for the score, as a warm-up is "right" whatever the learner picks.
/// `completed` is None without progress; `right_first_time` says whether a question (by uuid)
/// was answered right on the first try.
pub fn standing(lesson: &Lesson, completed: Option<bool>, right_first_time: impl Fn(&str) -> bool) -> Standing {
    let state = match completed {
        Some(true) => LessonState::Done,
        Some(false) => LessonState::InProgress,
        None => LessonState::NotStarted,
    };
    let scored: Vec<String> = lesson.scored_questions().map(|s| s.uuid.to_string()).collect();
    let score_correct = scored.iter().filter(|q| right_first_time(q)).count() as u32;
    Standing { state, score_correct, score_total: scored.len() as u32 }
}
