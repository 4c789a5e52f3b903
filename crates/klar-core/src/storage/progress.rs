//! Where each learner is in each lesson, what they answered (first try kept for the score),
//! and their private reflections. Every write is one committed transaction.

use super::Storage;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use std::collections::BTreeMap;

pub const MAX_REFLECTION_CHARS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonProgress {
    pub lesson_uuid: String,
    pub current_step_uuid: Option<String>,
    pub started_ms: i64,
    pub completed_ms: Option<i64>,
    pub updated_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerRecord {
    pub question_uuid: String,
    pub first_choice: Vec<String>,
    pub first_correct: bool,
    pub last_choice: Vec<String>,
    pub last_correct: bool,
    pub attempts: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReflectionRecord {
    pub step_uuid: String,
    pub body: String,
    pub updated_ms: i64,
    /// Whether the learner shared it with the teacher (classroom mode).
    pub shared: bool,
}

fn row_to_progress(r: &Row<'_>) -> rusqlite::Result<LessonProgress> {
    Ok(LessonProgress {
        lesson_uuid: r.get(0)?,
        current_step_uuid: r.get(1)?,
        started_ms: r.get(2)?,
        completed_ms: r.get(3)?,
        updated_ms: r.get(4)?,
    })
}

fn choice_json(c: &[String]) -> String {
    serde_json::to_string(c).unwrap_or_else(|_| "[]".into())
}

fn choice_from(s: String) -> Vec<String> {
    serde_json::from_str(&s).unwrap_or_default()
}

fn row_to_answer(r: &Row<'_>) -> rusqlite::Result<AnswerRecord> {
    Ok(AnswerRecord {
        question_uuid: r.get(0)?,
        first_choice: choice_from(r.get(1)?),
        first_correct: r.get(2)?,
        last_choice: choice_from(r.get(3)?),
        last_correct: r.get(4)?,
        attempts: r.get(5)?,
    })
}

impl Storage {
    /// Remembers the step the learner is on (creating the lesson's progress on first visit).
    pub fn set_position(&mut self, learner: i64, lesson: &str, step: &str) -> Result<LessonProgress> {
        let now = self.now();
        self.conn.execute(
            "INSERT INTO lesson_progress (learner_id, lesson_uuid, current_step_uuid, started_ms, updated_ms)
             VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (learner_id, lesson_uuid)
             DO UPDATE SET current_step_uuid = excluded.current_step_uuid, updated_ms = excluded.updated_ms",
            params![learner, lesson, step, now],
        )?;
        self.lesson_progress(learner, lesson)?.ok_or_else(|| Error::NotFound(format!("progress of {lesson}")))
    }

    /// Marks the lesson done; the first completion time is kept.
    pub fn complete_lesson(&mut self, learner: i64, lesson: &str) -> Result<LessonProgress> {
        let now = self.now();
        self.conn.execute(
            "INSERT INTO lesson_progress (learner_id, lesson_uuid, started_ms, completed_ms, updated_ms)
             VALUES (?1, ?2, ?3, ?3, ?3)
             ON CONFLICT (learner_id, lesson_uuid)
             DO UPDATE SET completed_ms = coalesce(completed_ms, excluded.completed_ms), updated_ms = excluded.updated_ms",
            params![learner, lesson, now],
        )?;
        self.lesson_progress(learner, lesson)?.ok_or_else(|| Error::NotFound(format!("progress of {lesson}")))
    }

    pub fn lesson_progress(&self, learner: i64, lesson: &str) -> Result<Option<LessonProgress>> {
        Ok(self
            .conn
            .query_row(
                "SELECT lesson_uuid, current_step_uuid, started_ms, completed_ms, updated_ms
                 FROM lesson_progress WHERE learner_id = ?1 AND lesson_uuid = ?2",
                params![learner, lesson],
                row_to_progress,
            )
            .optional()?)
    }

    /// Progress in every lesson the learner has opened, keyed by lesson uuid.
    pub fn all_progress(&self, learner: i64) -> Result<BTreeMap<String, LessonProgress>> {
        let mut stmt = self.conn.prepare(
            "SELECT lesson_uuid, current_step_uuid, started_ms, completed_ms, updated_ms
             FROM lesson_progress WHERE learner_id = ?1",
        )?;
        let rows = stmt.query_map([learner], row_to_progress)?;
        let mut out = BTreeMap::new();
        for p in rows {
            let p = p?;
            out.insert(p.lesson_uuid.clone(), p);
        }
        Ok(out)
    }

    /// Records an answer. The first try is kept for the score; later tries only update `last_*`.
    pub fn record_answer(&mut self, learner: i64, lesson: &str, question: &str, choice: &[String], correct: bool) -> Result<AnswerRecord> {
        let now = self.now();
        let json = choice_json(choice);
        self.transact(|s| {
            s.conn.execute(
                "INSERT INTO quiz_answers (learner_id, lesson_uuid, question_uuid, first_choice, first_correct,
                                           last_choice, last_correct, attempts, first_ms, last_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5, 1, ?6, ?6)
                 ON CONFLICT (learner_id, question_uuid) DO UPDATE SET
                    last_choice = excluded.last_choice, last_correct = excluded.last_correct,
                    attempts = attempts + 1, last_ms = excluded.last_ms",
                params![learner, lesson, question, json, correct, now],
            )?;
            // Answering also counts as being in the lesson.
            s.touch_progress(learner, lesson, now)?;
            Ok(s.conn.query_row(
                "SELECT question_uuid, first_choice, first_correct, last_choice, last_correct, attempts
                 FROM quiz_answers WHERE learner_id = ?1 AND question_uuid = ?2",
                params![learner, question],
                row_to_answer,
            )?)
        })
    }

    /// Starts the lesson's progress, or marks it as changed now.
    fn touch_progress(&self, learner: i64, lesson: &str, now: i64) -> Result<()> {
        self.conn.execute(
            "INSERT INTO lesson_progress (learner_id, lesson_uuid, started_ms, updated_ms) VALUES (?1, ?2, ?3, ?3)
             ON CONFLICT (learner_id, lesson_uuid) DO UPDATE SET updated_ms = excluded.updated_ms",
            params![learner, lesson, now],
        )?;
        Ok(())
    }

    pub fn answers(&self, learner: i64, lesson: &str) -> Result<Vec<AnswerRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT question_uuid, first_choice, first_correct, last_choice, last_correct, attempts
             FROM quiz_answers WHERE learner_id = ?1 AND lesson_uuid = ?2",
        )?;
        let rows = stmt.query_map(params![learner, lesson], row_to_answer)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves (or replaces) a private reflection; returns the time it was committed.
    pub fn save_reflection(&mut self, learner: i64, lesson: &str, step: &str, body: &str) -> Result<ReflectionRecord> {
        if body.chars().count() > MAX_REFLECTION_CHARS {
            return Err(Error::invalid(format!("a reflection can be at most {MAX_REFLECTION_CHARS} characters long")));
        }
        let now = self.now();
        self.transact(|s| {
            s.conn.execute(
                "INSERT INTO reflections (learner_id, lesson_uuid, step_uuid, body, created_ms, updated_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (learner_id, step_uuid) DO UPDATE SET body = excluded.body, updated_ms = excluded.updated_ms",
                params![learner, lesson, step, body, now],
            )?;
            s.touch_progress(learner, lesson, now)?;
            let shared: bool = s.conn.query_row(
                "SELECT shared FROM reflections WHERE learner_id = ?1 AND step_uuid = ?2",
                params![learner, step],
                |r| r.get(0),
            )?;
            Ok(ReflectionRecord { step_uuid: step.to_string(), body: body.to_string(), updated_ms: now, shared })
        })
    }

    pub fn reflections(&self, learner: i64, lesson: &str) -> Result<Vec<ReflectionRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT step_uuid, body, updated_ms, shared FROM reflections WHERE learner_id = ?1 AND lesson_uuid = ?2",
        )?;
        let rows = stmt.query_map(params![learner, lesson], |r| {
            Ok(ReflectionRecord { step_uuid: r.get(0)?, body: r.get(1)?, updated_ms: r.get(2)?, shared: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Where the lesson's current stretch of time started (None: not yet, or not in this lesson).
    pub fn activity_anchor(&self, learner: i64, lesson: &str) -> Result<Option<i64>> {
        let anchor: Option<Option<i64>> = self
            .conn
            .query_row(
                "SELECT last_activity_ms FROM lesson_progress WHERE learner_id = ?1 AND lesson_uuid = ?2",
                params![learner, lesson],
                |r| r.get(0),
            )
            .optional()?;
        Ok(anchor.flatten())
    }

    /// Adds `seconds` to the time spent in the lesson and moves its anchor; returns the new total.
    pub fn add_time_spent(&mut self, learner: i64, lesson: &str, seconds: i64, anchor_ms: i64) -> Result<i64> {
        let now = self.now();
        self.conn.execute(
            "INSERT INTO lesson_progress (learner_id, lesson_uuid, started_ms, updated_ms, seconds_spent, last_activity_ms)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5)
             ON CONFLICT (learner_id, lesson_uuid) DO UPDATE SET
                seconds_spent = seconds_spent + excluded.seconds_spent,
                last_activity_ms = excluded.last_activity_ms,
                updated_ms = max(updated_ms, excluded.updated_ms)",
            params![learner, lesson, now, seconds, anchor_ms],
        )?;
        Ok(self.conn.query_row(
            "SELECT seconds_spent FROM lesson_progress WHERE learner_id = ?1 AND lesson_uuid = ?2",
            params![learner, lesson],
            |r| r.get(0),
        )?)
    }

    /// The questions the learner answered right on the first try.
    pub fn first_try_correct_questions(&self, learner: i64) -> Result<std::collections::BTreeSet<String>> {
        let mut stmt = self.conn.prepare("SELECT question_uuid FROM quiz_answers WHERE learner_id = ?1 AND first_correct = 1")?;
        let rows = stmt.query_map([learner], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// First-try correct answers per lesson: lesson uuid → number of questions right first time.
    pub fn first_try_scores(&self, learner: i64) -> Result<BTreeMap<String, (i64, i64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT lesson_uuid, sum(first_correct), count(*) FROM quiz_answers WHERE learner_id = ?1 GROUP BY lesson_uuid",
        )?;
        let rows = stmt.query_map([learner], |r| Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?))))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::memory;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn first_try_is_kept() -> crate::Result<()> {
        let mut s = memory();
        let l = s.create_learner("Lea", "fox", false)?;
        let a = s.record_answer(l.id, "L", "Q", &v(&["a"]), false)?;
        assert!(!a.first_correct && a.attempts == 1);
        let b = s.record_answer(l.id, "L", "Q", &v(&["b"]), true)?;
        assert!(!b.first_correct && b.last_correct && b.attempts == 2);
        assert_eq!(b.first_choice, v(&["a"]));
        assert_eq!(s.first_try_scores(l.id)?.get("L"), Some(&(0, 1)));
        assert!(s.lesson_progress(l.id, "L")?.is_some(), "answering starts the lesson");
        Ok(())
    }

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
