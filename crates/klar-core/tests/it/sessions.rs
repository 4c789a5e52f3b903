//! Who sits at the PC next: a guest's work never reaches the disk, a session change leaves the
//! next person nothing (settings included), and the idle rule is decided in Rust on every learner
//! command, not by a timer in the window.

use crate::support::{code, open, R, T0};
use klar_core::app::KlarApp;
use klar_core::player::StepBody;
use klar_core::progress::Confidence;
use klar_core::settings::{SettingsPatch, TextSize};
use klar_core::classroom::{DeviceMode, IdleState, LearnerSecret};
use klar_core::{ErrorCode, FixedClock};
use std::path::Path;
use std::sync::Arc;

const MINUTE: i64 = 60_000;

/// Every byte of every file under `dir` (the data file, its WAL and shared memory, backups).
fn files_contain(dir: &Path, needle: &[u8]) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let mut hits = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d)? {
            let p = e?.path();
            if p.is_dir() {
                todo.push(p);
            } else if std::fs::read(&p)?.windows(needle.len()).any(|w| w == needle) {
                hits.push(p.display().to_string());
            }
        }
    }
    Ok(hits)
}

/// A public-library PC, set up and left by its admin.
fn library(dir: &Path, clock: &Arc<FixedClock>) -> Result<KlarApp, Box<dyn std::error::Error>> {
    let mut app = open(&dir.join("klar.sqlite"), clock)?;
    app.choose_mode(DeviceMode::Library, Some("13572468".into()))?;
    app.admin_lock();
    Ok(app)
}

/// Opens the first lesson and writes a reflection and an answer; returns the lesson's uuid.
fn do_some_work(app: &mut KlarApp, reflection: &str) -> Result<String, Box<dyn std::error::Error>> {
    let first = app.course_overview()?.into_iter().find_map(|c| c.uuid).ok_or("no lesson")?;
    let lesson = app.open_lesson(&first)?;
    let reflect = lesson.steps.iter().find(|s| matches!(s.body, StepBody::Reflect { .. })).ok_or("no reflection step")?;
    app.save_reflection(&first, &reflect.uuid, reflection)?;
    if let Some(q) = lesson.steps.iter().find(|s| matches!(s.body, StepBody::Quiz { .. })) {
        if let StepBody::Quiz { options, .. } = &q.body {
            app.answer(&first, &q.uuid, vec![options[0].id.clone()], Some(Confidence::Think))?;
        }
    }
    app.save_drawings("circle-square", "{\"secret\":\"GUEST-DRAWING-7731\"}")?;
    Ok(first)
}

#[test]
fn a_guests_work_never_reaches_the_disk() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = library(dir.path(), &clock)?;
    app.start_guest()?;
    let lesson = do_some_work(&mut app, "GUEST-SECRET-4242 I live at Lindenstr. 5")?;

    // While Klar is still running (a kill -9 or a power cut now would leave whatever is on disk).
    assert!(files_contain(dir.path(), b"GUEST-SECRET-4242")?.is_empty(), "the reflection is on disk");
    assert!(files_contain(dir.path(), b"GUEST-DRAWING-7731")?.is_empty(), "the drawing is on disk");
    // The guest still sees their own work.
    let view = app.open_lesson(&lesson)?;
    assert!(view.steps.iter().any(|s| matches!(&s.body, StepBody::Reflect { text, .. } if text.contains("GUEST-SECRET-4242"))));
    assert_eq!(app.drawings("circle-square")?.as_deref(), Some("{\"secret\":\"GUEST-DRAWING-7731\"}"));

    // The next guest starts empty.
    app.sign_out()?;
    app.start_guest()?;
    let view = app.open_lesson(&lesson)?;
    assert!(view.steps.iter().all(|s| !matches!(&s.body, StepBody::Reflect { text, .. } if !text.is_empty())));
    assert_eq!(app.drawings("circle-square")?, None);
    assert!(app.course_overview()?.iter().all(|c| c.score_correct == 0));
    Ok(())
}

