//! One user intent, one transaction: answering, moving to a step, saving a reflection and
//! completing a lesson each commit exactly once, the time spent in the lesson included.

use super::StepBody;
use crate::app::KlarApp;
use crate::clock::FixedClock;
use crate::course::load_course;
use crate::progress::{CalibrationSentence, Confidence};
use crate::storage::Storage;
use crate::Result;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;

fn app() -> Result<KlarApp> {
    let course = load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).course;
    let clock = Arc::new(FixedClock::new(1_760_000_000_000));
    KlarApp::new(course, Storage::open_in_memory(clock)?)
}

#[test]
fn each_learning_intent_commits_exactly_once() -> Result<()> {
    let mut app = app()?;
    app.create_learner("Ada", "sun")?;
    let lesson = app.course_overview()?.into_iter().find_map(|c| c.uuid).ok_or(crate::Error::invalid("no lesson"))?;
    let view = app.open_lesson(&lesson)?;
    let quiz = view.steps.iter().find(|s| matches!(s.body, StepBody::Quiz { .. })).ok_or(crate::Error::invalid("no quiz"))?;
    let StepBody::Quiz { options, .. } = &quiz.body else { return Err(crate::Error::invalid("not a quiz")) };
    let reflect =
        view.steps.iter().find(|s| matches!(s.body, StepBody::Reflect { .. })).ok_or(crate::Error::invalid("no reflection"))?;
    let commits = app.storage().count_commits();
    let mut count = |what: &str, intent: &mut dyn FnMut(&mut KlarApp) -> Result<()>| -> Result<()> {
        let before = commits.load(Ordering::SeqCst);
        intent(&mut app)?;
        assert_eq!(commits.load(Ordering::SeqCst) - before, 1, "{what} commits once");
        Ok(())
    };
    count("answering", &mut |a| a.answer(&lesson, &quiz.uuid, vec![options[0].id.clone()], Some(Confidence::Sure)).map(drop))?;
    count("moving to a step", &mut |a| a.goto_step(&lesson, &view.steps[1].uuid))?;
    count("saving a reflection", &mut |a| a.save_reflection(&lesson, &reflect.uuid, "mine").map(drop))?;
    count("completing the lesson", &mut |a| a.complete_lesson(&lesson).map(drop))?;
    Ok(())
}

#[test]
fn an_opened_lesson_says_when_its_facts_were_checked() -> Result<()> {
    let mut app = app()?;
    app.create_learner("Ada", "sun")?;
    let lesson = app.course_overview()?.into_iter().find_map(|c| c.uuid).ok_or(crate::Error::invalid("no lesson"))?;
    assert_eq!(app.open_lesson(&lesson)?.facts_checked.as_deref(), Some("2026-12"));
    Ok(())
}

/// A question's uuid and one option.
type Pick = (String, String);

/// Lesson 6 ("Confident and wrong") opened by a new learner: (lesson uuid, its scored
/// questions with a wrong option each, a warm-up with an option).
fn lesson_six(app: &mut KlarApp) -> Result<(String, Vec<Pick>, Pick)> {
    app.create_learner("Ada", "sun")?;
    let lesson = app.course_overview()?.into_iter().filter_map(|c| c.uuid).nth(5).ok_or(crate::Error::invalid("no lesson 6"))?;
    let view = app.open_lesson(&lesson)?;
    assert!(view.calibration.is_none(), "nothing to say before any answer");
    let (_, course_lesson) = app.lesson(&lesson)?;
    let mut scored = Vec::new();
    let mut warmup = None;
    for step in &view.steps {
        let StepBody::Quiz { options, scored: is_scored, .. } = &step.body else { continue };
        let uuid = uuid::Uuid::parse_str(&step.uuid).map_err(|_| crate::Error::invalid("uuid"))?;
        let Some(crate::course::Step { kind: crate::course::StepKind::Quiz(q), .. }) = course_lesson.step(uuid) else { continue };
        if *is_scored {
            let wrong = options.iter().find(|o| !q.correct.contains(&o.id)).ok_or(crate::Error::invalid("no wrong option"))?;
            scored.push((step.uuid.clone(), wrong.id.clone()));
        } else {
            warmup.get_or_insert((step.uuid.clone(), options[0].id.clone()));
        }
    }
    Ok((lesson, scored, warmup.ok_or(crate::Error::invalid("no warm-up"))?))
}

