//! Classroom and library modes through the app API on a real file: mode rules, the admin PIN
//! and its escalating lockout across restarts, learners' picture passwords (on by default),
//! failed sign-ins for the teacher, the idle settings, and a class's journey to the teacher's
//! report, its CSV, the printable record and a move to another PC.

use crate::support::{code, open, R, T0};
use klar_core::storage::Storage;
use klar_core::app::KlarApp;
use klar_core::player::StepBody;
use klar_core::progress::{Confidence, LessonState};
use klar_core::transfer::{ExportScope, ImportSummary};
use klar_core::classroom::{hash_secret, DeviceMode, IdleState, LearnerSecret, SecretKind};
use klar_core::{Clock, Error, ErrorCode, FixedClock};
use std::path::Path;
use std::sync::Arc;


/// An import as the teacher does it: the preview, then "Import".
fn import(app: &mut KlarApp, bytes: &[u8]) -> Result<ImportSummary, Box<dyn std::error::Error>> {
    let (_, pending) = app.preview_import(bytes)?;
    Ok(app.confirm_import(pending)?)
}

fn pictures(p: &[&str]) -> LearnerSecret {
    LearnerSecret::Pictures(p.iter().map(|s| s.to_string()).collect())
}

#[test]
fn mode_rules_for_home_classroom_and_library() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("k.sqlite"), &clock)?;
    assert_eq!(app.bootstrap("en")?.mode, None, "the first start asks for the mode");
    assert_eq!(
        code(app.choose_mode(DeviceMode::Classroom, None)),
        Some(ErrorCode::InvalidInput),
        "a classroom needs a PIN"
    );
    assert_eq!(code(app.choose_mode(DeviceMode::Classroom, Some("12".into()))), Some(ErrorCode::InvalidInput));
    assert_eq!(
        code(app.choose_mode(DeviceMode::Classroom, Some("2468".into()))),
        Some(ErrorCode::InvalidInput),
        "a new admin PIN has at least 6 digits"
    );
    let mode = app.choose_mode(DeviceMode::Classroom, Some("246813".into()))?;
    assert!(mode.admin_pin_set && mode.admin_unlocked && mode.sign_in_required, "sign-in is on by default");

    // The teacher builds the class list and stays the teacher.
    let ada = app.create_learner("Ada", "sun")?;
    let ben = app.create_learner("Ben", "moon")?;
    assert!(app.bootstrap("en")?.current.is_none(), "adding a learner does not sign the teacher in as them");
    app.admin_lock();
    assert_eq!(code(app.create_learner("Cem", "star")), Some(ErrorCode::AdminRequired));
    assert_eq!(code(app.class_report()), Some(ErrorCode::AdminRequired));
    assert_eq!(code(app.export_progress(ExportScope::Class)), Some(ErrorCode::AdminRequired));
    assert_eq!(code(app.delete_learner(ben.id)), Some(ErrorCode::AdminRequired), "only the teacher deletes others");
    assert_eq!(app.bootstrap("en")?.learners.len(), 2);
    assert_eq!(
        code(app.sign_in(ada.id, None)),
        Some(ErrorCode::SignInSecretMissing),
        "picking a name is not enough while sign-in is on"
    );

    // Sign-in secrets (on already; turning them on again changes nothing).
    app.admin_unlock("246813")?;
    assert!(app.set_class_sign_in(true)?.sign_in_required);
    let set = app.set_learner_secret(ada.id, Some(pictures(&["cat", "dog", "key"])))?;
    let card = set.card.ok_or("a picture password comes with a printable card")?;
    assert_eq!(card.learner_name, "Ada");
    assert_eq!(card.pictures.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Cat", "Dog", "Key"]);
    assert!(app.set_learner_secret(ben.id, Some(LearnerSecret::Pin("1357".into())))?.card.is_none());
    assert_eq!(
        code(app.set_learner_secret(ben.id, Some(pictures(&["cat", "sun", "key"])))),
        Some(ErrorCode::InvalidInput)
    );
    app.sign_out()?;
    assert!(!app.device_mode()?.admin_unlocked, "signing out ends the teacher's session");
    let boot = app.bootstrap("en")?;
    let kinds: Vec<SecretKind> = boot.learners.iter().map(|l| l.sign_in).collect();
    assert!(kinds.contains(&SecretKind::Pictures) && kinds.contains(&SecretKind::Pin), "{kinds:?}");
    assert_eq!(code(app.sign_in(ada.id, None)), Some(ErrorCode::InvalidInput));
    match app.sign_in(ada.id, Some(pictures(&["cat", "key", "dog"]))) {
        Err(Error::SignInWrong { tries_left: 4 }) => {}
        other => panic!("wrong order must fail: {other:?}"),
    }
    assert_eq!(code(app.sign_in(ada.id, Some(LearnerSecret::Pin("1357".into())))), Some(ErrorCode::SignInWrong));
    assert_eq!(app.sign_in(ada.id, Some(pictures(&["cat", "dog", "key"])))?.display_name, "Ada");
    app.sign_in(ben.id, Some(LearnerSecret::Pin("1357".into())))?;
    app.sign_out()?;

    // A learner without a secret cannot sign in while secrets are on.
    app.admin_unlock("246813")?;
    let cem = app.create_learner("Cem", "star")?;
    app.sign_out()?;
    assert_eq!(
        code(app.sign_in(cem.id, Some(LearnerSecret::Pin("0000".into())))),
        Some(ErrorCode::SignInSecretMissing)
    );

    // Changing the mode needs the teacher.
    assert_eq!(code(app.choose_mode(DeviceMode::Library, None)), Some(ErrorCode::AdminRequired));
    app.admin_unlock("246813")?;
    app.choose_mode(DeviceMode::Library, None)?;
    app.admin_lock();
    let boot = app.bootstrap("en")?;
    assert!(boot.learners.is_empty(), "a library start screen shows no earlier names");
    assert_eq!(boot.mode, Some(DeviceMode::Library));
    assert_eq!(code(app.create_learner("Dana", "sun")), Some(ErrorCode::NotAllowedInMode));
    assert_eq!(code(app.sign_in(ada.id, Some(pictures(&["cat", "dog", "key"])))), Some(ErrorCode::NotAllowedInMode));
    let guest = app.start_guest()?;
    assert!(guest.is_guest);
    assert_eq!(code(app.preview_import(b"{}")), Some(ErrorCode::NotAllowedInMode));
    Ok(())
}

