//! Demo records in a progress file: what a learner predicted and saw in each demo step. They
//! travel with every export (they are learning data, not private writing); files from before
//! demo records simply have none.

use super::file::Times;
use crate::error::{Error, Result};
use crate::storage::{DemoRecordRow, MAX_DEMO_RECORD_BYTES};
use serde::{Deserialize, Serialize};

/// More than the course has demo steps, so a file cannot grow without limit through them.
pub const MAX_DEMO_RECORDS_PER_LEARNER: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileDemoRecord {
    pub lesson_uuid: String,
    pub step_uuid: String,
    pub predicted: Option<String>,
    /// The recorded values as JSON (an object of named values).
    pub record: Option<String>,
    pub updated_ms: i64,
}

impl From<&DemoRecordRow> for FileDemoRecord {
    fn from(r: &DemoRecordRow) -> Self {
        Self {
            lesson_uuid: r.lesson_uuid.clone(),
            step_uuid: r.step_uuid.clone(),
            predicted: r.predicted.clone(),
            record: r.record.clone(),
            updated_ms: r.updated_ms,
        }
    }
}

impl From<&FileDemoRecord> for DemoRecordRow {
    fn from(r: &FileDemoRecord) -> Self {
        Self {
            lesson_uuid: r.lesson_uuid.clone(),
            step_uuid: r.step_uuid.clone(),
            predicted: r.predicted.clone(),
            record: r.record.clone(),
            updated_ms: r.updated_ms,
        }
    }
}

/// The newer record wins; a tie is broken by value, never by side, so merge(a, b) == merge(b, a).
pub fn merge_demo_record(a: &DemoRecordRow, b: &DemoRecordRow) -> DemoRecordRow {
    let key = |r: &DemoRecordRow| (r.updated_ms, r.predicted.clone(), r.record.clone());
    if key(a) >= key(b) { a.clone() } else { b.clone() }
}

pub(super) fn validate_demo_record(r: &mut FileDemoRecord, times: &Times) -> Result<()> {
    let bad = |m: &str| Error::corrupt_import(m.to_string());
    r.lesson_uuid = super::file::canonical_uuid(&r.lesson_uuid, "a lesson id")?;
    r.step_uuid = super::file::canonical_uuid(&r.step_uuid, "a step id")?;
    if r.predicted.as_ref().is_some_and(|p| p.is_empty() || p.chars().count() > 40) {
        return Err(bad("a demo step's prediction is not an option name"));
    }
    if let Some(rec) = &r.record {
        let is_object = serde_json::from_str::<serde_json::Value>(rec).is_ok_and(|v| v.is_object());
        if rec.len() > MAX_DEMO_RECORD_BYTES || !is_object {
            return Err(bad("a demo step's record is not one Klar writes"));
        }
    }
    times.check(r.updated_ms, "a demo record time")
}