#[test]
fn a_first_scored_answer_needs_a_confidence_and_keeps_it() -> Result<()> {
    let mut app = app()?;
    let (lesson, scored, (warmup, warm_option)) = lesson_six(&mut app)?;
    let (q, wrong) = &scored[0];
    let before = app.storage().dump()?;
    let refused = app.answer(&lesson, q, vec![wrong.clone()], None).map(drop);
    assert_eq!(refused.map_err(|e| e.code()), Err(crate::ErrorCode::InvalidInput));
    assert_eq!(app.storage().dump()?, before, "a refused answer leaves nothing behind");

    let first = app.answer(&lesson, q, vec![wrong.clone()], Some(Confidence::Sure))?;
    assert_eq!((first.correct, first.confidence), (false, Some(Confidence::Sure)));
    // A second try needs no confidence, and one given does not replace the first.
    let again = app.answer(&lesson, q, vec![wrong.clone()], Some(Confidence::Guess))?;
    assert_eq!((again.attempts, again.confidence), (2, Some(Confidence::Sure)));
    assert_eq!(app.answer(&lesson, q, vec![wrong.clone()], None)?.confidence, Some(Confidence::Sure));

    // A warm-up asks nothing and keeps nothing.
    assert_eq!(app.answer(&lesson, &warmup, vec![warm_option.clone()], None)?.confidence, None);
    assert_eq!(app.answer(&lesson, &warmup, vec![warm_option], Some(Confidence::Sure))?.confidence, None);
    Ok(())
}

#[test]
fn sure_and_wrong_in_lesson_six_is_said_after_the_answer_and_when_the_lesson_opens_again() -> Result<()> {
    let mut app = app()?;
    let (lesson, scored, _) = lesson_six(&mut app)?;
    let (q, wrong) = &scored[0];
    let reply = app.answer(&lesson, q, vec![wrong.clone()], Some(Confidence::Sure))?;
    let expected = CalibrationSentence::SureWrongHere { count: 1 };
    let calibration = reply.calibration.ok_or(crate::Error::invalid("no calibration after answering"))?;
    assert_eq!((calibration.sentence, calibration.counts.sure_wrong, calibration.counts.total()), (expected, 1, 1));
    let (q2, wrong2) = &scored[1];
    let reply = app.answer(&lesson, q2, vec![wrong2.clone()], Some(Confidence::Guess))?;
    assert_eq!(reply.calibration.map(|c| (c.counts.sure_wrong, c.counts.guess_wrong)), Some((1, 1)));
    let reopened = app.open_lesson(&lesson)?.calibration.ok_or(crate::Error::invalid("no calibration on opening"))?;
    assert_eq!((reopened.sentence, reopened.counts.total()), (expected, 2));
    Ok(())
}

#[test]
fn a_demo_step_keeps_the_guess_and_the_run_and_refuses_values_its_demo_does_not_record() -> Result<()> {
    use super::DemoValue;
    use std::collections::BTreeMap;
    let mut app = app()?;
    app.create_learner("Ada", "sun")?;
    let mut found = None;
    for card in app.course_overview()? {
        let Some(uuid) = card.uuid else { continue };
        let view = app.open_lesson(&uuid)?;
        if let Some(s) = view.steps.iter().find(|s| matches!(&s.body, StepBody::Demo { demo, .. } if demo == "tokenizer")) {
            found = Some((uuid, s.uuid.clone()));
            break;
        }
    }
    let (lesson, step) = found.ok_or(crate::Error::invalid("no tokenizer demo"))?;
    let commits = app.storage().count_commits();
    let before = commits.load(Ordering::SeqCst);
    app.demo_predict(&lesson, &step, "c")?;
    assert_eq!(commits.load(Ordering::SeqCst) - before, 1, "predicting commits once");
    assert!(app.demo_predict(&lesson, &step, "z").is_err(), "not an option of the question");

    let good: BTreeMap<String, DemoValue> = [
        ("english_tokens".to_string(), DemoValue::Count(18)),
        ("most_tokens".to_string(), DemoValue::Count(60)),
        ("most_language".to_string(), DemoValue::Text("Arabic".into())),
    ]
    .into_iter()
    .collect();
    let mut wrong_kind = good.clone();
    wrong_kind.insert("most_tokens".into(), DemoValue::Percent(0.6));
    assert!(app.demo_record(&lesson, &step, wrong_kind).is_err(), "a count is not a percentage");
    let mut unknown = good.clone();
    unknown.insert("top_token".into(), DemoValue::Text("x".into()));
    assert!(app.demo_record(&lesson, &step, unknown).is_err(), "the tokenizer does not record a top token");
    let mut missing = good.clone();
    missing.remove("most_language");
    assert!(app.demo_record(&lesson, &step, missing).is_err(), "every value of the demo is recorded");

    let before = commits.load(Ordering::SeqCst);
    let view = app.demo_record(&lesson, &step, good.clone())?;
    assert_eq!(commits.load(Ordering::SeqCst) - before, 1, "recording commits once");
    assert_eq!(view.predicted.as_deref(), Some("c"));
    assert_eq!(view.record, good);
    let reopened = app.open_lesson(&lesson)?;
    let kept = reopened.steps.iter().find(|s| s.uuid == step).map(|s| &s.body);
    assert!(matches!(kept, Some(StepBody::Demo { demo_loop, debrief_html, predict_options, .. })
        if demo_loop.record == good && demo_loop.predicted.as_deref() == Some("c")
            && debrief_html.contains("{ english_tokens }") && predict_options.len() == 3));
    Ok(())
}