#[test]
fn home_use_without_a_pin_works_as_before() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("k.sqlite"), &clock)?;
    app.choose_mode(DeviceMode::Personal, None)?;
    let a = app.create_learner("Ada", "sun")?;
    assert_eq!(app.bootstrap("en")?.current.map(|c| c.id), Some(a.id), "at home a new learner starts at once");
    let b = app.create_learner("Ben", "moon")?;
    app.sign_in(a.id, Some(LearnerSecret::Pin("9999".into())))?;
    app.delete_learner(b.id)?;
    // Without an admin PIN anyone may switch; a classroom then needs one.
    assert_eq!(code(app.choose_mode(DeviceMode::Classroom, None)), Some(ErrorCode::InvalidInput));
    app.choose_mode(DeviceMode::Classroom, Some("432100".into()))?;
    assert!(app.bootstrap("en")?.current.is_none(), "changing the mode signs learners out");
    Ok(())
}

#[test]
fn the_mode_choice_keeps_the_teacher_only_for_a_classroom() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("k.sqlite"), &clock)?;
    // First start: a classroom with a new PIN; whoever chose it sets up the class.
    let boot = app.choose_mode_with_pin(DeviceMode::Classroom, None, Some("246813".into()), "de_DE")?;
    assert_eq!(boot.mode, Some(DeviceMode::Classroom));
    assert_eq!(boot.settings.locale, "de", "the start screen in the system's language");
    assert!(app.device_mode()?.admin_unlocked);
    let overview = app.teacher_overview()?;
    assert!(overview.report.rows.is_empty() && overview.difficult.len() <= klar_core::report::DIFFICULT_LIMIT);
    assert_eq!(overview.mode.mode, Some(DeviceMode::Classroom));
    assert!(overview.sign_ins.learners.is_empty());
    // A wrong admin PIN changes nothing; the right one switches, and setup is over.
    app.admin_lock();
    assert_eq!(
        code(app.choose_mode_with_pin(DeviceMode::Library, Some("000000".into()), None, "en")),
        Some(ErrorCode::AdminPinWrong)
    );
    let boot = app.choose_mode_with_pin(DeviceMode::Library, Some("246813".into()), Some(String::new()), "en")?;
    assert_eq!(boot.mode, Some(DeviceMode::Library));
    assert!(!app.device_mode()?.admin_unlocked, "outside a classroom the admin session ends with the choice");
    assert_eq!(code(app.teacher_overview()), Some(ErrorCode::AdminRequired));
    Ok(())
}