#[test]
fn a_guests_settings_are_the_sessions_and_the_device_defaults_return() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("klar.sqlite"), &clock)?;
    app.update_settings(SettingsPatch { locale: Some("de".into()), ..Default::default() })?;
    app.choose_mode(DeviceMode::Library, Some("13572468".into()))?;
    app.admin_lock();

    // A stranger picks Arabic on the start screen, starts, and makes the text large.
    app.update_settings(SettingsPatch { locale: Some("ar".into()), ..Default::default() })?;
    app.start_guest()?;
    assert_eq!(app.settings()?.locale, "ar", "the choice on the start screen carries into the session");
    app.update_settings(SettingsPatch { text_size: Some(TextSize::Xlarge), high_contrast: Some(true), ..Default::default() })?;
    assert_eq!(app.settings()?.text_size, TextSize::Xlarge);

    app.sign_out()?;
    let s = app.settings()?;
    assert_eq!((s.locale.as_str(), s.text_size, s.high_contrast), ("de", TextSize::Medium, false));
    // Nothing of it was ever written to the device's settings.
    drop(app);
    let app = open(&dir.path().join("klar.sqlite"), &clock)?;
    assert_eq!(app.settings()?.locale, "de");
    Ok(())
}

#[test]
fn at_home_settings_stay_the_devices() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("klar.sqlite"), &clock)?;
    app.choose_mode(DeviceMode::Personal, None)?;
    app.create_learner("Ada", "sun")?;
    app.update_settings(SettingsPatch { locale: Some("tr".into()), ..Default::default() })?;
    app.sign_out()?;
    assert_eq!(app.settings()?.locale, "tr");
    Ok(())
}

#[test]
fn every_change_of_person_starts_a_new_session_epoch() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("klar.sqlite"), &clock)?;
    let mut last = app.session_epoch();
    let mut changed = |app: &KlarApp, what: &str| {
        let now = app.session_epoch();
        assert_ne!(now, last, "{what} must start a new session");
        last = now;
    };
    let ada = app.create_learner("Ada", "sun")?;
    changed(&app, "creating a learner at home (signs them in)");
    let ben = app.create_learner("Ben", "moon")?;
    changed(&app, "creating a second learner");
    app.sign_in(ada.id, None)?;
    changed(&app, "signing in as someone else");
    app.start_guest()?;
    changed(&app, "a guest");
    app.start_guest()?;
    changed(&app, "a new guest after a guest");
    app.sign_out()?;
    changed(&app, "signing out");
    app.sign_in(ben.id, None)?;
    changed(&app, "signing in");
    app.delete_learner(ben.id)?;
    changed(&app, "deleting the signed-in learner");
    app.sign_in(ada.id, None)?;
    changed(&app, "signing in");
    app.choose_mode(DeviceMode::Library, Some("13572468".into()))?;
    changed(&app, "a new device mode");
    app.admin_lock();
    app.start_guest()?;
    changed(&app, "a library guest");
    clock.advance(10 * MINUTE);
    assert_eq!(code(app.course_overview()), Some(ErrorCode::SessionExpired));
    changed(&app, "the idle end");
    Ok(())
}

#[test]
fn an_idle_library_guest_ends_on_the_next_command_without_any_poll() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = library(dir.path(), &clock)?;
    app.start_guest()?;
    let lesson = do_some_work(&mut app, "my private words")?;
    clock.advance(9 * MINUTE);
    app.open_lesson(&lesson)?; // still there: this counts as activity
    clock.advance(10 * MINUTE);
    // The window never polled (its timer may have stopped); the next stranger clicks a lesson.
    assert_eq!(code(app.open_lesson(&lesson)), Some(ErrorCode::SessionExpired));
    assert!(app.bootstrap("en")?.current.is_none());
    assert_eq!(code(app.save_reflection(&lesson, "00000000-0000-4000-8000-000000000000", "x")), Some(ErrorCode::InvalidInput));
    Ok(())
}

#[test]
fn a_classroom_learner_is_signed_out_after_the_teachers_idle_time() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("klar.sqlite"), &clock)?;
    app.choose_mode(DeviceMode::Classroom, Some("24681357".into()))?;
    let ada = app.create_learner("Ada", "sun")?;
    app.set_learner_secret(ada.id, Some(LearnerSecret::Pin("4711".into())))?;
    app.admin_lock();
    let secret = || Some(LearnerSecret::Pin("4711".into()));
    app.sign_in(ada.id, secret())?;
    let lesson = do_some_work(&mut app, "Ada's own thoughts")?;

    clock.advance(14 * MINUTE);
    assert_eq!(app.idle_status()?.state, IdleState::Warn { seconds_left: 60 }, "a minute's warning");
    assert_eq!(app.idle_status()?.limit_minutes, Some(15));
    app.keep_alive()?;
    clock.advance(14 * MINUTE);
    app.open_lesson(&lesson)?;
    clock.advance(15 * MINUTE);
    // The next pupil at Ada's PC finds her signed out, whatever they click.
    assert_eq!(code(app.open_lesson(&lesson)), Some(ErrorCode::SessionExpired));
    assert!(app.bootstrap("en")?.current.is_none());
    // A keep-alive after the end does not bring the session back.
    app.sign_in(ada.id, secret())?;
    clock.advance(20 * MINUTE);
    assert_eq!(code(app.keep_alive()), Some(ErrorCode::SessionExpired));
    assert!(app.bootstrap("en")?.current.is_none());

    // Ada's saved work is still hers.
    app.sign_in(ada.id, secret())?;
    let view = app.open_lesson(&lesson)?;
    assert!(view.steps.iter().any(|s| matches!(&s.body, StepBody::Reflect { text, .. } if text == "Ada's own thoughts")));
    Ok(())
}

