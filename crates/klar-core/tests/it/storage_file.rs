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
        s.record_answer(l.id, "lesson", "q1", &["a".into()], false, None)?;
        s.record_answer(l.id, "lesson", "q1", &["b".into()], true, None)?;
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
        c.execute_batch(include_str!("../../src/storage/migrations/0001_initial.sql"))?;
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
    let full = klar_core::transfer::learner_file(&s, 1, klar_core::storage::ReflectionScope::All)?;
    assert_eq!(full.display_name, "Mila");
    assert_eq!((full.progress[0].completed_ms, full.progress[0].seconds_spent), (Some(20), 0));
    assert_eq!((full.reflections[0].body.as_str(), full.reflections[0].shared), ("old thought", false));
    assert!(s.admin_pin()?.is_none());
    Ok(())
}

#[test]
fn answers_from_before_klar_asked_how_sure_survive_the_upgrade_without_a_confidence() -> Result<(), Box<dyn std::error::Error>> {
    use klar_core::progress::Confidence;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    {
        let c = rusqlite::Connection::open(&path)?;
        for sql in [
            include_str!("../../src/storage/migrations/0001_initial.sql"),
            include_str!("../../src/storage/migrations/0002_classroom.sql"),
            include_str!("../../src/storage/migrations/0003_lab_drawings.sql"),
            include_str!("../../src/storage/migrations/0004_sign_in_attempts.sql"),
        ] {
            c.execute_batch(sql)?;
        }
        c.pragma_update(None, "user_version", 4)?;
        c.execute_batch(
            "INSERT INTO learners (id, uuid, display_name, avatar, is_guest, created_ms, last_active_ms)
                 VALUES (1, 'b1f6c1a2-0000-4000-8000-000000000001', 'Mila', 'fish', 0, 1, 2);
             INSERT INTO quiz_answers (learner_id, lesson_uuid, question_uuid, first_choice, first_correct,
                                       last_choice, last_correct, attempts, first_ms, last_ms)
                 VALUES (1, 'lesson', 'q-old', '[\"a\"]', 0, '[\"b\"]', 1, 2, 10, 20);",
        )?;
    }
    let mut s = Storage::open(&path, clock())?;
    assert_eq!(s.schema_version()?, SCHEMA_VERSION);
    let old = s.answer(1, "q-old")?.ok_or("the old answer is kept")?;
    assert_eq!((old.first_correct, old.last_correct, old.attempts, old.first_confidence), (false, true, 2, None));
    // A new try at the old question cannot add a confidence to its first answer after the fact.
    assert_eq!(s.record_answer(1, "lesson", "q-old", &["b".into()], true, Some(Confidence::Sure))?.first_confidence, None);
    assert_eq!(s.record_answer(1, "lesson", "q-new", &["a".into()], true, Some(Confidence::Guess))?.first_confidence, Some(Confidence::Guess));
    // The column takes the three words only.
    drop(s);
    let c = rusqlite::Connection::open(&path)?;
    assert!(c.execute("UPDATE quiz_answers SET first_confidence = 'very' WHERE question_uuid = 'q-new'", []).is_err());
    Ok(())
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &std::path::Path, needle: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if String::from_utf8_lossy(&std::fs::read(entry.path())?).contains(needle) {
            found.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    Ok(found)
}

#[test]
fn a_deleted_learner_is_gone_from_every_backup_and_a_fresh_good_one_exists() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let clock = clock();
    let mut s = Storage::open(&dir.path().join("klar.sqlite"), clock.clone())?;
    let keep = s.create_learner("Ali", "sun", false)?;
    let gone = s.create_learner("Zeynep", "moon", false)?;
    s.save_reflection(gone.id, "lesson", "r", "A-VERY-PRIVATE-THOUGHT-4711")?;
    let backups = dir.path().join("backups");
    for _ in 0..3 {
        clock.advance(1000);
        klar_core::storage::backup_now(&s, &backups)?;
    }
    assert_eq!(files_containing(&backups, "A-VERY-PRIVATE-THOUGHT-4711")?.len(), 3, "the test needs copies that hold it");
    s.delete_learner(gone.id)?;
    assert_eq!(files_containing(&backups, "A-VERY-PRIVATE-THOUGHT-4711")?, Vec::<String>::new());
    assert_eq!(files_containing(&backups, "Zeynep")?, Vec::<String>::new());
    let left = klar_core::storage::list_backups(&backups)?;
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].good);
    let copy = Storage::open(&backups.join(&left[0].name), clock)?;
    assert_eq!(copy.learners()?.iter().map(|l| l.id).collect::<Vec<_>>(), vec![keep.id]);
    Ok(())
}

