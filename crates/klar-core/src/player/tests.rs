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
fn an_opened_lesson_says_when_its_facts_were_checked() -> Result<()> {
    let mut app = app()?;
    app.create_learner("Ada", "sun")?;
    let lesson = app.course_overview()?.into_iter().find_map(|c| c.uuid).ok_or(crate::Error::invalid("no lesson"))?;
    assert_eq!(app.open_lesson(&lesson)?.facts_checked.as_deref(), Some("2026-12"));
    Ok(())
}