#[test]
fn five_wrong_pins_lock_for_sixty_seconds_even_across_a_restart() -> R {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("k.sqlite");
    let clock = Arc::new(FixedClock::new(T0));
    {
        let mut app = open(&db, &clock)?;
        app.choose_mode(DeviceMode::Classroom, Some("123456".into()))?;
        app.admin_lock();
        for left in (1..=4).rev() {
            match app.admin_unlock("9999") {
                Err(e @ Error::AdminPinWrong { .. }) => {
                    assert!(matches!(e, Error::AdminPinWrong { tries_left } if tries_left == left));
                    let msg = app.error_message(&e);
                    assert!(msg.contains(&left.to_string()) || left == 1, "{msg}");
                }
                other => panic!("expected a wrong-PIN error, got {other:?}"),
            }
        }
        assert!(matches!(app.admin_unlock("9999"), Err(Error::Locked { seconds_left: 60 })));
        assert!(
            matches!(app.admin_unlock("123456"), Err(Error::Locked { seconds_left: 60 })),
            "locked even for the right PIN"
        );
        let msg = app.error_message(&Error::Locked { seconds_left: 60 });
        assert!(msg.contains("60"), "{msg}");
    }
    clock.advance(30_000);
    let mut app = open(&db, &clock)?;
    assert!(
        matches!(app.admin_unlock("123456"), Err(Error::Locked { seconds_left: 30 })),
        "a restart does not lift the lock"
    );
    clock.advance(30_000);
    assert!(app.admin_unlock("123456")?.admin_unlocked);
    app.admin_lock();
    assert!(
        matches!(app.admin_unlock("0000"), Err(Error::AdminPinWrong { tries_left: 4 })),
        "a right PIN reset the count"
    );
    Ok(())
}

#[test]
fn an_idle_library_guest_is_warned_then_wiped() -> R {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("k.sqlite");
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&db, &clock)?;
    app.choose_mode(DeviceMode::Library, Some("864200".into()))?;
    app.admin_lock();
    app.start_guest()?;
    let lesson = app.course_overview()?[0].uuid.clone().ok_or("lesson 1")?;
    let view = app.open_lesson(&lesson)?;
    let reflect = view.steps.iter().find(|s| matches!(s.body, StepBody::Reflect { .. })).ok_or("reflect step")?;
    app.save_reflection(&lesson, &reflect.uuid, "GUEST-IDLE-SECRET")?;
    clock.advance(8 * 60_000);
    assert_eq!(app.idle_status()?.state, IdleState::Active);
    clock.advance(60_000);
    assert_eq!(app.idle_status()?.state, IdleState::Warn { seconds_left: 60 });
    app.keep_alive()?;
    assert_eq!(app.idle_status()?.state, IdleState::Active, "the learner is still there");
    clock.advance(10 * 60_000);
    let idle = app.idle_status()?;
    assert_eq!(idle.state, IdleState::Expired);
    assert!(idle.signed_out);
    assert!(app.bootstrap("en")?.current.is_none());
    drop(app);
    for f in ["k.sqlite", "k.sqlite-wal"] {
        if let Ok(bytes) = std::fs::read(dir.path().join(f)) {
            assert!(!String::from_utf8_lossy(&bytes).contains("GUEST-IDLE-SECRET"), "found in {f}");
        }
    }
    Ok(())
}

/// Answers a scored question, trying options in the given order until one is right.
/// Returns whether the first try was right.
fn answer_question(
    app: &mut KlarApp,
    lesson: &str,
    step: &klar_core::player::StepView,
    reverse: bool,
) -> Result<bool, Box<dyn std::error::Error>> {
    let StepBody::Quiz { options, multiple, .. } = &step.body else { return Err("not a quiz".into()) };
    let mut ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
    if reverse {
        ids.reverse();
    }
    let mut first = None;
    for id in &ids {
        let v = app.answer(lesson, &step.uuid, vec![id.clone()], Some(Confidence::Think))?;
        first.get_or_insert(v.first_try_correct);
        if v.correct {
            return Ok(v.first_try_correct);
        }
    }
    if *multiple {
        let v = app.answer(lesson, &step.uuid, ids.clone(), Some(Confidence::Think))?;
        first.get_or_insert(v.first_try_correct);
    }
    first.ok_or_else(|| "no options".into())
}