#[test]
fn at_home_nobody_is_signed_out_for_being_slow() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("klar.sqlite"), &clock)?;
    app.choose_mode(DeviceMode::Personal, None)?;
    app.create_learner("Ada", "sun")?;
    clock.advance(600 * MINUTE);
    assert!(app.course_overview().is_ok());
    assert_eq!(app.idle_status()?.limit_minutes, None);
    Ok(())
}

#[test]
fn signing_a_learner_in_ends_the_teachers_session() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("klar.sqlite"), &clock)?;
    app.choose_mode(DeviceMode::Classroom, Some("24681357".into()))?;
    let ada = app.create_learner("Ada", "sun")?;
    app.set_learner_secret(ada.id, Some(LearnerSecret::Pin("4711".into())))?;
    assert!(app.device_mode()?.admin_unlocked);
    app.sign_in(ada.id, Some(LearnerSecret::Pin("4711".into())))?;
    assert!(!app.device_mode()?.admin_unlocked, "a pupil must not inherit the teacher's session");
    assert_eq!(code(app.class_report()), Some(ErrorCode::AdminRequired));
    Ok(())
}

#[test]
fn a_guest_deleting_themself_ends_the_session_and_touches_no_learner() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("klar.sqlite"), &clock)?;
    let ada = app.create_learner("Ada", "sun")?;
    app.sign_out()?;
    let guest = app.start_guest()?;
    assert_ne!(guest.id, ada.id, "a guest's id can never be a learner's");
    app.delete_learner(guest.id)?;
    assert!(app.bootstrap("en")?.current.is_none());
    assert_eq!(app.bootstrap("en")?.learners.len(), 1, "Ada is still there");
    Ok(())
}

/// The lesson and step of the course's next-token demo.
fn next_token_step(app: &mut KlarApp) -> Result<(String, String), Box<dyn std::error::Error>> {
    for card in app.course_overview()? {
        let Some(uuid) = card.uuid else { continue };
        let view = app.open_lesson(&uuid)?;
        if let Some(s) = view.steps.iter().find(|s| matches!(&s.body, StepBody::Demo { demo, .. } if demo == "next-token")) {
            return Ok((uuid, s.uuid.clone()));
        }
    }
    Err("no next-token demo in the course".into())
}

#[test]
fn a_guests_demo_runs_never_reach_the_disk() -> R {
    use klar_core::player::DemoValue;
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = library(dir.path(), &clock)?;
    app.start_guest()?;
    let (lesson, step) = next_token_step(&mut app)?;
    app.demo_predict(&lesson, &step, "a")?;
    let values = [
        ("top_token".to_string(), DemoValue::Text("GUEST-TOKEN-5151".into())),
        ("top_probability".to_string(), DemoValue::Percent(0.5)),
    ];
    let seen = app.demo_record(&lesson, &step, values.into_iter().collect())?;
    assert_eq!(seen.predicted.as_deref(), Some("a"));
    assert!(files_contain(dir.path(), b"GUEST-TOKEN-5151")?.is_empty(), "the guest's demo run is on disk");
    let own = |app: &mut KlarApp| -> Result<bool, Box<dyn std::error::Error>> {
        Ok(app.open_lesson(&lesson)?.steps.iter().any(
            |s| matches!(&s.body, StepBody::Demo { demo_loop, .. } if demo_loop.record.contains_key("top_token")),
        ))
    };
    assert!(own(&mut app)?, "the guest sees their own run");
    app.sign_out()?;
    app.start_guest()?;
    assert!(!own(&mut app)?, "the next guest starts without it");
    Ok(())
}
