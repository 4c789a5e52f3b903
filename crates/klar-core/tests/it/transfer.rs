//! Progress files on real data files: what a teacher's export of a learner holds (shared
//! reflections only), and importing as a teacher does it — first a preview that changes nothing,
//! then the merge once confirmed: once, in time, by the session that asked.

use crate::support::{code, open, R, T0};
use klar_core::app::KlarApp;
use klar_core::player::StepBody;
use klar_core::transfer::{ExportScope, PendingImports, IMPORT_PREVIEW_MS};
use klar_core::classroom::DeviceMode;
use klar_core::transfer::TransferKind;
use klar_core::{ErrorCode, FixedClock};
use std::path::Path;
use std::sync::Arc;


/// Ada at home finishes the first two lessons and exports her own progress; returns the file
/// and the two lessons' titles.
fn adas_file_from_home(dir: &Path, clock: &Arc<FixedClock>) -> Result<(String, Vec<String>), Box<dyn std::error::Error>> {
    let mut home = open(&dir.join("home.sqlite"), clock)?;
    let ada = home.create_learner("Ada", "sun")?;
    let cards = home.course_overview()?;
    let mut titles = Vec::new();
    for card in &cards[..2] {
        let uuid = card.uuid.clone().ok_or("lesson unavailable")?;
        home.open_lesson(&uuid)?;
        home.complete_lesson(&uuid)?;
        titles.push(card.title.clone());
    }
    Ok((home.export_progress(ExportScope::Learner { id: ada.id })?, titles))
}

/// A classroom PC whose class already has an "ada" (someone else) and Ben; the teacher is in.
fn school(dir: &Path, clock: &Arc<FixedClock>) -> Result<KlarApp, Box<dyn std::error::Error>> {
    let mut school = open(&dir.join("school.sqlite"), clock)?;
    school.choose_mode(DeviceMode::Classroom, Some("246824".into()))?;
    // These tests are about files, not sign-in: learners pick their name.
    school.set_class_sign_in(false)?;
    school.create_learner("ada ", "moon")?;
    school.create_learner("Ben", "tree")?;
    Ok(school)
}

fn class_rows(app: &mut KlarApp) -> Result<Vec<Vec<String>>, Box<dyn std::error::Error>> {
    Ok(app.class_report()?.rows.into_iter().map(|r| r.texts).collect())
}

#[test]
fn a_teachers_export_of_a_learner_holds_no_private_reflection_but_the_learners_own_holds_all() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let mut app = school(dir.path(), &clock)?;
    app.set_class_sign_in(false)?;
    let ada = app.create_learner("Ada", "sun")?;
    app.admin_lock();
    app.sign_in(ada.id, None)?;
    // The first two reflect steps of the course: one stays private, one is shared.
    let mut reflect_steps = Vec::new();
    for card in app.course_overview()? {
        let Some(lesson) = card.uuid else { continue };
        for step in app.open_lesson(&lesson)?.steps {
            if matches!(step.body, StepBody::Reflect { .. }) {
                reflect_steps.push((lesson.clone(), step.uuid));
            }
        }
        if reflect_steps.len() >= 2 {
            break;
        }
    }
    let [(private_lesson, private_step), (shared_lesson, shared_step)] = &reflect_steps[..2] else {
        return Err("the course has fewer than two reflect steps".into());
    };
    app.save_reflection(private_lesson, private_step, "ADA-PRIVATE-THOUGHT")?;
    app.save_reflection(shared_lesson, shared_step, "ADA-SHARED-THOUGHT")?;
    app.share_reflection(shared_lesson, shared_step, true)?;
    app.sign_out()?;

    app.admin_unlock("246824")?;
    let teachers = app.learner_data_export(ada.id)?;
    assert!(teachers.json.contains("ADA-SHARED-THOUGHT"));
    assert!(!teachers.json.contains("ADA-PRIVATE-THOUGHT"), "a private reflection in the teacher's JSON");
    assert!(teachers.csv_files.iter().any(|f| f.content.contains("ADA-SHARED-THOUGHT")));
    for f in &teachers.csv_files {
        assert!(!f.content.contains("ADA-PRIVATE-THOUGHT"), "a private reflection in the teacher's {}", f.file_name);
    }
    let progress = app.export_progress(ExportScope::Learner { id: ada.id })?;
    assert!(!progress.contains("ADA-PRIVATE-THOUGHT"));
    app.admin_lock();

    app.sign_in(ada.id, None)?;
    let own = app.learner_data_export(ada.id)?;
    assert!(own.json.contains("ADA-PRIVATE-THOUGHT") && own.json.contains("ADA-SHARED-THOUGHT"));
    let reflections = own.csv_files.iter().find(|f| f.file_name == "klar-my-data-reflections.csv").ok_or("klar-my-data-reflections.csv")?;
    assert!(reflections.content.contains("ADA-PRIVATE-THOUGHT") && reflections.content.contains("ADA-SHARED-THOUGHT"));
    Ok(())
}

