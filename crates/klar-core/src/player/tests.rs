//! One user intent, one transaction: answering, moving to a step, saving a reflection and
//! completing a lesson each commit exactly once, the time spent in the lesson included.

use super::StepBody;
use crate::app::KlarApp;
use crate::clock::FixedClock;
use crate::course::load_course;
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
    count("answering", &mut |a| a.answer(&lesson, &quiz.uuid, vec![options[0].id.clone()]).map(drop))?;
    count("moving to a step", &mut |a| a.goto_step(&lesson, &view.steps[1].uuid))?;
    count("saving a reflection", &mut |a| a.save_reflection(&lesson, &reflect.uuid, "mine").map(drop))?;
    count("completing the lesson", &mut |a| a.complete_lesson(&lesson).map(drop))?;
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
