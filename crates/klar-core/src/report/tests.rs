//! The teacher's grid on the real course: one cell per named learner and lesson with its state
//! and first-try score, and the difficult questions' most chosen wrong option in the teacher's
//! language.

use crate::app::KlarApp;
use crate::classroom::DeviceMode;
use crate::clock::FixedClock;
use crate::course::{load_course, render_markdown, Lesson, QuizSpec, RenderContext, StepKind};
use crate::progress::LessonState;
use crate::storage::Storage;
use crate::{Error, Result};
use std::path::Path;
use std::sync::Arc;

fn classroom() -> Result<KlarApp> {
    let course = load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).course;
    let clock = Arc::new(FixedClock::new(1_760_000_000_000));
    let mut app = KlarApp::new(course, Storage::open_in_memory(clock)?)?;
    app.choose_mode(DeviceMode::Classroom, Some("246813".into()))?;
    Ok(app)
}

/// Lesson `n` (1-based, as the course map numbers them), with its scored questions.
fn lesson(app: &KlarApp, n: u32) -> Result<(Lesson, Vec<(String, QuizSpec)>)> {
    let (_, l) = app.ready_lessons().find(|(number, _)| *number == n).ok_or(Error::invalid("no such lesson"))?;
    let qs = l
        .scored_questions()
        .filter_map(|s| match &s.kind {
            StepKind::Quiz(q) => Some((s.uuid.to_string(), q.clone())),
            _ => None,
        })
        .collect();
    Ok((l.clone(), qs))
}

fn wrong_option(q: &QuizSpec, nth: usize) -> Result<String> {
    q.options.iter().filter(|o| !q.correct.contains(o)).nth(nth).cloned().ok_or(Error::invalid("no wrong option"))
}

#[test]
fn the_grid_has_one_cell_per_learner_and_lesson_with_state_and_first_try_score() -> Result<()> {
    let mut app = classroom()?;
    let ada = app.storage.create_learner("Ada", "sun", false)?;
    let ben = app.storage.create_learner("Ben", "moon", false)?;
    let guest = app.storage.create_learner("Guest", "fox", true)?;
    let (l1, q1) = lesson(&app, 1)?;
    let (l3, q3) = lesson(&app, 3)?;
    let (k1, k3) = (l1.uuid.to_string(), l3.uuid.to_string());
    // Ada: all of lesson 1, the first question wrong first and right on the second try; done.
    for (i, (q, spec)) in q1.iter().enumerate() {
        if i == 0 {
            app.storage.record_answer(ada.id, &k1, q, &[wrong_option(spec, 0)?], false, None)?;
        }
        app.storage.record_answer(ada.id, &k1, q, &spec.correct, true, None)?;
    }
    app.storage.complete_lesson(ada.id, &k1)?;
    // Ben: one right answer in lesson 3, not finished.
    let (q, spec) = &q3[0];
    app.storage.record_answer(ben.id, &k3, q, &spec.correct, true, None)?;
    app.storage.record_answer(guest.id, &k1, &q1[0].0, &q1[0].1.correct, true, None)?;

    let report = app.class_report()?;
    let lessons = app.ready_lessons().count();
    assert!(lessons >= 12);
    assert_eq!(report.lessons.len(), lessons);
    assert_eq!(report.rows.len(), 2, "guests never appear");
    assert!(report.rows.iter().all(|r| r.cells.len() == lessons), "one cell per lesson in every row");
    for row in &report.rows {
        for (cell, l) in row.cells.iter().zip(&report.lessons) {
            assert_eq!(cell.lesson_uuid, l.uuid, "cells are in the columns' order");
        }
    }
    let (a, b) = (&report.rows[0], &report.rows[1]);
    assert_eq!((a.learner.display_name.as_str(), b.learner.display_name.as_str()), ("Ada", "Ben"));
    let total1 = q1.len() as u32;
    assert_eq!(a.cells[0].state, LessonState::Done);
    assert_eq!((a.cells[0].score_correct, a.cells[0].score_total), (total1 - 1, total1), "the first try counts");
    assert_eq!(a.cells[0].state_text, "Done");
    assert_eq!(a.cells[0].score_text, format!("{} of {total1}", total1 - 1));
    assert_eq!(a.cells[2].state, LessonState::NotStarted);
    assert_eq!(a.cells[2].score_text, "", "no score for a lesson not started");
    assert_eq!(b.cells[0].state, LessonState::NotStarted);
    assert_eq!(b.cells[2].state, LessonState::InProgress);
    assert_eq!((b.cells[2].score_correct, b.cells[2].score_total), (1, q3.len() as u32));

    // Opening a cell: the lesson's answers with the question, the first choice and the tries.
    let detail = app.learner_detail(ada.id)?;
    let cell = detail.lessons.iter().find(|l| l.lesson.uuid == k1).ok_or(Error::invalid("lesson 1"))?;
    assert_eq!(cell.cell, a.cells[0]);
    assert_eq!(cell.questions.len(), q1.len());
    let first = &cell.questions[0];
    assert!(!first.first_try_correct && first.last_correct && first.attempts == 2);
    assert!(!first.question_html.is_empty());
    assert_eq!(first.first_choice_html.len(), 1);
    assert!(!first.first_choice_html[0].is_empty());
    Ok(())
}

