//! "How sure are you?": what a learner says before a scored answer is checked, and the lesson's
//! calibration: how their feeling matched their first answers, as counts and one sentence.

use crate::course::{Course, Lesson};
use crate::storage::AnswerRecord;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;

/// How sure the learner was before a scored answer was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Confidence {
    /// "I'm sure."
    Sure,
    /// "I think so."
    Think,
    /// "I'm guessing."
    Guess,
}

impl Confidence {
    /// As stored in `quiz_answers.first_confidence`.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Sure => "sure",
            Confidence::Think => "think",
            Confidence::Guess => "guess",
        }
    }

    /// The stored text back; anything else (an old row has none) is `None`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "sure" => Some(Confidence::Sure),
            "think" => Some(Confidence::Think),
            "guess" => Some(Confidence::Guess),
            _ => None,
        }
    }
}

/// First answers by how sure the learner was and whether they were right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CalibrationCounts {
    pub sure_right: u32,
    pub sure_wrong: u32,
    pub think_right: u32,
    pub think_wrong: u32,
    pub guess_right: u32,
    pub guess_wrong: u32,
}

impl CalibrationCounts {
    pub fn add(&mut self, confidence: Confidence, right: bool) {
        self.add_n(confidence, right, 1);
    }

    /// Adds `n` answers at once.
    pub fn add_n(&mut self, confidence: Confidence, right: bool, n: u32) {
        let cell = match (confidence, right) {
            (Confidence::Sure, true) => &mut self.sure_right,
            (Confidence::Sure, false) => &mut self.sure_wrong,
            (Confidence::Think, true) => &mut self.think_right,
            (Confidence::Think, false) => &mut self.think_wrong,
            (Confidence::Guess, true) => &mut self.guess_right,
            (Confidence::Guess, false) => &mut self.guess_wrong,
        };
        *cell += n;
    }

    pub fn total(&self) -> u32 {
        self.sure_right + self.sure_wrong + self.think_right + self.think_wrong + self.guess_right + self.guess_wrong
    }

    pub fn right(&self) -> u32 {
        self.sure_right + self.think_right + self.guess_right
    }
}

/// The one sentence the learner reads, chosen by the first rule that holds (see `sentence`);
/// the UI words it (`locales/<locale>/calibration.ftl`) with these numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "rule", rename_all = "snake_case")]
#[ts(export)]
pub enum CalibrationSentence {
    /// Sure and wrong `count` times, like the model in lesson `model_lesson` ("Confident and
    /// wrong"); `None` when the course has no such lesson.
    SureWrong { count: u32, model_lesson: Option<u32> },
    /// Sure and wrong in "Confident and wrong" itself: like the model in this lesson.
    SureWrongHere { count: u32 },
    /// Guessed `count` (two or more) times and right every time.
    GuessesRight { count: u32 },
    /// Sure `count` times and right every time.
    SureRight { count: u32 },
    /// Every answer a guess (`count`), `right` of them right.
    AllGuesses { count: u32, right: u32 },
    /// Otherwise: "I think so" `total` times, `right` of them right.
    Think { right: u32, total: u32 },
}

/// A lesson's calibration for one learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CalibrationView {
    pub counts: CalibrationCounts,
    pub sentence: CalibrationSentence,
}

/// The lesson whose model is "confident and wrong"; the sentence points back to it.
pub const CONFIDENT_AND_WRONG: &str = "confident-and-wrong";

/// Its number in the course (1-based), if the course has it.
pub fn model_lesson_number(course: &Course) -> Option<u32> {
    course.lessons.iter().position(|e| e.slug() == CONFIDENT_AND_WRONG).map(|i| i as u32 + 1)
}

/// Counts the first answers to the lesson's scored questions that carry a confidence (warm-ups
/// and answers from before the question was asked have none and are left out).
pub fn lesson_counts(lesson: &Lesson, answers: &[AnswerRecord]) -> CalibrationCounts {
    let scored: BTreeSet<String> = lesson.scored_questions().map(|s| s.uuid.to_string()).collect();
    let mut counts = CalibrationCounts::default();
    for a in answers.iter().filter(|a| scored.contains(&a.question_uuid)) {
        if let Some(c) = a.first_confidence {
            counts.add(c, a.first_correct);
        }
    }
    counts
}

/// The rules, first match wins. Being sure and wrong matters most (it is what lesson 6 is about);
/// then good news the learner may not expect (lucky-looking guesses that were knowledge); then
/// sure and right; then all guesses; otherwise how "I think so" went. `None` without any rated
/// answer. `this_lesson` is the lesson's number, `model_lesson` that of "Confident and wrong".
pub fn sentence(c: &CalibrationCounts, this_lesson: u32, model_lesson: Option<u32>) -> Option<CalibrationSentence> {
    let guesses = c.guess_right + c.guess_wrong;
    let sure = c.sure_right + c.sure_wrong;
    let think = c.think_right + c.think_wrong;
    Some(if c.total() == 0 {
        return None;
    } else if c.sure_wrong > 0 && model_lesson == Some(this_lesson) {
        CalibrationSentence::SureWrongHere { count: c.sure_wrong }
    } else if c.sure_wrong > 0 {
        CalibrationSentence::SureWrong { count: c.sure_wrong, model_lesson }
    } else if guesses >= 2 && c.guess_wrong == 0 {
        CalibrationSentence::GuessesRight { count: guesses }
    } else if sure > 0 {
        CalibrationSentence::SureRight { count: sure }
    } else if think == 0 {
        CalibrationSentence::AllGuesses { count: guesses, right: c.guess_right }
    } else {
        CalibrationSentence::Think { right: c.think_right, total: think }
    })
}

/// The lesson's calibration for a learner with these answers, or `None` before any rated answer.
pub fn lesson_calibration(
    lesson: &Lesson,
    this_lesson: u32,
    model_lesson: Option<u32>,
    answers: &[AnswerRecord],
) -> Option<CalibrationView> {
    let counts = lesson_counts(lesson, answers);
    sentence(&counts, this_lesson, model_lesson).map(|sentence| CalibrationView { counts, sentence })
}

#[cfg(test)]
#[path = "calibration_tests.rs"]
mod tests;
