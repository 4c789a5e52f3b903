//! The progress file, version 1: its JSON shape and the strict check every file passes before
//! anything touches the database.

use crate::learners::{clean_name, AVATARS, MAX_NAME_CHARS};
use crate::error::{Error, Result};
use crate::progress::Confidence;
use crate::storage::{AnswerRecord, Learner, LessonProgress, ReflectionRecord, ReflectionScope, Storage};
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
    pub learners: Vec<FileLearner>,
}

impl ProgressFile {
    pub fn new(kind: TransferKind, exported_ms: i64, device: Option<String>, learners: Vec<FileLearner>) -> Self {
        Self { format: FORMAT.into(), version: VERSION, kind, exported_ms, device, learners }
    }

    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Internal(format!("cannot write the file: {e}")))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLearner {
    pub uuid: String,
    pub display_name: String,
    pub avatar: String,
    pub created_ms: i64,
    pub last_active_ms: i64,
    pub progress: Vec<FileProgress>,
    pub answers: Vec<FileAnswer>,
    /// Empty in a class transfer unless shared; see `crate::transfer`.
    pub reflections: Vec<FileReflection>,
    /// Predictions and recorded demo runs; absent in files from before them.
    #[serde(default)]
    pub demo_records: Vec<super::demo_records::FileDemoRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileProgress {
    pub lesson_uuid: String,
    pub current_step_uuid: Option<String>,
    pub started_ms: i64,
    pub completed_ms: Option<i64>,
    pub updated_ms: i64,
    pub seconds_spent: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileAnswer {
    pub lesson_uuid: String,
    pub question_uuid: String,
    pub first_choice: Vec<String>,
    pub first_correct: bool,
    pub first_ms: i64,
    pub last_choice: Vec<String>,
    pub last_correct: bool,
    pub last_ms: i64,
    pub attempts: i64,
    /// How sure the learner was before the first try; absent in files from before Klar asked
    /// (and left out when there is none, so such a file reads as before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_confidence: Option<Confidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileReflection {
    pub lesson_uuid: String,
    pub step_uuid: String,
    pub body: String,
    pub created_ms: i64,
    pub updated_ms: i64,
    pub shared: bool,
}

// The file's records and the storage's rows are apart, so a new column need not change the file.

impl From<&LessonProgress> for FileProgress {
    fn from(p: &LessonProgress) -> Self {
        Self {
            lesson_uuid: p.lesson_uuid.clone(),
            current_step_uuid: p.current_step_uuid.clone(),
            started_ms: p.started_ms,
            completed_ms: p.completed_ms,
            updated_ms: p.updated_ms,
            seconds_spent: p.seconds_spent,
        }
    }
}

impl From<&FileProgress> for LessonProgress {
    fn from(p: &FileProgress) -> Self {
        Self {
            lesson_uuid: p.lesson_uuid.clone(),
            current_step_uuid: p.current_step_uuid.clone(),
            started_ms: p.started_ms,
            completed_ms: p.completed_ms,
            updated_ms: p.updated_ms,
            seconds_spent: p.seconds_spent,
        }
    }
}

impl From<&AnswerRecord> for FileAnswer {
    fn from(a: &AnswerRecord) -> Self {
        Self {
            lesson_uuid: a.lesson_uuid.clone(),
            question_uuid: a.question_uuid.clone(),
            first_choice: a.first_choice.clone(),
            first_correct: a.first_correct,
            first_ms: a.first_ms,
            last_choice: a.last_choice.clone(),
            last_correct: a.last_correct,
            last_ms: a.last_ms,
            attempts: a.attempts,
            first_confidence: a.first_confidence,
        }
    }
}

impl From<&FileAnswer> for AnswerRecord {
    fn from(a: &FileAnswer) -> Self {
        Self {
            lesson_uuid: a.lesson_uuid.clone(),
            question_uuid: a.question_uuid.clone(),
            first_choice: a.first_choice.clone(),
            first_correct: a.first_correct,
            first_ms: a.first_ms,
            last_choice: a.last_choice.clone(),
            last_correct: a.last_correct,
            last_ms: a.last_ms,
            attempts: a.attempts,
            first_confidence: a.first_confidence,
        }
    }
}

impl From<&ReflectionRecord> for FileReflection {
    fn from(r: &ReflectionRecord) -> Self {
        Self {
            lesson_uuid: r.lesson_uuid.clone(),
            step_uuid: r.step_uuid.clone(),
            body: r.body.clone(),
            created_ms: r.created_ms,
            updated_ms: r.updated_ms,
            shared: r.shared,
        }
    }
}

impl From<&FileReflection> for ReflectionRecord {
    fn from(r: &FileReflection) -> Self {
        Self {
            lesson_uuid: r.lesson_uuid.clone(),
            step_uuid: r.step_uuid.clone(),
            body: r.body.clone(),
            created_ms: r.created_ms,
            updated_ms: r.updated_ms,
            shared: r.shared,
        }
    }
}

/// A learner of a file as a named learner of this PC (the local id is given on insert).
impl From<&FileLearner> for Learner {
    fn from(l: &FileLearner) -> Self {
        Self {
            id: 0,
            uuid: l.uuid.clone(),
            display_name: l.display_name.clone(),
            avatar: l.avatar.clone(),
            is_guest: false,
            created_ms: l.created_ms,
            last_active_ms: l.last_active_ms,
        }
    }
}

/// Everything stored about one learner as the file carries it, in a stable order (lesson, then
/// question or step uuid); `scope` says which reflections go along.
pub fn learner_file(db: &Storage, id: i64, scope: ReflectionScope) -> Result<FileLearner> {
    let l = db.learner(id)?;
    Ok(FileLearner {
        uuid: l.uuid,
        display_name: l.display_name,
        avatar: l.avatar,
        created_ms: l.created_ms,
        last_active_ms: l.last_active_ms,
        progress: db.progress_of(id)?.iter().map(FileProgress::from).collect(),
        answers: db.answers_of(id)?.iter().map(FileAnswer::from).collect(),
        reflections: db.reflections_of(id, scope)?.iter().map(FileReflection::from).collect(),
        demo_records: db.demo_records_of(id)?.iter().map(super::demo_records::FileDemoRecord::from).collect(),
    })
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

fn bad(msg: impl Into<String>) -> Error {
    Error::corrupt_import(msg)
}

/// A uuid in its one canonical spelling, so "ABC…" and "abc…" cannot become two records.
pub(super) fn canonical_uuid(s: &str, what: &str) -> Result<String> {
    if s.len() > 45 {
        return Err(bad(format!("{what} is not an id")));
    }
    Uuid::parse_str(s).map(|u| u.hyphenated().to_string()).map_err(|_| bad(format!("{what} '{s}' is not an id")))
}

/// The latest time a file may name (now plus a day), kept while one file is checked.
pub(super) struct Times {
    latest_ms: i64,
}

impl Times {
    pub(super) fn check(&self, ms: i64, what: &str) -> Result<()> {
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
        check_count(l.demo_records.len(), super::demo_records::MAX_DEMO_RECORDS_PER_LEARNER, "demo records for one learner")?;
        seen.clear();
        for r in &mut l.demo_records {
            super::demo_records::validate_demo_record(r, &times)?;
            if !seen.insert(r.step_uuid.clone()) {
                return Err(bad(format!("demo step {} appears twice for one learner", r.step_uuid)));
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

fn validate_progress(p: &mut FileProgress, times: &Times) -> Result<()> {
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

fn validate_answer(a: &mut FileAnswer, times: &Times) -> Result<()> {
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

fn validate_reflection(r: &mut FileReflection, times: &Times) -> Result<()> {
    r.lesson_uuid = canonical_uuid(&r.lesson_uuid, "a lesson id")?;
    r.step_uuid = canonical_uuid(&r.step_uuid, "a step id")?;
    if r.body.chars().count() > crate::storage::MAX_REFLECTION_CHARS {
        return Err(bad("a reflection is longer than Klar allows"));
    }
    times.check(r.created_ms, "a reflection time")?;
    times.check(r.updated_ms, "a reflection time")?;
    Ok(())
}

