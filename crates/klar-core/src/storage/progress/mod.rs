//! `lesson_progress`: where each learner is in each lesson, when they started and finished it,
//! and the time spent in it. Every upsert of the table is here, one `.sql` file each.

use super::Storage;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use std::collections::BTreeMap;

/// One row of `lesson_progress`. The anchor of the time spent (`last_activity_ms`) is this PC's
/// own and is read apart (`activity_anchor`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonProgress {
    pub lesson_uuid: String,
    pub current_step_uuid: Option<String>,
    pub started_ms: i64,
    pub completed_ms: Option<i64>,
    pub updated_ms: i64,
    pub seconds_spent: i64,
}

const SELECT: &str = "SELECT lesson_uuid, current_step_uuid, started_ms, completed_ms, updated_ms, seconds_spent
                      FROM lesson_progress";

fn row_to_progress(r: &Row<'_>) -> rusqlite::Result<LessonProgress> {
    Ok(LessonProgress {
        lesson_uuid: r.get(0)?,
        current_step_uuid: r.get(1)?,
        started_ms: r.get(2)?,
        completed_ms: r.get(3)?,
        updated_ms: r.get(4)?,
        seconds_spent: r.get(5)?,
    })
}

impl Storage {
    /// Remembers the step the learner is on (creating the lesson's progress on first visit).
    pub fn set_position(&mut self, learner: i64, lesson: &str, step: &str) -> Result<LessonProgress> {
        let now = self.now();
        self.conn.prepare_cached(include_str!("set_position.sql"))?.execute(params![learner, lesson, step, now])?;
        self.lesson_progress(learner, lesson)?.ok_or_else(|| Error::NotFound(format!("progress of {lesson}")))
    }

    /// Marks the lesson done; the first completion time is kept.
    pub fn complete_lesson(&mut self, learner: i64, lesson: &str) -> Result<LessonProgress> {
        let now = self.now();
        self.conn.prepare_cached(include_str!("complete.sql"))?.execute(params![learner, lesson, now])?;
        self.lesson_progress(learner, lesson)?.ok_or_else(|| Error::NotFound(format!("progress of {lesson}")))
    }

    /// Starts the lesson's progress, or marks it as changed now (answering or reflecting counts as
    /// being in the lesson).
    pub(crate) fn touch_progress(&self, learner: i64, lesson: &str, now: i64) -> Result<()> {
        self.conn.prepare_cached(include_str!("touch.sql"))?.execute(params![learner, lesson, now])?;
        Ok(())
    }

    pub fn lesson_progress(&self, learner: i64, lesson: &str) -> Result<Option<LessonProgress>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 AND lesson_uuid = ?2"))?
            .query_row(params![learner, lesson], row_to_progress)
            .optional()?)
    }

    /// Progress in every lesson the learner has opened, by lesson uuid.
    pub fn all_progress(&self, learner: i64) -> Result<BTreeMap<String, LessonProgress>> {
        Ok(self.progress_of(learner)?.into_iter().map(|p| (p.lesson_uuid.clone(), p)).collect())
    }

    /// Progress in every lesson the learner has opened, in lesson uuid order.
    pub fn progress_of(&self, learner: i64) -> Result<Vec<LessonProgress>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 ORDER BY lesson_uuid"))?;
        let rows = stmt.query_map([learner], row_to_progress)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Where the lesson's current stretch of time started (None: not yet, or not in this lesson).
    pub fn activity_anchor(&self, learner: i64, lesson: &str) -> Result<Option<i64>> {
        let anchor: Option<Option<i64>> = self
            .conn
            .prepare_cached("SELECT last_activity_ms FROM lesson_progress WHERE learner_id = ?1 AND lesson_uuid = ?2")?
            .query_row(params![learner, lesson], |r| r.get(0))
            .optional()?;
        Ok(anchor.flatten())
    }

    /// Adds `seconds` to the time spent in the lesson and moves its anchor; returns the new total.
    pub fn add_time_spent(&mut self, learner: i64, lesson: &str, seconds: i64, anchor_ms: i64) -> Result<i64> {
        let now = self.now();
        self.conn.prepare_cached(include_str!("add_time.sql"))?.execute(params![learner, lesson, now, seconds, anchor_ms])?;
        Ok(self
            .conn
            .prepare_cached("SELECT seconds_spent FROM lesson_progress WHERE learner_id = ?1 AND lesson_uuid = ?2")?
            .query_row(params![learner, lesson], |r| r.get(0))?)
    }

    /// Writes a row merged from another PC (`crate::transfer`).
    pub(crate) fn put_progress(&mut self, learner: i64, p: &LessonProgress) -> Result<()> {
        self.conn.prepare_cached(include_str!("put.sql"))?.execute(params![
            learner,
            p.lesson_uuid,
            p.current_step_uuid,
            p.started_ms,
            p.completed_ms,
            p.updated_ms,
            p.seconds_spent
        ])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::memory;

    #[test]
    fn position_and_completion() -> crate::Result<()> {
        let mut s = memory();
        let l = s.create_learner("Lea", "fox", false)?;
        s.set_position(l.id, "L", "S1")?;
        let p = s.set_position(l.id, "L", "S2")?;
        assert_eq!(p.current_step_uuid.as_deref(), Some("S2"));
        assert!(p.completed_ms.is_none());
        let done = s.complete_lesson(l.id, "L")?;
        assert!(done.completed_ms.is_some());
        assert_eq!(done.current_step_uuid.as_deref(), Some("S2"));
        Ok(())
    }
}
