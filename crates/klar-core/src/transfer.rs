//! Progress files that move learners between PCs without a network (a USB stick): a versioned
//! JSON document, validated strictly before anything touches the database, then merged in one
//! transaction. The shell opens the file dialogs; this module only sees bytes.
//!
//! What travels:
//! - a class transfer (teacher) or a teacher's export of one learner: progress, answers, time
//!   spent, and only the reflections the learner shared — reflections are private;
//! - a learner's own export, and the learner-data export (learner rights): all reflections.
//!
//! Never: sign-in secrets (a teacher sets them again on the new PC), guests, device settings.
//! Lessons this PC does not know are kept (a newer course on another PC may have them; reports
//! only show the course's lessons), so nothing of a learner is lost on the way through.

use crate::learners::{clean_name, AVATARS, MAX_NAME_CHARS};
use crate::error::{Error, Result};
use crate::storage::{FullAnswer, FullLearner, FullProgress, FullReflection};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;
use uuid::Uuid;

pub const FORMAT: &str = "klar-progress";
/// The newest file version this build writes and reads.
pub const VERSION: u64 = 1;
/// Larger files are refused before they are read (the shell checks the size first, too).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_LEARNERS: usize = 2_000;
pub const MAX_PROGRESS_PER_LEARNER: usize = 1_000;
pub const MAX_ANSWERS_PER_LEARNER: usize = 10_000;
pub const MAX_REFLECTIONS_PER_LEARNER: usize = 1_000;
const MAX_CHOICES: usize = 32;
const MAX_OPTION_CHARS: usize = 64;
const MAX_DEVICE_CHARS: usize = 80;
const MAX_AVATAR_CHARS: usize = 40;
/// Timestamps may lie at most this far ahead of this PC's clock (time zones and a slightly wrong
/// clock on the other PC); later ones would win every future merge, so the file is refused.
pub const MAX_FUTURE_MS: i64 = 24 * 3600 * 1000;
/// Ten years of lesson time; more is not a real learner.
const MAX_SECONDS_SPENT: i64 = 10 * 365 * 24 * 3600;
const MAX_ATTEMPTS: i64 = 1_000_000;

/// Who made the file, and so which reflections it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TransferKind {
    /// The teacher moved a whole class.
    Class,
    /// One learner's progress (their own export carries all their reflections).
    Learner,
    /// Everything stored about a learner (learner rights); importable like `Learner`.
    LearnerData,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressFile {
    pub format: String,
    pub version: u64,
    pub kind: TransferKind,
    pub exported_ms: i64,
    /// The exporting PC's name, if the teacher set one.
    pub device: Option<String>,
    pub learners: Vec<FullLearner>,
}

impl ProgressFile {
    pub fn new(kind: TransferKind, exported_ms: i64, device: Option<String>, learners: Vec<FullLearner>) -> Self {
        Self { format: FORMAT.into(), version: VERSION, kind, exported_ms, device, learners }
    }

    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Internal(format!("cannot write the file: {e}")))
    }
}

/// Only what identifies the file, read first so that a newer or foreign file gets the right
/// message instead of a list of unknown fields.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Parses and validates a progress file; `now_ms` is this PC's time, so that a file from the
/// future is refused. Nothing here touches the database.
pub fn parse(bytes: &[u8], now_ms: i64) -> Result<ProgressFile> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::ImportTooLarge { max_mib: (MAX_FILE_BYTES / (1024 * 1024)) as u64 });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Error::ImportNotKlar)?;
    let header: Header = match serde_json::from_str(text) {
        Ok(h) => h,
        // A cut-off Klar file is damaged; anything else is simply not ours.
        Err(e) if text.contains(FORMAT) => return Err(Error::corrupt_import(e.to_string())),
        Err(_) => return Err(Error::ImportNotKlar),
    };
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Error::ImportNotKlar);
    }
    match header.version.as_ref().and_then(serde_json::Value::as_u64) {
        Some(v) if v > VERSION => return Err(Error::ImportNewer { found: v, known: VERSION }),
        Some(VERSION) => {}
        _ => return Err(Error::corrupt_import("the version is missing or not a positive number")),
    }
    let mut file: ProgressFile = serde_json::from_str(text).map_err(|e| Error::corrupt_import(e.to_string()))?;
    validate(&mut file, now_ms.saturating_add(MAX_FUTURE_MS))?;
    Ok(file)
}

