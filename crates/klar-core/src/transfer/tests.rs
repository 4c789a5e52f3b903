//! Progress files from the inside: round trips, hostile files, and merging (`merge_properties`:
//! merges end the same in any order).

use super::*;
use crate::error::{Error, Result};
use crate::storage::test_support::memory;
use crate::storage::{ReflectionScope, Storage};
use crate::progress::Confidence;
use crate::ErrorCode;
use proptest::prelude::*;
use std::collections::BTreeMap;

mod merge_properties;

const LEARNERS: [&str; 3] = [
    "0b7c8f8e-1111-4a8e-9a1e-000000000001",
    "0b7c8f8e-1111-4a8e-9a1e-000000000002",
    "0b7c8f8e-1111-4a8e-9a1e-000000000003",
];
const LESSONS: [&str; 3] = [
    "5a000000-0000-4000-8000-000000000001",
    "5a000000-0000-4000-8000-000000000002",
    "5a000000-0000-4000-8000-000000000003",
];
const STEPS: [&str; 4] = [
    "5b000000-0000-4000-8000-000000000001",
    "5b000000-0000-4000-8000-000000000002",
    "5b000000-0000-4000-8000-000000000003",
    "5b000000-0000-4000-8000-000000000004",
];
const BASE: i64 = 1_700_000_000_000;
/// This PC's time while the tests import: an hour after the files' times.
const NOW: i64 = BASE + 3_600_000;

fn import(s: &mut Storage, bytes: &[u8]) -> Result<MergeCounts> {
    let file = parse(bytes, NOW)?;
    merge_learners(s, &file.learners)
}

fn learner(i: usize) -> FileLearner {
    FileLearner {
        uuid: LEARNERS[i].into(),
        display_name: format!("Learner {i}"),
        avatar: "sun".into(),
        created_ms: BASE,
        last_active_ms: BASE,
        progress: Vec::new(),
        answers: Vec::new(),
        reflections: Vec::new(),
        demo_records: Vec::new(),
    }
}

fn file_of(learners: Vec<FileLearner>) -> Result<String> {
    ProgressFile::new(TransferKind::Class, BASE, Some("PC 1".into()), learners).to_json()
}

fn small_file() -> Result<String> {
    let mut l = learner(0);
    l.progress.push(FileProgress {
        lesson_uuid: LESSONS[0].into(),
        current_step_uuid: Some(STEPS[0].into()),
        started_ms: BASE,
        completed_ms: None,
        updated_ms: BASE + 5,
        seconds_spent: 120,
    });
    l.answers.push(FileAnswer {
        lesson_uuid: LESSONS[0].into(),
        question_uuid: STEPS[1].into(),
        first_choice: vec!["a".into()],
        first_correct: false,
        first_ms: BASE + 1,
        last_choice: vec!["b".into()],
        last_correct: true,
        last_ms: BASE + 2,
        attempts: 2,
        first_confidence: Some(Confidence::Guess),
    });
    l.reflections.push(FileReflection {
        lesson_uuid: LESSONS[0].into(),
        step_uuid: STEPS[2].into(),
        body: "thought".into(),
        created_ms: BASE,
        updated_ms: BASE + 3,
        shared: false,
    });
    file_of(vec![l])
}

/// A database with some local data that hostile files must leave exactly as it is.
fn seeded() -> Result<Storage> {
    let mut s = memory();
    let l = s.create_learner("Local", "moon", false)?;
    s.complete_lesson(l.id, LESSONS[1])?;
    s.save_reflection(l.id, LESSONS[1], STEPS[3], "local thought")?;
    Ok(s)
}

fn code_of(r: Result<MergeCounts>) -> Option<ErrorCode> {
    r.err().map(|e| e.code())
}

#[test]
fn oversized_files_are_refused_before_reading() -> std::result::Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let p = dir.path().join("big.json");
    std::fs::write(&p, vec![b' '; 2048])?;
    let err = read_capped(&p, 1024).err().ok_or("accepted")?;
    assert_eq!(err.code(), ErrorCode::ImportTooLarge);
    assert_eq!(read_capped(&p, 4096)?.len(), 2048);
    Ok(())
}