#[test]
fn an_import_is_shown_first_and_changes_nothing_until_confirmed_once() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let (file, titles) = adas_file_from_home(dir.path(), &clock)?;
    let mut school = school(dir.path(), &clock)?;
    let before = class_rows(&mut school)?;

    let (preview, pending) = school.preview_import(file.as_bytes())?;
    assert_eq!(preview.kind, TransferKind::Learner);
    assert_eq!((preview.learners_added, preview.learners_updated, preview.learners_unchanged), (1, 0, 0));
    assert_eq!(preview.lessons_completed, 2);
    let ada = &preview.learners[0];
    assert_eq!(ada.name, "Ada");
    assert!(ada.added);
    assert!(ada.look_alike, "the class already has an \"ada\" who is someone else");
    assert_eq!(preview.look_alikes, 1);
    assert_eq!(ada.lessons_completed, titles, "the preview names the lessons that would become done");
    assert_eq!((ada.lessons_merged, ada.other_lessons_completed), (2, 0));
    assert_eq!(class_rows(&mut school)?, before, "a preview writes nothing");

    // The shell keeps the file under the preview's token; a wrong token finds nothing.
    let mut waiting = PendingImports::default();
    waiting.keep(pending);
    assert_eq!(code(waiting.take("not-the-token")), Some(ErrorCode::ImportExpired));
    let summary = school.confirm_import(waiting.take(&preview.token)?)?;
    assert_eq!((summary.learners_added, summary.lessons_merged), (1, 2));
    assert_eq!(class_rows(&mut school)?.len(), 3);
    assert_eq!(code(waiting.take(&preview.token)), Some(ErrorCode::ImportExpired), "a token works once");

    // Cancelling forgets the file.
    let (preview, pending) = school.preview_import(file.as_bytes())?;
    assert_eq!((preview.learners_added, preview.learners_updated, preview.learners_unchanged), (0, 0, 1));
    assert!(preview.learners.is_empty(), "nothing new: nobody is listed");
    waiting.keep(pending);
    waiting.forget(&preview.token);
    assert_eq!(code(waiting.take(&preview.token)), Some(ErrorCode::ImportExpired));
    Ok(())
}

#[test]
fn a_preview_expires_and_belongs_to_the_session_that_made_it() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let (file, _) = adas_file_from_home(dir.path(), &clock)?;
    let mut school = school(dir.path(), &clock)?;
    let before = class_rows(&mut school)?;

    // Left open too long (the teacher's session itself is kept alive meanwhile).
    let (_, pending) = school.preview_import(file.as_bytes())?;
    clock.advance(IMPORT_PREVIEW_MS / 2);
    class_rows(&mut school)?;
    clock.advance(IMPORT_PREVIEW_MS / 2 + 1);
    assert_eq!(code(school.confirm_import(pending)), Some(ErrorCode::ImportExpired));

    // The teacher left: nobody else can say yes for them.
    let (_, pending) = school.preview_import(file.as_bytes())?;
    school.admin_lock();
    assert_eq!(code(school.confirm_import(pending)), Some(ErrorCode::AdminRequired));

    school.admin_unlock("246824")?;
    assert_eq!(class_rows(&mut school)?, before, "nothing was imported");

    // At home (no PIN, anyone may import): a preview made in Mia's session is not Noah's to confirm.
    let mut family = open(&dir.path().join("family.sqlite"), &clock)?;
    family.create_learner("Mia", "sun")?;
    let (_, pending) = family.preview_import(file.as_bytes())?;
    family.create_learner("Noah", "tree")?;
    assert_eq!(code(family.confirm_import(pending)), Some(ErrorCode::ImportExpired));
    assert_eq!(family.bootstrap("en")?.learners.len(), 2, "Ada did not arrive");

    // Mia leaves and comes back: the preview of her earlier session is void too.
    let mia = family.bootstrap("en")?.learners.into_iter().find(|l| l.display_name == "Mia").ok_or("Mia")?;
    family.select_learner(mia.id)?;
    let (_, pending) = family.preview_import(file.as_bytes())?;
    family.sign_out()?;
    family.select_learner(mia.id)?;
    assert_eq!(code(family.confirm_import(pending)), Some(ErrorCode::ImportExpired));
    Ok(())
}

#[test]
fn a_forged_learner_file_is_refused_before_the_preview() -> R {
    let dir = tempfile::tempdir()?;
    let clock = Arc::new(FixedClock::new(T0));
    let (file, _) = adas_file_from_home(dir.path(), &clock)?;
    let mut school = school(dir.path(), &clock)?;
    let edit = |f: &dyn Fn(&mut serde_json::Value)| -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        let mut v: serde_json::Value = serde_json::from_str(&file)?;
        f(&mut v);
        Ok(v.to_string().into_bytes())
    };
    // The audit's example: every lesson "done" at a time far in the future, so it wins every merge.
    let future = edit(&|v| v["learners"][0]["progress"][0]["updated_ms"] = 7_258_118_399_999_i64.into())?;
    assert_eq!(code(school.preview_import(&future)), Some(ErrorCode::ImportCorrupt));
    // "My progress from home" that also brings a classmate.
    let two = edit(&|v| {
        let mut other = v["learners"][0].clone();
        other["uuid"] = "0b7c8f8e-1111-4a8e-9a1e-000000000009".into();
        if let Some(a) = v["learners"].as_array_mut() {
            a.push(other);
        }
    })?;
    assert_eq!(code(school.preview_import(&two)), Some(ErrorCode::ImportCorrupt));
    // A name that reads backwards on screen arrives without its direction override.
    let flipped = edit(&|v| v["learners"][0]["display_name"] = "\u{202E}adA".into())?;
    let (preview, _) = school.preview_import(&flipped)?;
    assert_eq!(preview.learners[0].name, "adA");
    Ok(())
}