/// One learner works through lesson `index`, one minute per step; returns the first-try results.
fn do_lesson(
    app: &mut KlarApp,
    clock: &FixedClock,
    index: usize,
    reverse: bool,
    finish: bool,
) -> Result<Vec<(String, bool)>, Box<dyn std::error::Error>> {
    let lesson = app.course_overview()?[index].uuid.clone().ok_or("lesson unavailable")?;
    let view = app.open_lesson(&lesson)?;
    let mut firsts = Vec::new();
    for step in &view.steps {
        clock.advance(60_000);
        app.goto_step(&lesson, &step.uuid)?;
        if matches!(step.body, StepBody::Quiz { scored: true, .. }) {
            firsts.push((step.uuid.clone(), answer_question(app, &lesson, step, reverse)?));
        }
    }
    if finish {
        app.complete_lesson(&lesson)?;
    }
    Ok(firsts)
}

#[test]
fn a_class_journey_to_the_teachers_report_csv_and_record() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("k.sqlite"), &clock)?;
    app.choose_mode(DeviceMode::Classroom, Some("246813".into()))?;
    // This class works by name only: the teacher's explicit choice (see the sign-in tests).
    app.set_class_sign_in(false)?;
    app.set_device_name(Some("Room 12, Lindenschule"))?;
    let ada = app.create_learner("Ada", "sun")?;
    // A name a spreadsheet would take for a formula.
    let ben = app.create_learner("=Ben", "moon")?;
    app.sign_out()?;

    app.sign_in(ada.id, None)?;
    let ada_firsts = do_lesson(&mut app, &clock, 0, false, true)?;
    let card = &app.course_overview()?[0];
    assert_eq!(card.score_correct as usize, ada_firsts.iter().filter(|(_, ok)| *ok).count(), "warm-ups do not count");
    let lesson1 = card.uuid.clone().ok_or("lesson 1")?;
    // The report has a column group per lesson the course can open (a lesson that fails the checks has no uuid).
    let lessons = app.course_overview()?.iter().filter(|c| c.uuid.is_some()).count();
    // Heartbeats: a 20-second gap counts in full, a 14-minute gap as 5 minutes (at 15 minutes
    // the classroom's idle rule would sign Ada out).
    let t = app.record_activity(&lesson1)?.seconds_spent;
    clock.advance(20_000);
    assert_eq!(app.record_activity(&lesson1)?.seconds_spent, t + 20);
    clock.advance(14 * 60_000);
    assert_eq!(app.record_activity(&lesson1)?.seconds_spent, t + 20 + 300);
    let view = app.open_lesson(&lesson1)?;
    let reflects: Vec<String> =
        view.steps.iter().filter(|s| matches!(s.body, StepBody::Reflect { .. })).map(|s| s.uuid.clone()).collect();
    let first_reflect = reflects.first().ok_or("no reflect step")?;
    app.save_reflection(&lesson1, first_reflect, "ADA-SHARED-THOUGHT")?;
    app.share_reflection(&lesson1, first_reflect, true)?;
    if let Some(second) = reflects.get(1) {
        app.save_reflection(&lesson1, second, "ADA-PRIVATE-THOUGHT")?;
    }
    app.sign_out()?;

    app.sign_in(ben.id, None)?;
    let ben_firsts = do_lesson(&mut app, &clock, 0, true, false)?;
    do_lesson(&mut app, &clock, 1, true, true)?;
    app.sign_out()?;

    app.admin_unlock("246813")?;
    let report = app.class_report()?;
    assert_eq!(report.rows.len(), 2);
    assert_eq!(report.lessons.len(), lessons);
    assert_eq!(report.header.len(), 1 + 3 * lessons);
    let row_of = |name: &str| report.rows.iter().find(|r| r.learner.display_name == name).ok_or("row");
    let (a, b) = (row_of("Ada")?, row_of("=Ben")?);
    assert_eq!(a.cells[0].state, LessonState::Done);
    assert_eq!(a.cells[1].state, LessonState::NotStarted);
    assert_eq!(b.cells[0].state, LessonState::InProgress);
    assert_eq!(b.cells[1].state, LessonState::Done);
    assert_eq!(a.cells[0].score_correct as usize, ada_firsts.iter().filter(|(_, ok)| *ok).count());
    assert_eq!(a.cells[0].score_total as usize, ada_firsts.len());
    assert!(a.cells[0].seconds_spent >= 60 * ada_firsts.len() as i64, "time was counted: {}", a.cells[0].seconds_spent);
    assert_eq!(a.cells[1].time_text, "", "no time for a lesson not started");
    assert_eq!(a.texts[1], "Done");

    // The CSV is the table: parse it back and compare cell by cell.
    let csv_text = app.class_report_csv()?;
    let body = csv_text.strip_prefix('\u{feff}').ok_or("a byte-order mark for spreadsheets")?;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    let parsed: Vec<Vec<String>> =
        reader.records().map(|r| r.map(|r| r.iter().map(str::to_string).collect())).collect::<Result<_, _>>()?;
    let mut expected = vec![report.header.clone()];
    expected.extend(report.rows.iter().map(|r| r.texts.clone()));
    let undo_defuse = |c: &String| c.strip_prefix("'=").map(|rest| format!("={rest}")).unwrap_or_else(|| c.clone());
    let parsed: Vec<Vec<String>> = parsed.iter().map(|r| r.iter().map(undo_defuse).collect()).collect();
    assert_eq!(parsed, expected);
    assert!(body.contains("'=Ben"), "a formula-like name is defused in the CSV");

    // Difficult questions agree with the first tries.
    let wrong_firsts: Vec<&String> =
        ada_firsts.iter().chain(&ben_firsts).filter(|(_, ok)| !ok).map(|(q, _)| q).collect();
    let hard = app.difficult_questions(50)?;
    for q in &wrong_firsts {
        assert!(hard.iter().any(|h| &&h.question_uuid == q), "{q} is missing from the difficult questions");
    }
    assert!(hard
        .iter()
        .all(|h| h.wrong_count >= 1 && h.answered_count >= h.wrong_count && !h.question_html.is_empty()));
    assert!(hard.windows(2).all(|w| w[0].wrong_count >= w[1].wrong_count));

    // Only the shared reflection reaches the teacher.
    let detail = app.learner_detail(ada.id)?;
    assert_eq!(detail.shared_reflections.len(), 1);
    assert_eq!(detail.shared_reflections[0].text, "ADA-SHARED-THOUGHT");
    assert_eq!(detail.lessons_done, 1);
    assert_eq!(detail.lessons[0].cell, a.cells[0], "the detail page shows the same cell");
    let detail_json = serde_json::to_string(&detail)?;
    assert!(!detail_json.contains("ADA-PRIVATE-THOUGHT"));

    let record = app.learner_record(ada.id)?;
    assert_eq!(record.learner_name, "Ada");
    assert_eq!(record.device_name.as_deref(), Some("Room 12, Lindenschule"));
    assert_eq!(record.lessons_done, 1);
    assert!(!record.lessons[0].topics.is_empty());
    assert!(record.topics_covered.iter().all(|t| !t.name.starts_with("topic-")));
    assert!(record.statement.contains("Article 4") && record.statement.contains("Ada"), "{}", record.statement);

    // A class transfer and the teacher's "Export data" carry shared reflections only.
    let class_file = app.export_progress(ExportScope::Class)?;
    assert!(class_file.contains("ADA-SHARED-THOUGHT") && !class_file.contains("ADA-PRIVATE-THOUGHT"));
    // (tests/transfer.rs checks a private reflection against both exports.)
    let teachers = app.learner_data_export(ada.id)?;
    assert!(teachers.json.contains("ADA-SHARED-THOUGHT"));
    assert!(teachers
        .csv_files
        .iter()
        .any(|f| f.file_name == "klar-my-data-reflections.csv" && f.content.contains("ADA-SHARED-THOUGHT")));
    assert_eq!(teachers.csv_files.len(), 4);

    // Another PC: import the class, then again — the second time changes nothing.
    let dir2 = tempfile::tempdir()?;
    let mut other = open(&dir2.path().join("k.sqlite"), &clock)?;
    other.choose_mode(DeviceMode::Classroom, Some("111111".into()))?;
    let s = import(&mut other, class_file.as_bytes())?;
    assert_eq!((s.learners_added, s.learners_updated), (2, 0));
    assert!(s.lessons_merged >= 3);
    assert_eq!(s.device.as_deref(), Some("Room 12, Lindenschule"));
    let again = import(&mut other, class_file.as_bytes())?;
    assert_eq!(
        (
            again.learners_added,
            again.learners_updated,
            again.lessons_merged,
            again.answers_merged,
            again.reflections_merged
        ),
        (0, 0, 0, 0, 0)
    );
    let there = other.class_report()?;
    let cells = |r: &klar_core::report::ClassReport| r.rows.iter().map(|r| r.texts.clone()).collect::<Vec<_>>();
    assert_eq!(cells(&there), cells(&report), "the other PC shows the same table");
    Ok(())
}

