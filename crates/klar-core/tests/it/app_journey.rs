//! A learner's journey through klar-core's app API on a real file: choose a language, create a
//! learner, answer wrongly then rightly, reflect, close, reopen — everything is still there.

use crate::support::T0;
use klar_core::app::KlarApp;
use klar_core::player::StepBody;
use klar_core::progress::{Confidence, LessonState};
use klar_core::settings::SettingsPatch;
use klar_core::{ErrorCode, FixedClock};
use std::path::Path;
use std::sync::Arc;

fn open(path: &Path) -> Result<KlarApp, Box<dyn std::error::Error>> {
    crate::support::open(path, &Arc::new(FixedClock::new(T0)))
}

#[test]
fn journey_survives_a_restart_and_guests_leave_nothing() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("klar.sqlite");
    let (learner_id, lesson_uuid, question_uuid, reflect_uuid);
    {
        let mut app = open(&db)?;
        let boot = app.bootstrap("de_DE.UTF-8")?;
        assert!(boot.needs_language && boot.needs_welcome);
        assert_eq!(boot.settings.locale, "de", "the OS language is preselected");
        app.update_settings(SettingsPatch { locale: Some("de".into()), ..Default::default() })?;
        app.mark_welcomed()?;
        assert!(app.update_settings(SettingsPatch { locale: Some("xx".into()), ..Default::default() }).is_err());

        let me = app.create_learner("Jonas", "tree")?;
        learner_id = me.id;
        let cards = app.course_overview()?;
        let first = &cards[0];
        assert_eq!(first.state, LessonState::NotStarted);
        lesson_uuid = first.uuid.clone().ok_or("lesson 1 unavailable")?;
        let lesson = app.open_lesson(&lesson_uuid)?;
        assert_eq!(lesson.current_index, 0);

        // The first scored question: answer every wrong option first, then the right one.
        let (qi, q) = lesson
            .steps
            .iter()
            .enumerate()
            .find(|(_, s)| matches!(&s.body, StepBody::Quiz { scored: true, .. }))
            .ok_or("no scored quiz")?;
        question_uuid = q.uuid.clone();
        let StepBody::Quiz { options, multiple, .. } = &q.body else { unreachable!() };
        assert!(!multiple || options.len() > 1);
        let mut right = None;
        for o in options {
            let v = app.answer(&lesson_uuid, &question_uuid, vec![o.id.clone()], Some(Confidence::Sure))?;
            assert_eq!(v.feedback.len(), 1, "each chosen option gets its own feedback");
            assert!(!v.feedback[0].html.is_empty());
            if v.correct {
                right = Some(o.id.clone());
                break;
            }
        }
        if right.is_none() {
            // A multiple-choice question: the UI would let the learner tick several.
            let all: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            let _ = app.answer(&lesson_uuid, &question_uuid, all, None)?;
        }
        app.goto_step(&lesson_uuid, &lesson.steps[qi].uuid)?;

        let r = lesson.steps.iter().find(|s| matches!(s.body, StepBody::Reflect { .. })).ok_or("no reflect step")?;
        reflect_uuid = r.uuid.clone();
        app.save_reflection(&lesson_uuid, &reflect_uuid, "Ich prüfe Quellen.")?;
        assert_eq!(app.save_reflection(&lesson_uuid, &question_uuid, "x").map_err(|e| e.code()).err(), Some(ErrorCode::InvalidInput));

        app.start_guest()?;
        let g = app.course_overview()?;
        assert_eq!(g[0].state, LessonState::NotStarted, "a guest starts fresh");
        let guest_lesson = app.open_lesson(&lesson_uuid)?;
        app.save_reflection(&lesson_uuid, &reflect_uuid, "GUEST-SECRET")?;
        assert_eq!(guest_lesson.current_index, 0);
        app.shutdown()?;
    }
    let mut app = open(&db)?;
    let boot = app.bootstrap("en_US")?;
    assert!(!boot.needs_language && !boot.needs_welcome);
    assert_eq!(boot.settings.locale, "de");
    assert_eq!(boot.learners.len(), 1, "the guest is gone");
    app.select_learner(learner_id)?;
    let cards = app.course_overview()?;
    assert_eq!(cards[0].state, LessonState::InProgress);
    assert_eq!(cards[0].score_correct, 0, "the first try was wrong");
    assert!(cards[0].suggested && cards.iter().filter(|c| c.suggested).count() == 1, "the lesson in progress is suggested");
    let lesson = app.open_lesson(&lesson_uuid)?;
    assert_eq!(lesson.steps[lesson.current_index as usize].uuid, question_uuid, "resumes where the learner left");
    let reflected = lesson.steps.iter().find(|s| s.uuid == reflect_uuid).ok_or("reflect step")?;
    match &reflected.body {
        StepBody::Reflect { text, saved_ms, .. } => {
            assert_eq!(text, "Ich prüfe Quellen.");
            assert!(saved_ms.is_some());
        }
        _ => panic!("not a reflect step"),
    }
    let quiz = lesson.steps.iter().find(|s| s.uuid == question_uuid).ok_or("quiz step")?;
    let StepBody::Quiz { answer: Some(a), .. } = &quiz.body else { panic!("the answer was not kept") };
    assert!(!a.first_try_correct && a.attempts >= 2);
    let cards = app.complete_lesson(&lesson_uuid)?;
    assert_eq!(cards[0].state, LessonState::Done, "completing replies with the course map");
    assert_eq!(app.course_overview()?[0].state, LessonState::Done);
    let next = cards.iter().find(|c| c.suggested).ok_or("nothing suggested")?;
    assert_eq!(next.number, cards.iter().find(|c| c.uuid.is_some() && c.state == LessonState::NotStarted).ok_or("all done")?.number);
    drop(app);
    let bytes = std::fs::read(&db)?;
    assert!(!String::from_utf8_lossy(&bytes).contains("GUEST-SECRET"));
    Ok(())
}

