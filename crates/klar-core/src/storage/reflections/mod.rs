//! `reflections`: what learners wrote, private unless they shared it with the teacher.

use super::Storage;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

pub const MAX_REFLECTION_CHARS: usize = 10_000;

/// One row of `reflections`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReflectionRecord {
    pub lesson_uuid: String,
    pub step_uuid: String,
    pub body: String,
    pub created_ms: i64,
    pub updated_ms: i64,
    /// Whether the learner shared it with the teacher (classroom mode).
    pub shared: bool,
}

/// Which of a learner's reflections to read: all (the learner's own), or only the shared ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReflectionScope {
    All,
    SharedOnly,
}

const SELECT: &str = "SELECT lesson_uuid, step_uuid, body, created_ms, updated_ms, shared FROM reflections";

fn row_to_reflection(r: &Row<'_>) -> rusqlite::Result<ReflectionRecord> {
    Ok(ReflectionRecord {
        lesson_uuid: r.get(0)?,
        step_uuid: r.get(1)?,
        body: r.get(2)?,
        created_ms: r.get(3)?,
        updated_ms: r.get(4)?,
        shared: r.get(5)?,
    })
}

impl Storage {
    /// Saves (or replaces) a private reflection; the record carries the time it was saved.
    pub fn save_reflection(&mut self, learner: i64, lesson: &str, step: &str, body: &str) -> Result<ReflectionRecord> {
        if body.chars().count() > MAX_REFLECTION_CHARS {
            return Err(Error::invalid(format!("a reflection can be at most {MAX_REFLECTION_CHARS} characters long")));
        }
        let now = self.now();
        self.transact(|s| {
            s.conn.prepare_cached(include_str!("save.sql"))?.execute(params![learner, lesson, step, body, now])?;
            s.touch_progress(learner, lesson, now)?;
            s.reflection(learner, step)?.ok_or_else(|| Error::NotFound(format!("reflection {step}")))
        })
    }

    /// The learner's reflection on one step.
    pub fn reflection(&self, learner: i64, step: &str) -> Result<Option<ReflectionRecord>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 AND step_uuid = ?2"))?
            .query_row(params![learner, step], row_to_reflection)
            .optional()?)
    }

    /// The learner's reflections in one lesson.
    pub fn reflections(&self, learner: i64, lesson: &str) -> Result<Vec<ReflectionRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 AND lesson_uuid = ?2"))?;
        let rows = stmt.query_map(params![learner, lesson], row_to_reflection)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The learner's reflections in `scope`, by lesson, then step uuid.
    pub fn reflections_of(&self, learner: i64, scope: ReflectionScope) -> Result<Vec<ReflectionRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE learner_id = ?1 AND (shared = 1 OR ?2 = 0) ORDER BY lesson_uuid, step_uuid"
        ))?;
        let rows = stmt.query_map(params![learner, scope == ReflectionScope::SharedOnly], row_to_reflection)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Shares a reflection with the teacher or takes it back. The change counts as an edit
    /// (`updated_ms`), so it travels with the reflection when progress moves between PCs.
    pub fn set_reflection_shared(&mut self, learner: i64, step: &str, shared: bool) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE reflections SET shared = ?3, updated_ms = max(updated_ms, ?4) WHERE learner_id = ?1 AND step_uuid = ?2",
            params![learner, step, shared, self.now()],
        )?;
        if n == 0 {
            return Err(Error::NotFound("reflection".into()));
        }
        Ok(())
    }

    /// Writes a row merged from another PC (`crate::transfer`).
    pub(crate) fn put_reflection(&mut self, learner: i64, r: &ReflectionRecord) -> Result<()> {
        self.conn.prepare_cached(include_str!("put.sql"))?.execute(params![
            learner,
            r.lesson_uuid,
            r.step_uuid,
            r.body,
            r.created_ms,
            r.updated_ms,
            r.shared
        ])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::memory;

    #[test]
    fn reflections_are_private_to_each_learner_and_editable() -> crate::Result<()> {
        let mut s = memory();
        let a = s.create_learner("A", "fox", false)?;
        let b = s.create_learner("B", "owl", false)?;
        s.save_reflection(a.id, "L", "R", "first")?;
        s.save_reflection(a.id, "L", "R", "second")?;
        let mine = s.reflections(a.id, "L")?;
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].body, "second");
        assert!(s.reflections(b.id, "L")?.is_empty());
        assert!(s.save_reflection(a.id, "L", "R", &"x".repeat(10_001)).is_err());
        s.delete_learner(a.id)?;
        assert!(s.reflections(a.id, "L")?.is_empty(), "deleting a learner deletes their reflections");
        Ok(())
    }
}