#[test]
fn deleting_a_learner_removes_secrets_time_and_shared_reflections_from_file_and_wal() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let db = dir.path().join("k.sqlite");
    let mut app = open(&db, &clock)?;
    app.choose_mode(DeviceMode::Classroom, Some("246813".into()))?;
    app.set_class_sign_in(true)?;
    let z = app.create_learner("Zeynep-Unique-Name", "moon")?;
    app.set_learner_secret(z.id, Some(pictures(&["boat", "cup", "bird"])))?;
    app.sign_out()?;
    app.sign_in(z.id, Some(pictures(&["boat", "cup", "bird"])))?;
    do_lesson(&mut app, &clock, 0, false, true)?;
    let lesson = app.course_overview()?[0].uuid.clone().ok_or("lesson")?;
    let view = app.open_lesson(&lesson)?;
    let r = view.steps.iter().find(|s| matches!(s.body, StepBody::Reflect { .. })).ok_or("reflect")?;
    app.save_reflection(&lesson, &r.uuid, "ZEYNEP-SHARED-4711")?;
    app.share_reflection(&lesson, &r.uuid, true)?;
    // In a classroom a learner's record is deleted by the teacher, never from a learner's session
    // (which a classmate may have found open).
    assert_eq!(code(app.delete_learner(z.id)), Some(ErrorCode::AdminRequired));
    app.sign_out()?;
    app.admin_unlock("246813")?;
    app.delete_learner(z.id)?;
    for f in ["k.sqlite", "k.sqlite-wal"] {
        if let Ok(bytes) = std::fs::read(dir.path().join(f)) {
            let hay = String::from_utf8_lossy(&bytes);
            assert!(!hay.contains("Zeynep-Unique-Name"), "name found in {f}");
            assert!(!hay.contains("ZEYNEP-SHARED-4711"), "reflection found in {f}");
        }
    }
    assert!(app.class_report()?.rows.is_empty());
    Ok(())
}