#[test]
fn nothing_works_without_a_learner_and_unknown_ids_are_refused() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut app = open(&dir.path().join("k.sqlite"))?;
    let cards = app.course_overview()?;
    let uuid = cards[0].uuid.clone().ok_or("unavailable")?;
    assert_eq!(app.open_lesson(&uuid).map_err(|e| e.code()).err(), Some(ErrorCode::InvalidInput));
    app.create_learner("A", "sun")?;
    assert_eq!(app.open_lesson("nonsense").map_err(|e| e.code()).err(), Some(ErrorCode::InvalidInput));
    assert_eq!(app.open_lesson("6c0f1b0e-8a51-4f4e-9a7e-2f0d6b7f0a01").map_err(|e| e.code()).err(), Some(ErrorCode::NotFound));
    assert!(app.create_learner("B", "not-an-avatar").is_err());
    let msg = app.error_message(&klar_core::Error::DatabaseNewer { found: 9, known: 1 });
    assert!(msg.contains("newer"), "{msg}");
    Ok(())
}

#[test]
fn the_answer_key_never_reaches_the_view() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut app = open(&dir.path().join("k.sqlite"))?;
    app.create_learner("A", "sun")?;
    let uuid = app.course_overview()?[0].uuid.clone().ok_or("unavailable")?;
    let view = app.open_lesson(&uuid)?;
    let json = serde_json::to_string(&view)?;
    assert!(!json.contains("\"correct\":["), "{json}");
    assert!(!json.contains("correct_options\":[\""), "an unanswered quiz reveals its key");
    Ok(())
}

#[test]
fn teacher_pages_summaries_and_the_glossary_exist_for_every_lesson() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut app = open(&dir.path().join("k.sqlite"))?;
    for loc in ["en", "de", "de-x-ls"] {
        app.update_settings(SettingsPatch { locale: Some(loc.into()), ..Default::default() })?;
        for card in app.course_overview()? {
            let uuid = card.uuid.clone().ok_or("unavailable lesson")?;
            let notes = app.teacher_notes(&uuid)?;
            assert!(notes.html.len() > 200, "{loc} {}: teachers' page too short", card.slug);
            let summary = app.lesson_summary(&uuid)?;
            assert!(!summary.summary_html.is_empty() && !summary.takeaway_html.is_empty(), "{loc} {}", card.slug);
            assert!(summary.topics.iter().all(|t| !t.name.starts_with("topic-")), "{loc}: topic names");
        }
        let terms = app.glossary_all()?;
        assert_eq!(terms.len(), 34);
        assert!(terms.iter().all(|t| !t.html.is_empty()));
    }
    Ok(())
}