/// Reads a progress file of at most `MAX_FILE_BYTES`; a larger one is refused before it is read.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    read_capped(path, MAX_FILE_BYTES)
}

/// Reads a file of at most `max` bytes; a larger one is refused before it is read.
pub fn read_capped(path: &std::path::Path, max: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let too_large = || Error::ImportTooLarge { max_mib: (max / (1024 * 1024)) as u64 };
    let f = std::fs::File::open(path)?;
    if f.metadata()?.len() > max as u64 {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    // The file may grow between the check and the read; never take more than the cap.
    f.take(max as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > max {
        return Err(too_large());
    }
    Ok(bytes)
}

fn bad(msg: impl Into<String>) -> Error {
    Error::corrupt_import(msg)
}

/// A uuid in its one canonical spelling, so "ABC…" and "abc…" cannot become two records.
fn canonical_uuid(s: &str, what: &str) -> Result<String> {
    if s.len() > 45 {
        return Err(bad(format!("{what} is not an id")));
    }
    Uuid::parse_str(s).map(|u| u.hyphenated().to_string()).map_err(|_| bad(format!("{what} '{s}' is not an id")))
}

/// The latest time a file may name (now plus a day), kept while one file is checked.
struct Times {
    latest_ms: i64,
}

impl Times {
    fn check(&self, ms: i64, what: &str) -> Result<()> {
        if ms < 0 {
            return Err(bad(format!("{what} {ms} is not a plausible time")));
        }
        if ms > self.latest_ms {
            return Err(bad(format!("{what} {ms} lies in the future")));
        }
        Ok(())
    }
}

fn check_count(n: usize, max: usize, what: &str) -> Result<()> {
    if n > max {
        return Err(bad(format!("more than {max} {what}")));
    }
    Ok(())
}

fn check_choices(c: &[String]) -> Result<()> {
    check_count(c.len(), MAX_CHOICES, "options in one answer")?;
    if c.iter().any(|o| o.is_empty() || o.chars().count() > MAX_OPTION_CHARS || o.chars().any(char::is_control)) {
        return Err(bad("an answer names an option that is empty, too long or has control characters"));
    }
    Ok(())
}

/// Checks every field against the limits the app itself keeps, and puts ids in canonical form.
fn validate(file: &mut ProgressFile, latest_ms: i64) -> Result<()> {
    let times = Times { latest_ms };
    times.check(file.exported_ms, "the export time")?;
    if let Some(d) = &file.device {
        if d.chars().count() > MAX_DEVICE_CHARS || d.chars().any(char::is_control) {
            return Err(bad("the device name is too long or has control characters"));
        }
    }
    check_count(file.learners.len(), MAX_LEARNERS, "learners")?;
    // A learner's own file (or their data export) is about exactly one person; more would let a
    // "my progress from home" file add or change classmates.
    if matches!(file.kind, TransferKind::Learner | TransferKind::LearnerData) && file.learners.len() != 1 {
        return Err(bad(format!("a learner's file holds {} learners instead of one", file.learners.len())));
    }
    let mut uuids = BTreeSet::new();
    for l in &mut file.learners {
        l.uuid = canonical_uuid(&l.uuid, "a learner id")?;
        if !uuids.insert(l.uuid.clone()) {
            return Err(bad(format!("learner {} appears twice", l.uuid)));
        }
        // Invisible and direction characters are taken out here as for a typed name.
        l.display_name = clean_name(&l.display_name).map_err(|_| {
            bad(format!("a learner's name is empty, longer than {MAX_NAME_CHARS} characters or has control characters"))
        })?;
        if l.avatar.chars().count() > MAX_AVATAR_CHARS {
            return Err(bad("a picture name is too long"));
        }
        // A picture this build does not have is not worth losing a learner over.
        if !AVATARS.contains(&l.avatar.as_str()) {
            l.avatar = "star".into();
        }
        times.check(l.created_ms, "a learner's creation time")?;
        times.check(l.last_active_ms, "a learner's last activity")?;
        check_count(l.progress.len(), MAX_PROGRESS_PER_LEARNER, "lessons for one learner")?;
        check_count(l.answers.len(), MAX_ANSWERS_PER_LEARNER, "answers for one learner")?;
        check_count(l.reflections.len(), MAX_REFLECTIONS_PER_LEARNER, "reflections for one learner")?;
        let mut seen = BTreeSet::new();
        for p in &mut l.progress {
            validate_progress(p, &times)?;
            if !seen.insert(p.lesson_uuid.clone()) {
                return Err(bad(format!("lesson {} appears twice for one learner", p.lesson_uuid)));
            }
        }
        seen.clear();
        for a in &mut l.answers {
            validate_answer(a, &times)?;
            if !seen.insert(a.question_uuid.clone()) {
                return Err(bad(format!("question {} appears twice for one learner", a.question_uuid)));
            }
        }
        seen.clear();
        for r in &mut l.reflections {
            validate_reflection(r, &times)?;
            if !seen.insert(r.step_uuid.clone()) {
                return Err(bad(format!("reflection {} appears twice for one learner", r.step_uuid)));
            }
        }
    }
    Ok(())
}

fn validate_progress(p: &mut FullProgress, times: &Times) -> Result<()> {
    p.lesson_uuid = canonical_uuid(&p.lesson_uuid, "a lesson id")?;
    if let Some(s) = &p.current_step_uuid {
        p.current_step_uuid = Some(canonical_uuid(s, "a step id")?);
    }
    times.check(p.started_ms, "a start time")?;
    times.check(p.updated_ms, "a change time")?;
    if let Some(c) = p.completed_ms {
        times.check(c, "a completion time")?;
    }
    if !(0..=MAX_SECONDS_SPENT).contains(&p.seconds_spent) {
        return Err(bad(format!("{} seconds is not a plausible time spent", p.seconds_spent)));
    }
    Ok(())
}

fn validate_answer(a: &mut FullAnswer, times: &Times) -> Result<()> {
    a.lesson_uuid = canonical_uuid(&a.lesson_uuid, "a lesson id")?;
    a.question_uuid = canonical_uuid(&a.question_uuid, "a question id")?;
    check_choices(&a.first_choice)?;
    check_choices(&a.last_choice)?;
    times.check(a.first_ms, "an answer time")?;
    times.check(a.last_ms, "an answer time")?;
    if !(1..=MAX_ATTEMPTS).contains(&a.attempts) {
        return Err(bad(format!("{} is not a plausible number of attempts", a.attempts)));
    }
    Ok(())
}

fn validate_reflection(r: &mut FullReflection, times: &Times) -> Result<()> {
    r.lesson_uuid = canonical_uuid(&r.lesson_uuid, "a lesson id")?;
    r.step_uuid = canonical_uuid(&r.step_uuid, "a step id")?;
    if r.body.chars().count() > crate::storage::MAX_REFLECTION_CHARS {
        return Err(bad("a reflection is longer than Klar allows"));
    }
    times.check(r.created_ms, "a reflection time")?;
    times.check(r.updated_ms, "a reflection time")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_support::memory;
    use crate::storage::{ReflectionScope, Storage};
    use crate::ErrorCode;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

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

    fn import(s: &mut Storage, bytes: &[u8]) -> Result<crate::storage::MergeCounts> {
        let file = parse(bytes, NOW)?;
        s.merge_learners(&file.learners)
    }

    fn learner(i: usize) -> FullLearner {
        FullLearner {
            uuid: LEARNERS[i].into(),
            display_name: format!("Learner {i}"),
            avatar: "sun".into(),
            created_ms: BASE,
            last_active_ms: BASE,
            progress: Vec::new(),
            answers: Vec::new(),
            reflections: Vec::new(),
        }
    }

    fn file_of(learners: Vec<FullLearner>) -> Result<String> {
        ProgressFile::new(TransferKind::Class, BASE, Some("PC 1".into()), learners).to_json()
    }

    fn small_file() -> Result<String> {
        let mut l = learner(0);
        l.progress.push(FullProgress {
            lesson_uuid: LESSONS[0].into(),
            current_step_uuid: Some(STEPS[0].into()),
            started_ms: BASE,
            completed_ms: None,
            updated_ms: BASE + 5,
            seconds_spent: 120,
        });
        l.answers.push(FullAnswer {
            lesson_uuid: LESSONS[0].into(),
            question_uuid: STEPS[1].into(),
            first_choice: vec!["a".into()],
            first_correct: false,
            first_ms: BASE + 1,
            last_choice: vec!["b".into()],
            last_correct: true,
            last_ms: BASE + 2,
            attempts: 2,
        });
        l.reflections.push(FullReflection {
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

    fn code_of(r: Result<crate::storage::MergeCounts>) -> Option<ErrorCode> {
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
        assert_eq!(second, crate::storage::MergeCounts::default());
        assert_eq!(s.dump()?, before);
        let id = s.learner_id_by_uuid(LEARNERS[0])?.ok_or(Error::NotFound("learner".into()))?;
        let full = s.full_learner(id, ReflectionScope::All)?;
        assert_eq!(full.progress[0].seconds_spent, 120);
        assert!(!full.answers[0].first_correct && full.answers[0].last_correct);
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
        assert!(s.merge_learners(&all).is_err());
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

    // ---- merge properties ----

    fn time() -> impl Strategy<Value = i64> {
        // A narrow range, so equal times (ties) happen often.
        (0i64..6).prop_map(|t| BASE + t * 1000)
    }

    fn progress_for(lesson: usize) -> impl Strategy<Value = FullProgress> {
        (prop::option::of(0usize..4), time(), prop::option::of(time()), time(), 0i64..5).prop_map(
            move |(step, started, completed, updated, secs)| FullProgress {
                lesson_uuid: LESSONS[lesson].into(),
                current_step_uuid: step.map(|s| STEPS[s].to_string()),
                started_ms: started,
                completed_ms: completed,
                updated_ms: updated,
                seconds_spent: secs * 60,
            },
        )
    }

    fn answer_for(question: usize) -> impl Strategy<Value = FullAnswer> {
        (0usize..2, any::<bool>(), time(), 0usize..2, any::<bool>(), time(), 1i64..4).prop_map(
            move |(fc, fok, fms, lc, lok, lms, attempts)| FullAnswer {
                lesson_uuid: LESSONS[0].into(),
                question_uuid: STEPS[question].into(),
                first_choice: vec![["a", "b"][fc].into()],
                first_correct: fok,
                first_ms: fms,
                last_choice: vec![["a", "b"][lc].into()],
                last_correct: lok,
                last_ms: lms,
                attempts,
            },
        )
    }

    fn reflection_for(step: usize) -> impl Strategy<Value = FullReflection> {
        (0usize..3, time(), time(), any::<bool>()).prop_map(move |(body, created, updated, shared)| FullReflection {
            lesson_uuid: LESSONS[0].into(),
            step_uuid: STEPS[step].into(),
            body: ["one", "two", "three"][body].into(),
            created_ms: created,
            updated_ms: updated,
            shared,
        })
    }

    fn learner_for(i: usize) -> impl Strategy<Value = FullLearner> {
        let progress = prop::sample::subsequence(vec![0usize, 1, 2], 0..=3)
            .prop_flat_map(|ls| ls.into_iter().map(progress_for).collect::<Vec<_>>());
        let answers = prop::sample::subsequence(vec![0usize, 1, 2, 3], 0..=4)
            .prop_flat_map(|qs| qs.into_iter().map(answer_for).collect::<Vec<_>>());
        let reflections = prop::sample::subsequence(vec![0usize, 1], 0..=2)
            .prop_flat_map(|rs| rs.into_iter().map(reflection_for).collect::<Vec<_>>());
        (progress, answers, reflections, time()).prop_map(move |(progress, answers, reflections, active)| FullLearner {
            last_active_ms: active,
            progress,
            answers,
            reflections,
            ..learner(i)
        })
    }

    fn file_strategy() -> impl Strategy<Value = String> {
        prop::sample::subsequence(vec![0usize, 1, 2], 0..=3)
            .prop_flat_map(|ls| ls.into_iter().map(learner_for).collect::<Vec<_>>())
            .prop_map(|ls| file_of(ls).unwrap_or_default())
    }

    fn state_after(files: &[&str]) -> Result<BTreeMap<String, FullLearner>> {
        let mut s = memory();
        for f in files {
            import(&mut s, f.as_bytes())?;
        }
        s.dump_by_uuid()
    }

    fn progress_in(file: &str) -> Vec<(String, FullProgress)> {
        parse(file.as_bytes(), NOW)
            .map(|f| {
                f.learners.into_iter().flat_map(|l| l.progress.into_iter().map(move |p| (l.uuid.clone(), p))).collect()
            })
            .unwrap_or_default()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn importing_the_same_file_twice_changes_nothing(a in file_strategy(), b in file_strategy()) {
            let mut s = memory();
            import(&mut s, b.as_bytes())?;
            import(&mut s, a.as_bytes())?;
            let once = s.dump()?;
            let again = import(&mut s, a.as_bytes())?;
            prop_assert_eq!(again, crate::storage::MergeCounts::default());
            prop_assert_eq!(s.dump()?, once);
        }

        #[test]
        fn the_preview_tells_exactly_what_the_merge_then_does(a in file_strategy(), b in file_strategy()) {
            let mut s = memory();
            import(&mut s, b.as_bytes())?;
            let file = parse(a.as_bytes(), NOW)?;
            let before = s.dump()?;
            let plans = s.preview_merge(&file.learners)?;
            prop_assert_eq!(s.dump()?, before, "a preview writes nothing");
            let locally_done: std::collections::BTreeSet<(String, String)> = s
                .dump_by_uuid()?
                .into_values()
                .flat_map(|l| l.progress.into_iter().filter(|p| p.completed_ms.is_some()).map(move |p| (l.uuid.clone(), p.lesson_uuid)))
                .collect();
            let counts = s.merge_learners(&file.learners)?;
            let sum = |f: fn(&crate::storage::LearnerMergePreview) -> u32| plans.iter().map(f).sum::<u32>();
            prop_assert_eq!(sum(|p| u32::from(p.local.is_none())), counts.learners_added);
            prop_assert_eq!(sum(|p| u32::from(p.local.is_some() && p.changed)), counts.learners_updated);
            prop_assert_eq!(sum(|p| p.lessons_merged), counts.lessons_merged);
            prop_assert_eq!(sum(|p| p.answers_merged), counts.answers_merged);
            prop_assert_eq!(sum(|p| p.reflections_merged), counts.reflections_merged);
            // The lessons said to become completed are exactly those completed now and not before.
            let now_done: std::collections::BTreeSet<(String, String)> = s
                .dump_by_uuid()?
                .into_values()
                .flat_map(|l| l.progress.into_iter().filter(|p| p.completed_ms.is_some()).map(move |p| (l.uuid.clone(), p.lesson_uuid)))
                .collect();
            let said: std::collections::BTreeSet<(String, String)> =
                plans.iter().flat_map(|p| p.lessons_completed.iter().map(|l| (p.uuid.clone(), l.clone()))).collect();
            prop_assert_eq!(said, now_done.difference(&locally_done).cloned().collect::<std::collections::BTreeSet<_>>());
        }

        #[test]
        fn the_order_of_imports_does_not_matter(a in file_strategy(), b in file_strategy()) {
            prop_assert_eq!(state_after(&[&a, &b])?, state_after(&[&b, &a])?);
        }

        #[test]
        fn no_duplicates_completed_stays_completed_and_newer_wins(a in file_strategy(), b in file_strategy()) {
            let state = state_after(&[&a, &b])?;
            let (pa, pb) = (progress_in(&a), progress_in(&b));
            let uuids: std::collections::BTreeSet<&String> = pa.iter().chain(&pb).map(|(u, _)| u).collect();
            let files_learners: std::collections::BTreeSet<String> = [&a, &b]
                .iter()
                .filter_map(|f| parse(f.as_bytes(), NOW).ok())
                .flat_map(|f| f.learners.into_iter().map(|l| l.uuid))
                .collect();
            prop_assert_eq!(state.len(), files_learners.len(), "one learner per uuid");
            prop_assert!(uuids.iter().all(|u| state.contains_key(*u)));
            for (uuid, p) in pa.iter().chain(&pb) {
                let merged = state[uuid].progress.iter().filter(|m| m.lesson_uuid == p.lesson_uuid).collect::<Vec<_>>();
                prop_assert_eq!(merged.len(), 1, "one row per lesson");
                let m = merged[0];
                if p.completed_ms.is_some() {
                    prop_assert!(m.completed_ms.is_some(), "completed never becomes not completed");
                }
                prop_assert!(m.updated_ms >= p.updated_ms && m.started_ms <= p.started_ms && m.seconds_spent >= p.seconds_spent);
            }
            for (ua, x) in &pa {
                for (ub, y) in &pb {
                    if ua == ub && x.lesson_uuid == y.lesson_uuid && x.updated_ms != y.updated_ms {
                        let newer = if x.updated_ms > y.updated_ms { x } else { y };
                        let m = state[ua].progress.iter().find(|m| m.lesson_uuid == x.lesson_uuid);
                        prop_assert_eq!(m.map(|m| &m.current_step_uuid), Some(&newer.current_step_uuid), "the newer position wins");
                    }
                }
            }
            for l in state.values() {
                let qs: std::collections::BTreeSet<&String> = l.answers.iter().map(|a| &a.question_uuid).collect();
                prop_assert_eq!(qs.len(), l.answers.len(), "one answer row per question");
            }
        }
    }
}