/// A classroom with a teacher (PIN "246813") and the learners named, signed out again.
fn classroom_with(
    app: &mut KlarApp,
    names: &[&str],
) -> Result<Vec<klar_core::learners::LearnerView>, Box<dyn std::error::Error>> {
    app.choose_mode(DeviceMode::Classroom, Some("246813".into()))?;
    let learners = names.iter().map(|n| app.create_learner(n, "sun")).collect::<Result<Vec<_>, _>>()?;
    app.admin_lock();
    Ok(learners)
}

#[test]
fn sign_in_is_on_by_default_and_off_only_by_the_teachers_choice() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("k.sqlite"), &clock)?;
    let [ada, ben] = <[_; 2]>::try_from(classroom_with(&mut app, &["Ada", "Ben"])?).map_err(|_| "two")?;
    assert!(app.device_mode()?.sign_in_required);
    // Ben cannot become Ada by picking her name, with or without a guess.
    assert_eq!(code(app.sign_in(ada.id, None)), Some(ErrorCode::SignInSecretMissing));
    assert_eq!(code(app.sign_in(ada.id, Some(LearnerSecret::Pin("0000".into())))), Some(ErrorCode::SignInSecretMissing));
    assert!(app.bootstrap("en")?.current.is_none());
    // The teacher sees at once who still needs a picture password or PIN.
    assert_eq!(code(app.sign_in_overview()), Some(ErrorCode::AdminRequired));
    assert_eq!(code(app.set_class_sign_in(false)), Some(ErrorCode::AdminRequired), "a learner cannot turn it off");
    app.admin_unlock("246813")?;
    let overview = app.sign_in_overview()?;
    assert_eq!(overview.learners.len(), 2);
    assert!(overview.learners.iter().all(|l| l.secret == SecretKind::None));
    app.set_learner_secret(ben.id, Some(LearnerSecret::Pin("1357".into())))?;
    let ben_row = app.sign_in_overview()?.learners.into_iter().find(|l| l.learner_id == ben.id).ok_or("Ben")?;
    assert_eq!(ben_row.secret, SecretKind::Pin);
    // Turning it off is stored; then a name is enough.
    assert!(!app.set_class_sign_in(false)?.sign_in_required);
    app.admin_lock();
    drop(app);
    let mut app = open(&dir.path().join("k.sqlite"), &clock)?;
    assert!(!app.device_mode()?.sign_in_required, "the teacher's choice survives a restart");
    assert_eq!(app.sign_in(ada.id, None)?.display_name, "Ada");
    Ok(())
}