#[test]
fn a_difficult_question_names_the_wrong_option_chosen_most_in_the_teachers_language() -> Result<()> {
    let mut app = classroom()?;
    let (l1, q1) = lesson(&app, 1)?;
    let key = l1.uuid.to_string();
    let (q, spec) = &q1[0];
    let (common, other) = (wrong_option(spec, 0)?, wrong_option(spec, 1)?);
    for (name, choice, right) in
        [("A", &common, false), ("B", &common, false), ("C", &other, false), ("D", &spec.correct[0], true)]
    {
        let l = app.storage.create_learner(name, "sun", false)?;
        app.storage.record_answer(l.id, &key, q, std::slice::from_ref(choice), right, None)?;
        // A later right try does not change what was chosen first.
        app.storage.record_answer(l.id, &key, q, &spec.correct, true, None)?;
    }
    // A guest's wrong answers stay out, as guests stay out of the whole report.
    let g = app.storage.create_learner("Guest", "fox", true)?;
    for _ in 0..3 {
        app.storage.record_answer(g.id, &key, q, std::slice::from_ref(&other), false, None)?;
    }
    let hard = app.difficult_questions(50)?;
    let d = hard.iter().find(|h| &h.question_uuid == q).ok_or(Error::invalid("not listed"))?;
    assert_eq!((d.wrong_count, d.answered_count), (3, 4));
    let w = d.common_wrong.as_ref().ok_or(Error::invalid("no common wrong option"))?;
    assert_eq!((w.option_id.as_str(), w.chosen_count), (common.as_str(), 2));
    let step_id = l1.steps.iter().find(|s| s.uuid.to_string() == *q).map(|s| s.id.clone()).ok_or(Error::invalid("step"))?;
    let html = |locale: &str| -> Result<String> {
        let (_, t) = l1.step_text(locale, &step_id).ok_or(Error::invalid("text"))?;
        let o = t.options.get(&common).ok_or(Error::invalid("option text"))?;
        Ok(render_markdown(&o.text, RenderContext { lesson_dir: Some(&l1.dir) }))
    };
    assert_eq!(w.option_html, html("en")?);

    app.storage.set_setting(crate::settings::KEY_LOCALE, "de")?;
    let de = app.difficult_questions(50)?;
    let w_de = de.iter().find(|h| &h.question_uuid == q).and_then(|h| h.common_wrong.clone()).ok_or(Error::invalid("de"))?;
    assert_ne!(html("de")?, html("en")?, "lesson 1 is translated");
    assert_eq!(w_de.option_html, html("de")?);
    Ok(())
}
