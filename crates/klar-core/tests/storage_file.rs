//! The data file on a real disk: created from empty, closed and reopened with everything kept,
//! and refused (untouched) when it is newer than the app or not a database at all.

use klar_core::storage::{Storage, SCHEMA_VERSION};
use klar_core::{ErrorCode, FixedClock};
use std::sync::Arc;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(1_750_000_000_000))
}

#[test]
fn migrates_from_empty_and_keeps_everything_across_reopen() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("nested/klar.sqlite");
    let learner = {
        let mut s = Storage::open(&path, clock())?;
        assert_eq!(s.schema_version()?, SCHEMA_VERSION);
        let l = s.create_learner("Mila", "fish", false)?;
        s.set_position(l.id, "lesson", "step-2")?;
        s.record_answer(l.id, "lesson", "q1", &["a".into()], false)?;
        s.record_answer(l.id, "lesson", "q1", &["b".into()], true)?;
        s.save_reflection(l.id, "lesson", "r1", "Ich würde prüfen, woher das kommt.")?;
        s.set_setting("locale", "de")?;
        l
    };
    let s = Storage::open(&path, clock())?;
    assert_eq!(s.learners()?.len(), 1);
    let p = s.lesson_progress(learner.id, "lesson")?.ok_or("progress lost")?;
    assert_eq!(p.current_step_uuid.as_deref(), Some("step-2"));
    let answers = s.answers(learner.id, "lesson")?;
    assert_eq!((answers[0].first_correct, answers[0].last_correct, answers[0].attempts), (false, true, 2));
    assert_eq!(s.reflections(learner.id, "lesson")?[0].body, "Ich würde prüfen, woher das kommt.");
    assert_eq!(s.setting("locale")?.as_deref(), Some("de"));
    Ok(())
}

#[test]
fn a_file_from_a_newer_klar_is_refused_and_left_untouched() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    drop(Storage::open(&path, clock())?);
    {
        let c = rusqlite::Connection::open(&path)?;
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 5)?;
    }
    let before = std::fs::read(&path)?;
    let err = Storage::open(&path, clock()).err().ok_or("a newer file was accepted")?;
    assert_eq!(err.code(), ErrorCode::DatabaseNewer);
    assert!(err.to_string().contains("newer"), "{err}");
    let c = rusqlite::Connection::open(&path)?;
    let v: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
    assert_eq!(v, SCHEMA_VERSION + 5);
    assert_eq!(std::fs::read(&path)?.len(), before.len());
    Ok(())
}

#[test]
fn a_file_that_is_not_a_database_is_reported_as_damaged() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    std::fs::write(&path, b"this is not SQLite, just some text that someone saved here ..................")?;
    let err = Storage::open(&path, clock()).err().ok_or("garbage was accepted")?;
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt, "{err}");
    Ok(())
}

#[test]
fn the_file_is_configured_for_safety() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    drop(Storage::open(&path, clock())?);
    let c = rusqlite::Connection::open(&path)?;
    let mode: String = c.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    assert_eq!(mode, "wal");
    Ok(())
}

#[test]
fn backups_rotate_and_are_complete_databases() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let clock = clock();
    let mut s = Storage::open(&dir.path().join("klar.sqlite"), clock.clone())?;
    s.create_learner("Ali", "sun", false)?;
    let backups = dir.path().join("backups");
    for _ in 0..5 {
        clock.advance(1000);
        klar_core::storage::backup_now(&s, &backups)?;
    }
    let files: Vec<_> = std::fs::read_dir(&backups)?.filter_map(|e| e.ok()).collect();
    assert_eq!(files.len(), klar_core::storage::BACKUPS_KEPT);
    let newest = files.iter().map(|e| e.path()).max().ok_or("no backup")?;
    let copy = Storage::open(&newest, clock)?;
    assert_eq!(copy.learners()?[0].display_name, "Ali");
    Ok(())
}

#[test]
fn deleting_a_learner_leaves_nothing_of_them_in_the_file_or_its_wal() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    let mut s = Storage::open(&path, clock())?;
    let l = s.create_learner("Zeynep", "moon", false)?;
    s.save_reflection(l.id, "lesson", "r", "A-VERY-PRIVATE-THOUGHT-4711")?;
    s.delete_learner(l.id)?;
    for f in ["klar.sqlite", "klar.sqlite-wal"] {
        if let Ok(bytes) = std::fs::read(dir.path().join(f)) {
            let hay = String::from_utf8_lossy(&bytes);
            assert!(!hay.contains("A-VERY-PRIVATE-THOUGHT-4711"), "found in {f}");
            assert!(!hay.contains("Zeynep"), "name found in {f}");
        }
    }
    Ok(())
}

#[test]
fn a_file_from_before_the_classroom_migration_is_upgraded_with_everything_kept() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    {
        let c = rusqlite::Connection::open(&path)?;
        c.execute_batch(include_str!("../src/storage/migrations/0001_initial.sql"))?;
        c.pragma_update(None, "user_version", 1)?;
        c.execute_batch(
            "INSERT INTO learners (id, uuid, display_name, avatar, is_guest, created_ms, last_active_ms)
                 VALUES (1, 'b1f6c1a2-0000-4000-8000-000000000001', 'Mila', 'fish', 0, 1, 2);
             INSERT INTO lesson_progress (learner_id, lesson_uuid, current_step_uuid, started_ms, completed_ms, updated_ms)
                 VALUES (1, 'lesson', 'step', 10, 20, 20);
             INSERT INTO reflections (learner_id, lesson_uuid, step_uuid, body, created_ms, updated_ms)
                 VALUES (1, 'lesson', 'r1', 'old thought', 10, 10);",
        )?;
    }
    let s = Storage::open(&path, clock())?;
    assert_eq!(s.schema_version()?, SCHEMA_VERSION);
    let full = s.full_learner(1, klar_core::storage::ReflectionScope::All)?;
    assert_eq!(full.display_name, "Mila");
    assert_eq!((full.progress[0].completed_ms, full.progress[0].seconds_spent), (Some(20), 0));
    assert_eq!((full.reflections[0].body.as_str(), full.reflections[0].shared), ("old thought", false));
    assert!(s.admin_pin()?.is_none());
    Ok(())
}