#[test]
fn wrong_tries_lock_for_1_5_30_then_60_minutes_even_across_restarts() -> R {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("k.sqlite");
    let clock = Arc::new(FixedClock::new(T0));
    let ada = {
        let mut app = open(&db, &clock)?;
        let ada = classroom_with(&mut app, &["Ada"])?.remove(0);
        app.admin_unlock("246813")?;
        app.set_learner_secret(ada.id, Some(LearnerSecret::Pin("1357".into())))?;
        app.admin_lock();
        for left in (1..=4).rev() {
            assert!(matches!(
                app.sign_in(ada.id, Some(LearnerSecret::Pin("0000".into()))),
                Err(Error::SignInWrong { tries_left }) if tries_left == left
            ));
        }
        assert!(matches!(
            app.sign_in(ada.id, Some(LearnerSecret::Pin("0000".into()))),
            Err(Error::Locked { seconds_left: 60 })
        ));
        ada
    };
    // Each further wrong try, after waiting out the lock and a restart, locks for longer.
    let mut lock_minutes = 1;
    for minutes in [5u32, 30, 60, 60] {
        clock.advance(i64::from(lock_minutes) * 60_000 - 1_000);
        let mut app = open(&db, &clock)?;
        assert!(
            matches!(app.sign_in(ada.id, Some(LearnerSecret::Pin("1357".into()))), Err(Error::Locked { seconds_left: 1 })),
            "a restart does not lift the lock, and the right PIN waits too"
        );
        clock.advance(1_000);
        let wrong = app.sign_in(ada.id, Some(LearnerSecret::Pin("0000".into())));
        assert!(matches!(wrong, Err(Error::Locked { seconds_left }) if seconds_left == minutes * 60), "{wrong:?}");
        lock_minutes = minutes;
    }
    let msg = app_message(&db, &clock, &Error::Locked { seconds_left: 300 })?;
    assert!(msg.contains("5 minutes"), "a long lock is told in minutes: {msg}");
    // The right PIN after the lock signs in and starts the count again.
    clock.advance(60 * 60_000);
    let mut app = open(&db, &clock)?;
    app.sign_in(ada.id, Some(LearnerSecret::Pin("1357".into())))?;
    app.sign_out()?;
    assert!(matches!(
        app.sign_in(ada.id, Some(LearnerSecret::Pin("0000".into()))),
        Err(Error::SignInWrong { tries_left: 4 })
    ));

    // The admin PIN escalates the same way.
    for _ in 0..5 {
        let _ = app.admin_unlock("000000");
    }
    clock.advance(60_000);
    drop(app);
    let mut app = open(&db, &clock)?;
    assert!(matches!(app.admin_unlock("000000"), Err(Error::Locked { seconds_left: 300 })));
    assert!(matches!(app.admin_unlock("246813"), Err(Error::Locked { seconds_left: 300 })));
    clock.advance(300_000);
    assert!(app.admin_unlock("246813")?.admin_unlocked);
    Ok(())
}

fn app_message(db: &Path, clock: &Arc<FixedClock>, e: &Error) -> Result<String, Box<dyn std::error::Error>> {
    Ok(open(db, clock)?.error_message(e))
}

#[test]
fn a_new_admin_pin_has_six_digits_and_an_old_short_one_still_unlocks() -> R {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("k.sqlite");
    let clock = Arc::new(FixedClock::new(T0));
    {
        // A classroom set up before the 6-digit rule, with the PIN "2468".
        let mut storage = Storage::open(&db, clock.clone())?;
        storage.set_setting("device_mode", "classroom")?;
        storage.set_admin_pin_hash(&hash_secret("admin:2468")?, false)?;
    }
    let mut app = open(&db, &clock)?;
    assert!(!app.device_mode()?.admin_pin_too_short, "nobody but the teacher learns that the PIN is short");
    let mode = app.admin_unlock("2468")?;
    assert!(mode.admin_unlocked && mode.admin_pin_too_short, "the teacher is asked for a longer PIN");
    assert_eq!(code(app.change_admin_pin("1357")), Some(ErrorCode::InvalidInput));
    assert_eq!(code(app.change_admin_pin("123456789")), Some(ErrorCode::InvalidInput));
    assert!(!app.change_admin_pin("135790")?.admin_pin_too_short);
    app.admin_lock();
    drop(app);
    let mut app = open(&db, &clock)?;
    assert!(matches!(app.admin_unlock("2468"), Err(Error::AdminPinWrong { .. })), "the old PIN is gone");
    assert!(!app.admin_unlock("135790")?.admin_pin_too_short);
    app.admin_lock();
    assert_eq!(code(app.change_admin_pin("246813")), Some(ErrorCode::AdminRequired));
    Ok(())
}