#[test]
fn a_file_round_trips_and_a_second_import_changes_nothing() -> Result<()> {
    let text = small_file()?;
    let mut s = memory();
    let first = import(&mut s, text.as_bytes())?;
    assert_eq!(
        (first.learners_added, first.lessons_merged, first.answers_merged, first.reflections_merged),
        (1, 1, 1, 1)
    );
    let before = s.dump()?;
    let second = import(&mut s, text.as_bytes())?;
    assert_eq!(second, MergeCounts::default());
    assert_eq!(s.dump()?, before);
    let id = s.learner_id_by_uuid(LEARNERS[0])?.ok_or(Error::NotFound("learner".into()))?;
    let full = learner_file(&s, id, ReflectionScope::All)?;
    assert_eq!(full.progress[0].seconds_spent, 120);
    assert!(!full.answers[0].first_correct && full.answers[0].last_correct);
    assert_eq!(full.answers[0].first_confidence, Some(Confidence::Guess), "how sure the learner was travels along");
    Ok(())
}

#[test]
fn a_file_from_before_klar_asked_how_sure_imports_and_fills_in_nothing() -> Result<()> {
    let mut v: serde_json::Value = serde_json::from_str(&small_file()?).map_err(|e| Error::Internal(e.to_string()))?;
    if let Some(a) = v["learners"][0]["answers"][0].as_object_mut() {
        a.remove("first_confidence");
    }
    let old = v.to_string();
    assert!(!old.contains("first_confidence"));
    let mut s = memory();
    assert_eq!(import(&mut s, old.as_bytes())?.answers_merged, 1);
    let id = s.learner_id_by_uuid(LEARNERS[0])?.ok_or(Error::NotFound("learner".into()))?;
    assert_eq!(learner_file(&s, id, ReflectionScope::All)?.answers[0].first_confidence, None);
    // The same answer again, now with what the learner said: it is added, not lost.
    assert_eq!(import(&mut s, small_file()?.as_bytes())?.answers_merged, 1);
    assert_eq!(learner_file(&s, id, ReflectionScope::All)?.answers[0].first_confidence, Some(Confidence::Guess));
    Ok(())
}