#[test]
fn no_backup_holds_a_guest() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut s = Storage::open(&dir.path().join("klar.sqlite"), clock())?;
    let guest = s.create_learner("Gast", "star", true)?;
    s.save_reflection(guest.id, "lesson", "r", "GUEST-THOUGHT-0815")?;
    let backups = dir.path().join("backups");
    klar_core::storage::backup_now(&s, &backups)?;
    assert_eq!(files_containing(&backups, "GUEST-THOUGHT-0815")?, Vec::<String>::new());
    Ok(())
}

/// A data file with one learner and one copy in `backups/`; returns the file's path.
fn file_with_a_backup(dir: &std::path::Path) -> Result<std::path::PathBuf, Box<dyn std::error::Error>> {
    let path = dir.join("klar.sqlite");
    let mut s = Storage::open(&path, clock())?;
    s.create_learner("Mila", "fish", false)?;
    klar_core::storage::backup_now(&s, &dir.join("backups"))?;
    Ok(path)
}

#[test]
fn a_missing_or_empty_data_file_is_not_replaced_while_backups_exist() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = file_with_a_backup(dir.path())?;
    for f in ["klar.sqlite", "klar.sqlite-wal", "klar.sqlite-shm"] {
        let _ = std::fs::remove_file(dir.path().join(f));
    }
    let err = Storage::open(&path, clock()).err().ok_or("a missing file became a new database")?;
    assert_eq!(err.code(), ErrorCode::DataMissing);
    assert!(!path.exists(), "the refused open created the file");

    std::fs::write(&path, b"")?;
    let err = Storage::open(&path, clock()).err().ok_or("an empty file became a new database")?;
    assert_eq!(err.code(), ErrorCode::DataMissing);
    assert_eq!(std::fs::metadata(&path)?.len(), 0);

    let newest = klar_core::storage::list_backups(&dir.path().join("backups"))?;
    let restored = Storage::restore_file(&path, &dir.path().join("backups").join(&newest[0].name), clock())?;
    assert_eq!(restored.learners()?[0].display_name, "Mila");
    drop(restored);
    assert_eq!(Storage::open(&path, clock())?.learners()?.len(), 1, "the restored file opens as usual");
    Ok(())
}

#[test]
fn starting_empty_is_a_choice_and_a_first_start_needs_none() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = file_with_a_backup(dir.path())?;
    std::fs::write(&path, b"")?;
    let fresh = Storage::open_new(&path, clock())?;
    assert!(fresh.learners()?.is_empty());
    let first = tempfile::tempdir()?;
    assert!(Storage::open(&first.path().join("klar.sqlite"), clock())?.learners()?.is_empty());
    Ok(())
}

#[test]
fn a_damaged_backup_is_listed_as_such_and_never_restored() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = file_with_a_backup(dir.path())?;
    let backups = dir.path().join("backups");
    std::fs::write(backups.join("klar-000009-1.sqlite"), b"not a database at all, just text ....................")?;
    let list = klar_core::storage::list_backups(&backups)?;
    assert_eq!((list[0].name.as_str(), list[0].good), ("klar-000009-1.sqlite", false));
    assert!(list[1].good);
    std::fs::remove_file(&path)?;
    assert!(Storage::restore_file(&path, &backups.join("klar-000009-1.sqlite"), clock()).is_err());
    assert!(!path.exists());
    Ok(())
}

#[test]
fn stale_partials_go_and_the_newest_copy_survives_a_clock_that_jumps_back() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let clock = clock();
    let mut s = Storage::open(&dir.path().join("klar.sqlite"), clock.clone())?;
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups)?;
    std::fs::write(backups.join(".klar-1749999999999.sqlite.partial"), b"half")?;
    for i in 0..klar_core::storage::BACKUPS_KEPT {
        s.set_setting("round", &i.to_string())?;
        klar_core::storage::backup_now(&s, &backups)?;
    }
    // The PC's clock jumps back a day (a dead RTC battery); the next copy is still the newest.
    clock.advance(-86_400_000);
    s.set_setting("round", "last")?;
    klar_core::storage::backup_now(&s, &backups)?;
    let names: Vec<String> = std::fs::read_dir(&backups)?.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.ends_with(".partial")), "{names:?}");
    let list = klar_core::storage::list_backups(&backups)?;
    assert_eq!(list.len(), klar_core::storage::BACKUPS_KEPT);
    let newest = Storage::open(&backups.join(&list[0].name), clock)?;
    assert_eq!(newest.setting("round")?.as_deref(), Some("last"));
    Ok(())
}