#[test]
fn the_teacher_sees_failed_sign_ins_and_learners_do_not() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = open(&dir.path().join("k.sqlite"), &clock)?;
    let ada = classroom_with(&mut app, &["Ada", "Ben"])?.remove(0);
    app.admin_unlock("246813")?;
    app.set_learner_secret(ada.id, Some(pictures(&["cat", "dog", "key"])))?;
    app.admin_lock();
    clock.advance(1_000);
    let _ = app.sign_in(ada.id, Some(pictures(&["dog", "dog", "dog"])));
    let first_wrong = clock.now_ms();
    clock.advance(1_000);
    let _ = app.sign_in(ada.id, Some(pictures(&["cat", "cat", "cat"])));
    let last_wrong = clock.now_ms();
    // Two wrong admin PINs before the teacher comes.
    let _ = app.admin_unlock("999999");
    let _ = app.admin_unlock("888888");
    let admin_wrong = clock.now_ms();

    // Nothing of it reaches the start screen or the mode a learner can read.
    let boot = serde_json::to_string(&app.bootstrap("en")?)?;
    assert!(!boot.contains("failed") && !boot.contains(&last_wrong.to_string()), "{boot}");
    assert_eq!(code(app.sign_in_overview()), Some(ErrorCode::AdminRequired));

    clock.advance(1_000);
    app.admin_unlock("246813")?;
    let o = app.sign_in_overview()?;
    assert_eq!((o.admin_failed_before_unlock, o.admin_last_failed_ms), (2, Some(admin_wrong)));
    let row = o.learners.iter().find(|l| l.learner_id == ada.id).ok_or("Ada")?;
    assert_eq!((row.secret, row.failed_attempts, row.last_failed_ms, row.locked_seconds), (SecretKind::Pictures, 2, Some(last_wrong), None));
    assert!(first_wrong < last_wrong);
    app.admin_lock();

    // Three more: locked, and the teacher sees it.
    for _ in 0..3 {
        let _ = app.sign_in(ada.id, Some(pictures(&["key", "key", "key"])));
    }
    app.admin_unlock("246813")?;
    let o = app.sign_in_overview()?;
    assert_eq!(o.admin_failed_before_unlock, 0, "no wrong admin PIN since the last unlock");
    let row = o.learners.iter().find(|l| l.learner_id == ada.id).ok_or("Ada")?;
    assert_eq!((row.failed_attempts, row.locked_seconds), (5, Some(60)));
    app.admin_lock();
    // A right sign-in clears the count.
    clock.advance(60_000);
    app.sign_in(ada.id, Some(pictures(&["cat", "dog", "key"])))?;
    app.sign_out()?;
    app.admin_unlock("246813")?;
    let row = app.sign_in_overview()?.learners.into_iter().find(|l| l.learner_id == ada.id).ok_or("Ada")?;
    assert_eq!((row.failed_attempts, row.locked_seconds), (0, None));
    Ok(())
}

#[test]
fn the_learners_idle_time_is_a_teachers_setting_from_1_to_240_minutes() -> R {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("k.sqlite");
    let clock = Arc::new(FixedClock::new(T0));
    {
        let mut app = open(&db, &clock)?;
        classroom_with(&mut app, &["Ada"])?;
        assert_eq!(app.device_mode()?.learner_idle_minutes, 15, "15 minutes unless the teacher chooses");
        assert_eq!(code(app.set_learner_idle_minutes(30)), Some(ErrorCode::AdminRequired));
        app.admin_unlock("246813")?;
        for bad in [0, -5, 241, 100_000] {
            assert_eq!(code(app.set_learner_idle_minutes(bad)), Some(ErrorCode::InvalidInput), "{bad}");
        }
        assert_eq!(app.set_learner_idle_minutes(1)?.learner_idle_minutes, 1);
        assert_eq!(app.set_learner_idle_minutes(240)?.learner_idle_minutes, 240);
        assert_eq!(app.set_learner_idle_minutes(25)?.learner_idle_minutes, 25);
    }
    let mut app = open(&db, &clock)?;
    assert_eq!(app.device_mode()?.learner_idle_minutes, 25, "stored");
    app.admin_unlock("246813")?;
    app.choose_mode(DeviceMode::Library, None)?;
    assert_eq!(code(app.set_learner_idle_minutes(20)), Some(ErrorCode::NotAllowedInMode));
    Ok(())
}