#[test]
fn hostile_files_are_refused_with_the_right_reason_and_change_nothing() -> Result<()> {
    let good = small_file()?;
    let with = |f: &dyn Fn(&mut serde_json::Value)| -> Result<Vec<u8>> {
        let mut v: serde_json::Value = serde_json::from_str(&good).map_err(|e| Error::Internal(e.to_string()))?;
        f(&mut v);
        Ok(v.to_string().into_bytes())
    };
    let mut many = String::from(
        r#"{"format":"klar-progress","version":1,"kind":"class","exported_ms":0,"device":null,"learners":["#,
    );
    for i in 0..100_000u32 {
        if i > 0 {
            many.push(',');
        }
        many.push_str(&format!(
            r#"{{"uuid":"00000000-0000-4000-8000-{i:012}","display_name":"a","avatar":"sun","created_ms":0,"last_active_ms":0,"progress":[],"answers":[],"reflections":[]}}"#
        ));
    }
    many.push_str("]}");
    let cases: Vec<(&str, Vec<u8>, ErrorCode)> = vec![
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec(), ErrorCode::ImportCorrupt),
        ("empty", Vec::new(), ErrorCode::ImportNotKlar),
        ("binary", vec![0xff, 0xfe, 0x00, 0x41], ErrorCode::ImportNotKlar),
        ("other json", br#"{"hello": "world"}"#.to_vec(), ErrorCode::ImportNotKlar),
        ("a json array", b"[1,2,3]".to_vec(), ErrorCode::ImportNotKlar),
        ("wrong format", with(&|v| v["format"] = "anki-deck".into())?, ErrorCode::ImportNotKlar),
        ("version 2", with(&|v| v["version"] = 2.into())?, ErrorCode::ImportNewer),
        ("version 0", with(&|v| v["version"] = 0.into())?, ErrorCode::ImportCorrupt),
        ("version as text", with(&|v| v["version"] = "1".into())?, ErrorCode::ImportCorrupt),
        ("30 MiB", vec![b' '; 30 * 1024 * 1024], ErrorCode::ImportTooLarge),
        ("100 000 learners", many.into_bytes(), ErrorCode::ImportCorrupt),
        (
            "overlong name",
            with(&|v| v["learners"][0]["display_name"] = "x".repeat(41).into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "control chars in name",
            with(&|v| v["learners"][0]["display_name"] = "a\u{7}b".into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "overlong reflection",
            with(&|v| v["learners"][0]["reflections"][0]["body"] = "x".repeat(10_001).into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "overlong option",
            with(&|v| v["learners"][0]["answers"][0]["first_choice"][0] = "o".repeat(65).into())?,
            ErrorCode::ImportCorrupt,
        ),
        ("overlong device", with(&|v| v["device"] = "d".repeat(81).into())?, ErrorCode::ImportCorrupt),
        ("bad learner uuid", with(&|v| v["learners"][0]["uuid"] = "not-a-uuid".into())?, ErrorCode::ImportCorrupt),
        (
            "bad lesson uuid",
            with(&|v| v["learners"][0]["progress"][0]["lesson_uuid"] = "../../etc".into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "negative time",
            with(&|v| v["learners"][0]["progress"][0]["started_ms"] = (-5).into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "far future",
            with(&|v| v["learners"][0]["answers"][0]["last_ms"] = 9_000_000_000_000_i64.into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "a day and a second ahead of this PC",
            with(&|v| v["learners"][0]["reflections"][0]["updated_ms"] = (NOW + MAX_FUTURE_MS + 1000).into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "completed in the year 2199",
            with(&|v| v["learners"][0]["progress"][0]["completed_ms"] = 7_258_000_000_000_i64.into())?,
            ErrorCode::ImportCorrupt,
        ),
        ("exported tomorrow", with(&|v| v["exported_ms"] = (NOW + 2 * MAX_FUTURE_MS).into())?, ErrorCode::ImportCorrupt),
        (
            "a learner's file with two learners",
            with(&|v| {
                v["kind"] = "learner".into();
                let mut l = v["learners"][0].clone();
                l["uuid"] = LEARNERS[1].into();
                if let Some(a) = v["learners"].as_array_mut() {
                    a.push(l);
                }
            })?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "a learner's data with nobody in it",
            with(&|v| {
                v["kind"] = "learner_data".into();
                v["learners"] = serde_json::json!([]);
            })?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "negative time spent",
            with(&|v| v["learners"][0]["progress"][0]["seconds_spent"] = (-1).into())?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "zero attempts",
            with(&|v| v["learners"][0]["answers"][0]["attempts"] = 0.into())?,
            ErrorCode::ImportCorrupt,
        ),
        ("unknown field", with(&|v| v["learners"][0]["is_admin"] = true.into())?, ErrorCode::ImportCorrupt),
        (
            "missing field",
            with(&|v| v["learners"][0] = serde_json::json!({"uuid": LEARNERS[0]}))?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "duplicate learner",
            with(&|v| {
                let l = v["learners"][0].clone();
                if let Some(a) = v["learners"].as_array_mut() {
                    a.push(l);
                }
            })?,
            ErrorCode::ImportCorrupt,
        ),
        (
            "same uuid spelled twice",
            with(&|v| {
                let mut l = v["learners"][0].clone();
                l["uuid"] = LEARNERS[0].to_uppercase().into();
                if let Some(a) = v["learners"].as_array_mut() {
                    a.push(l);
                }
            })?,
            ErrorCode::ImportCorrupt,
        ),
    ];
    let mut s = seeded()?;
    let before = s.dump()?;
    for (what, bytes, expected) in cases {
        assert_eq!(code_of(import(&mut s, &bytes)), Some(expected), "{what}");
        assert_eq!(s.dump()?, before, "{what} changed the database");
    }
    Ok(())
}

#[test]
fn a_merge_that_fails_half_way_leaves_nothing_behind() -> Result<()> {
    let mut s = seeded()?;
    let before = s.dump()?;
    let file = parse(small_file()?.as_bytes(), NOW)?;
    let mut broken = learner(1);
    // Bypasses validation to hit the database's own check in the second learner.
    broken.answers = file.learners[0].answers.clone();
    broken.answers[0].attempts = 0;
    let all = vec![file.learners[0].clone(), broken];
    assert!(merge_learners(&mut s, &all).is_err());
    assert_eq!(s.dump()?, before);
    Ok(())
}

#[test]
fn unknown_lessons_are_kept_and_a_known_learner_keeps_the_local_name() -> Result<()> {
    let mut s = memory();
    import(&mut s, small_file()?.as_bytes())?;
    let mut renamed = learner(0);
    renamed.display_name = "Someone Else".into();
    renamed.avatar = "a-picture-from-the-future".into();
    let counts = import(&mut s, file_of(vec![renamed])?.as_bytes())?;
    assert_eq!(counts.learners_updated, 0);
    let l = s.learners()?;
    assert_eq!(l.len(), 1);
    assert_eq!(l[0].display_name, "Learner 0");
    assert_eq!(s.all_progress(l[0].id)?.len(), 1, "the (unknown) lesson's progress is kept");
    Ok(())
}

#[test]
fn times_up_to_a_day_ahead_and_one_learner_files_are_accepted() -> Result<()> {
    let mut v: serde_json::Value = serde_json::from_str(&small_file()?).map_err(|e| Error::Internal(e.to_string()))?;
    // The other PC's clock may run a little ahead (time zones, a wrong clock).
    v["learners"][0]["progress"][0]["updated_ms"] = (NOW + MAX_FUTURE_MS).into();
    v["kind"] = "learner".into();
    let file = parse(v.to_string().as_bytes(), NOW)?;
    assert_eq!((file.kind, file.learners.len()), (TransferKind::Learner, 1));
    // A millisecond further ahead is refused.
    assert!(parse(v.to_string().as_bytes(), NOW - 1).is_err());
    Ok(())
}

#[test]
fn invisible_and_direction_characters_leave_an_imported_name() -> Result<()> {
    let mut v: serde_json::Value = serde_json::from_str(&small_file()?).map_err(|e| Error::Internal(e.to_string()))?;
    v["learners"][0]["display_name"] = "\u{202e}neB\u{200b}".into();
    let file = parse(v.to_string().as_bytes(), NOW)?;
    assert_eq!(file.learners[0].display_name, "neB");
    v["learners"][0]["display_name"] = "\u{2066}\u{feff}".into();
    assert_eq!(parse(v.to_string().as_bytes(), NOW).err().map(|e| e.code()), Some(ErrorCode::ImportCorrupt));
    Ok(())
}

#[test]
fn demo_records_travel_with_the_learner_and_old_files_without_them_still_import() -> Result<()> {
    let mut l = learner(1);
    l.demo_records.push(FileDemoRecord {
        lesson_uuid: LESSONS[1].into(),
        step_uuid: STEPS[3].into(),
        predicted: Some("b".into()),
        record: Some(r#"{"turns":{"kind":"count","value":3}}"#.into()),
        updated_ms: BASE,
    });
    let text = file_of(vec![l])?;
    let mut s = memory();
    import(&mut s, text.as_bytes())?;
    let id = s.learner_id_by_uuid(LEARNERS[1])?.ok_or(Error::NotFound("learner".into()))?;
    let back = learner_file(&s, id, ReflectionScope::All)?;
    assert_eq!(back.demo_records.len(), 1);
    assert_eq!(back.demo_records[0].predicted.as_deref(), Some("b"));
    assert_eq!(s.demo_records(id, LESSONS[1])?.len(), 1);
    let before = s.dump()?;
    import(&mut s, text.as_bytes())?;
    assert_eq!(s.dump()?, before, "a second import changes nothing");

    // A file written before demo records existed has no such field at all.
    let mut old: serde_json::Value = serde_json::from_str(&small_file()?).map_err(|e| Error::invalid(e.to_string()))?;
    for l in old["learners"].as_array_mut().into_iter().flatten() {
        l.as_object_mut().map(|o| o.remove("demo_records"));
    }
    let old = old.to_string();
    assert!(!old.contains("demo_records") && old.contains("reflections"));
    assert_eq!(import(&mut memory(), old.as_bytes())?.learners_added, 1);

    let mut hostile = learner(2);
    hostile.demo_records.push(FileDemoRecord {
        lesson_uuid: LESSONS[0].into(),
        step_uuid: STEPS[0].into(),
        predicted: None,
        record: Some("[1, 2, 3]".into()),
        updated_ms: BASE,
    });
    assert_eq!(code_of(import(&mut memory(), file_of(vec![hostile])?.as_bytes())), Some(ErrorCode::ImportCorrupt));
    Ok(())
}