#[test]
fn a_checkpoint_that_a_reader_blocks_is_reported() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    let mut s = Storage::open(&path, clock())?;
    s.create_learner("Ali", "sun", false)?;
    let reader = rusqlite::Connection::open(&path)?;
    reader.execute_batch("BEGIN")?;
    let _: i64 = reader.query_row("SELECT count(*) FROM learners", [], |r| r.get(0))?;
    s.create_learner("Mila", "fish", false)?;
    let err = s.checkpoint().err().ok_or("an unfinished checkpoint was reported as done")?;
    assert_eq!(err.code(), ErrorCode::DatabaseBusy);
    reader.execute_batch("COMMIT")?;
    s.checkpoint()?;
    Ok(())
}

#[cfg(unix)]
#[test]
fn only_this_os_user_can_read_the_data() -> Result<(), Box<dyn std::error::Error>> {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("org.klar.desktop");
    let path = data.join("klar.sqlite");
    let mut s = Storage::open(&path, clock())?;
    s.create_learner("Ali", "sun", false)?;
    klar_core::storage::backup_now(&s, &data.join("backups"))?;
    let mode = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
    assert_eq!(mode(&data)?, 0o700);
    assert_eq!(mode(&data.join("backups"))?, 0o700);
    for f in ["klar.sqlite", "klar.sqlite-wal", "klar.sqlite-shm"] {
        assert_eq!(mode(&data.join(f))?, 0o600, "{f}");
    }
    for b in std::fs::read_dir(data.join("backups"))? {
        let b = b?.path();
        assert_eq!(mode(&b)?, 0o600, "{}", b.display());
    }
    Ok(())
}

#[test]
fn only_the_admin_restores_a_backup_and_the_current_data_is_copied_first() -> Result<(), Box<dyn std::error::Error>> {
    use klar_core::app::KlarApp;
    use klar_core::classroom::DeviceMode;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("klar.sqlite");
    let backups = dir.path().join("backups");
    let course = klar_core::course::load_course(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).course;
    let clock = clock();
    let mut app = KlarApp::new(course, Storage::open(&path, clock.clone())?)?;
    app.choose_mode(DeviceMode::Classroom, Some("246824".into()))?;
    app.create_learner("Ali", "sun")?;
    klar_core::storage::backup_now(app.storage(), &backups)?;
    clock.advance(1000);
    app.create_learner("Mila", "fish")?;
    let before = app.backups()?;
    assert_eq!(before.len(), 1);

    app.admin_lock();
    assert_eq!(app.backups().map(|_| ()).map_err(|e| e.code()), Err(ErrorCode::AdminRequired));
    assert_eq!(app.restore_backup(&before[0].name).map_err(|e| e.code()), Err(ErrorCode::AdminRequired));
    app.admin_unlock("246824")?;
    assert_eq!(app.restore_backup("../klar.sqlite").map_err(|e| e.code()), Err(ErrorCode::NotFound));

    app.restore_backup(&before[0].name)?;
    let names: Vec<String> = app.storage().learners()?.into_iter().map(|l| l.display_name).collect();
    assert_eq!(names, vec!["Ali".to_string()]);
    app.admin_unlock("246824")?;
    let after = app.backups()?;
    assert_eq!(after.len(), 2, "the data from before the restore was copied first");
    let copy = Storage::open(&backups.join(&after[0].name), clock)?;
    assert_eq!(copy.learners()?.len(), 2);
    Ok(())
}

#[test]
fn an_import_that_replaces_a_reflection_leaves_no_old_copy_in_the_backups() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut s = Storage::open(&dir.path().join("klar.sqlite"), clock())?;
    let l = s.create_learner("Mila", "fish", false)?;
    s.save_reflection(l.id, "lesson", "r", "OLD-THOUGHT-1234")?;
    let backups = dir.path().join("backups");
    klar_core::storage::backup_now(&s, &backups)?;
    assert_eq!(files_containing(&backups, "OLD-THOUGHT-1234")?.len(), 1, "the test needs a copy that holds it");
    let mut incoming = klar_core::transfer::learner_file(&s, l.id, klar_core::storage::ReflectionScope::All)?;
    incoming.reflections[0].body = "NEW-THOUGHT-5678".into();
    incoming.reflections[0].updated_ms += 60_000;
    assert_eq!(klar_core::transfer::merge_learners(&mut s, &[incoming])?.reflections_merged, 1);
    assert_eq!(files_containing(&backups, "OLD-THOUGHT-1234")?, Vec::<String>::new());
    assert_eq!(files_containing(&backups, "NEW-THOUGHT-5678")?.len(), 1);
    Ok(())
}
