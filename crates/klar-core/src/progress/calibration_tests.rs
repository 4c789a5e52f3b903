//! The calibration rules, one by one, and the answers they count.

use super::*;
use crate::course::{load_course, LessonEntry};
use std::path::Path;

/// Counts from (sure right, sure wrong, think right, think wrong, guess right, guess wrong).
fn c(n: [u32; 6]) -> CalibrationCounts {
    CalibrationCounts {
        sure_right: n[0],
        sure_wrong: n[1],
        think_right: n[2],
        think_wrong: n[3],
        guess_right: n[4],
        guess_wrong: n[5],
    }
}

/// Lesson 3 of a course whose "Confident and wrong" is lesson 6.
fn rule(n: [u32; 6]) -> Option<CalibrationSentence> {
    sentence(&c(n), 3, Some(6))
}

use CalibrationSentence::*;

#[test]
fn no_rated_answer_has_no_sentence() {
    assert_eq!(rule([0; 6]), None);
}

#[test]
fn sure_and_wrong_comes_first_and_points_to_the_model_lesson() {
    assert_eq!(rule([0, 1, 0, 0, 0, 0]), Some(SureWrong { count: 1, model_lesson: Some(6) }));
    // Even with other good news: being sure and wrong is the lesson to learn.
    assert_eq!(rule([3, 2, 1, 0, 2, 0]), Some(SureWrong { count: 2, model_lesson: Some(6) }));
    assert_eq!(sentence(&c([0, 1, 0, 0, 0, 0]), 3, None), Some(SureWrong { count: 1, model_lesson: None }));
}

#[test]
fn in_the_model_lesson_itself_it_says_so() {
    assert_eq!(sentence(&c([1, 1, 0, 0, 0, 0]), 6, Some(6)), Some(SureWrongHere { count: 1 }));
}

#[test]
fn two_or_more_guesses_all_right_say_you_know_more() {
    assert_eq!(rule([0, 0, 0, 0, 2, 0]), Some(GuessesRight { count: 2 }));
    assert_eq!(rule([1, 0, 0, 1, 3, 0]), Some(GuessesRight { count: 3 }));
    // One lucky guess is not enough to say so.
    assert_eq!(rule([1, 0, 0, 0, 1, 0]), Some(SureRight { count: 1 }));
}

#[test]
fn sure_and_always_right() {
    assert_eq!(rule([2, 0, 0, 0, 0, 0]), Some(SureRight { count: 2 }));
    assert_eq!(rule([4, 0, 1, 1, 1, 1]), Some(SureRight { count: 4 }));
}

#[test]
fn all_guesses() {
    assert_eq!(rule([0, 0, 0, 0, 0, 3]), Some(AllGuesses { count: 3, right: 0 }));
    assert_eq!(rule([0, 0, 0, 0, 1, 1]), Some(AllGuesses { count: 2, right: 1 }));
    assert_eq!(rule([0, 0, 0, 0, 1, 0]), Some(AllGuesses { count: 1, right: 1 }));
}

#[test]
fn otherwise_how_i_think_so_went() {
    assert_eq!(rule([0, 0, 2, 1, 0, 0]), Some(Think { right: 2, total: 3 }));
    assert_eq!(rule([0, 0, 0, 2, 0, 1]), Some(Think { right: 0, total: 2 }));
    assert_eq!(rule([0, 0, 1, 0, 1, 1]), Some(Think { right: 1, total: 1 }));
}

#[test]
fn every_combination_of_small_counts_gets_a_sentence_with_its_numbers() {
    // Exhaustive over 0..=2 per cell: a sentence exactly when something was rated, and its
    // numbers never exceed the counts.
    for i in 0..729u32 {
        let n: [u32; 6] = std::array::from_fn(|k| (i / 3u32.pow(k as u32)) % 3);
        let counts = c(n);
        match rule(n) {
            None => assert_eq!(counts.total(), 0),
            Some(SureWrong { count, .. } | SureWrongHere { count }) => assert_eq!(count, counts.sure_wrong),
            Some(GuessesRight { count }) => assert_eq!((count, counts.guess_wrong), (counts.guess_right, 0)),
            Some(SureRight { count }) => assert_eq!((count, counts.sure_wrong), (counts.sure_right, 0)),
            Some(AllGuesses { count, right }) => {
                assert_eq!((count, right), (counts.total(), counts.guess_right))
            }
            Some(Think { right, total }) => assert_eq!((right, total), (counts.think_right, counts.think_right + counts.think_wrong)),
        }
    }
}

fn course() -> crate::course::Course {
    load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).course
}

fn answer(lesson: &Lesson, question: &str, right: bool, confidence: Option<Confidence>) -> AnswerRecord {
    AnswerRecord {
        lesson_uuid: lesson.uuid.to_string(),
        question_uuid: question.into(),
        first_choice: vec!["a".into()],
        first_correct: right,
        first_ms: 1,
        last_choice: vec!["a".into()],
        last_correct: true,
        last_ms: 2,
        attempts: 1 + u32::from(!right) as i64,
        first_confidence: confidence,
    }
}

#[test]
fn only_first_answers_to_scored_questions_with_a_confidence_count() -> crate::Result<()> {
    let course = course();
    assert_eq!(model_lesson_number(&course), Some(6), "lesson 6 is \"Confident and wrong\"");
    let Some(LessonEntry::Ready(lesson)) = course.lessons.iter().find(|e| e.slug() == CONFIDENT_AND_WRONG) else {
        return Err(crate::Error::invalid("no lesson 6"));
    };
    let scored: Vec<String> = lesson.scored_questions().map(|s| s.uuid.to_string()).collect();
    let warmup = lesson
        .steps
        .iter()
        .find(|s| matches!(&s.kind, crate::course::StepKind::Quiz(q) if !q.scored))
        .map(|s| s.uuid.to_string())
        .ok_or(crate::Error::invalid("no warm-up"))?;
    assert!(scored.len() >= 3);
    let answers = vec![
        // Sure and wrong at first (later right): counts as wrong.
        answer(lesson, &scored[0], false, Some(Confidence::Sure)),
        answer(lesson, &scored[1], true, Some(Confidence::Guess)),
        // Answered before Klar asked: left out.
        answer(lesson, &scored[2], false, None),
        // A warm-up and a question of another lesson are never counted.
        answer(lesson, &warmup, true, Some(Confidence::Sure)),
        answer(lesson, "5a000000-0000-4000-8000-00000000abcd", false, Some(Confidence::Sure)),
    ];
    let counts = lesson_counts(lesson, &answers);
    assert_eq!(counts, c([0, 1, 0, 0, 1, 0]));
    let view = lesson_calibration(lesson, 6, Some(6), &answers).ok_or(crate::Error::invalid("no calibration"))?;
    assert_eq!(view.sentence, SureWrongHere { count: 1 });
    // Only old answers without a confidence: nothing to say.
    assert_eq!(lesson_calibration(lesson, 6, Some(6), &answers[2..3]), None);
    assert_eq!(lesson_calibration(lesson, 6, Some(6), &[]), None);
    Ok(())
}

#[test]
fn confidence_is_stored_as_plain_words() {
    for c in [Confidence::Sure, Confidence::Think, Confidence::Guess] {
        assert_eq!(Confidence::parse(c.as_str()), Some(c));
    }
    assert_eq!(Confidence::parse("very"), None);
}
