//! `demo_records`: per learner and demo step, what they predicted and what the demo recorded of
//! their run (JSON the player checked against the demo's fields; the storage only keeps it).

use super::Storage;
use crate::error::Result;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};

/// Longest record JSON kept (a few short values; the table refuses more).
pub const MAX_DEMO_RECORD_BYTES: usize = 4000;

/// One row of `demo_records`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoRecordRow {
    pub lesson_uuid: String,
    pub step_uuid: String,
    /// The predict option the learner chose, if any yet.
    pub predicted: Option<String>,
    /// The recorded values as JSON, once the learner has run the demo.
    pub record: Option<String>,
    pub updated_ms: i64,
}

const SELECT: &str = "SELECT lesson_uuid, step_uuid, predicted, record, updated_ms FROM demo_records";

fn row_to_record(r: &Row<'_>) -> rusqlite::Result<DemoRecordRow> {
    Ok(DemoRecordRow { lesson_uuid: r.get(0)?, step_uuid: r.get(1)?, predicted: r.get(2)?, record: r.get(3)?, updated_ms: r.get(4)? })
}

impl Storage {
    /// Keeps the learner's answer to a demo's predict question (replacing an earlier one).
    pub fn save_prediction(&mut self, learner: i64, lesson: &str, step: &str, option: &str) -> Result<()> {
        let now = self.now();
        self.conn.prepare_cached(include_str!("predict.sql"))?.execute(params![learner, lesson, step, option, now])?;
        Ok(())
    }

    /// Keeps what the demo recorded of the learner's latest run.
    pub fn save_demo_record(&mut self, learner: i64, lesson: &str, step: &str, record_json: &str) -> Result<()> {
        if record_json.len() > MAX_DEMO_RECORD_BYTES {
            return Err(crate::error::Error::invalid("the demo's record is too long"));
        }
        let now = self.now();
        self.conn.prepare_cached(include_str!("record.sql"))?.execute(params![learner, lesson, step, record_json, now])?;
        Ok(())
    }

    /// The learner's demo records in one lesson.
    pub fn demo_records(&self, learner: i64, lesson: &str) -> Result<Vec<DemoRecordRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 AND lesson_uuid = ?2"))?;
        let rows = stmt.query_map(params![learner, lesson], row_to_record)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// All of the learner's demo records, by lesson, then step (for exports).
    pub fn demo_records_of(&self, learner: i64) -> Result<Vec<DemoRecordRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 ORDER BY lesson_uuid, step_uuid"))?;
        let rows = stmt.query_map(params![learner], row_to_record)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The learner's record of one step.
    pub fn demo_record(&self, learner: i64, step: &str) -> Result<Option<DemoRecordRow>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 AND step_uuid = ?2"))?
            .query_row(params![learner, step], row_to_record)
            .optional()?)
    }

    /// Writes a row merged from another PC (`crate::transfer`).
    pub(crate) fn put_demo_record(&mut self, learner: i64, r: &DemoRecordRow) -> Result<()> {
        self.conn.prepare_cached(include_str!("put.sql"))?.execute(params![
            learner,
            r.lesson_uuid,
            r.step_uuid,
            r.predicted,
            r.record,
            r.updated_ms
        ])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::memory;

    #[test]
    fn prediction_and_record_share_one_row_per_learner_and_step() -> crate::Result<()> {
        let mut s = memory();
        let a = s.create_learner("A", "fox", false)?;
        let b = s.create_learner("B", "owl", false)?;
        s.save_prediction(a.id, "L", "S", "b")?;
        s.save_demo_record(a.id, "L", "S", r#"{"turns":{"kind":"count","value":3}}"#)?;
        s.save_prediction(a.id, "L", "S", "c")?;
        let rows = s.demo_records(a.id, "L")?;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].predicted.as_deref(), Some("c"));
        assert!(rows[0].record.as_deref().is_some_and(|r| r.contains("turns")), "a new prediction keeps the record");
        assert!(s.demo_records(b.id, "L")?.is_empty(), "records are each learner's own");
        assert!(s.save_demo_record(a.id, "L", "S", &"x".repeat(4001)).is_err());
        s.delete_learner(a.id)?;
        assert!(s.demo_records_of(a.id)?.is_empty(), "deleting a learner deletes their demo records");
        Ok(())
    }
}
