//! `quiz_answers`: what each learner answered, the first try kept for the score and the last one
//! for the feedback, with the number of tries.

use super::Storage;
use crate::error::Result;
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One row of `quiz_answers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerRecord {
    pub lesson_uuid: String,
    pub question_uuid: String,
    pub first_choice: Vec<String>,
    pub first_correct: bool,
    pub first_ms: i64,
    pub last_choice: Vec<String>,
    pub last_correct: bool,
    pub last_ms: i64,
    pub attempts: i64,
}

const SELECT: &str = "SELECT lesson_uuid, question_uuid, first_choice, first_correct, first_ms,
                             last_choice, last_correct, last_ms, attempts
                      FROM quiz_answers";

/// A choice as stored: a JSON array of option ids.
fn choice_json(c: &[String]) -> String {
    serde_json::to_string(c).unwrap_or_else(|_| "[]".into())
}

fn choice_from(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

fn row_to_answer(r: &Row<'_>) -> rusqlite::Result<AnswerRecord> {
    Ok(AnswerRecord {
        lesson_uuid: r.get(0)?,
        question_uuid: r.get(1)?,
        first_choice: choice_from(&r.get::<_, String>(2)?),
        first_correct: r.get(3)?,
        first_ms: r.get(4)?,
        last_choice: choice_from(&r.get::<_, String>(5)?),
        last_correct: r.get(6)?,
        last_ms: r.get(7)?,
        attempts: r.get(8)?,
    })
}

impl Storage {
    /// Records an answer. The first try is kept for the score; later tries only update `last_*`.
    pub fn record_answer(&mut self, learner: i64, lesson: &str, question: &str, choice: &[String], correct: bool) -> Result<AnswerRecord> {
        let now = self.now();
        let json = choice_json(choice);
        self.transact(|s| {
            s.conn.prepare_cached(include_str!("record.sql"))?.execute(params![learner, lesson, question, json, correct, now])?;
            s.touch_progress(learner, lesson, now)?;
            s.answer(learner, question)?.ok_or_else(|| crate::Error::NotFound(format!("answer to {question}")))
        })
    }

    /// The learner's answer to one question.
    pub fn answer(&self, learner: i64, question: &str) -> Result<Option<AnswerRecord>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 AND question_uuid = ?2"))?
            .query_row(params![learner, question], row_to_answer)
            .optional()?)
    }

    /// The learner's answers in one lesson.
    pub fn answers(&self, learner: i64, lesson: &str) -> Result<Vec<AnswerRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 AND lesson_uuid = ?2"))?;
        let rows = stmt.query_map(params![learner, lesson], row_to_answer)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// All of the learner's answers, by lesson, then question uuid.
    pub fn answers_of(&self, learner: i64) -> Result<Vec<AnswerRecord>> {
        let mut stmt =
            self.conn.prepare_cached(&format!("{SELECT} WHERE learner_id = ?1 ORDER BY lesson_uuid, question_uuid"))?;
        let rows = stmt.query_map([learner], row_to_answer)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Writes a row merged from another PC (`crate::transfer`).
    pub(crate) fn put_answer(&mut self, learner: i64, a: &AnswerRecord) -> Result<()> {
        self.conn.prepare_cached(include_str!("put.sql"))?.execute(params![
            learner,
            a.lesson_uuid,
            a.question_uuid,
            choice_json(&a.first_choice),
            a.first_correct,
            a.first_ms,
            choice_json(&a.last_choice),
            a.last_correct,
            a.last_ms,
            a.attempts
        ])?;
        Ok(())
    }

    /// The questions the learner answered right on the first try.
    pub fn first_try_correct_questions(&self, learner: i64) -> Result<BTreeSet<String>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT question_uuid FROM quiz_answers WHERE learner_id = ?1 AND first_correct = 1")?;
        let rows = stmt.query_map([learner], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// First-try correct answers per lesson: lesson uuid → (right first time, answered).
    pub fn first_try_scores(&self, learner: i64) -> Result<BTreeMap<String, (i64, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson_uuid, sum(first_correct), count(*) FROM quiz_answers WHERE learner_id = ?1 GROUP BY lesson_uuid",
        )?;
        let rows = stmt.query_map([learner], |r| Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?))))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Per question across named learners (guests excluded): (question uuid, learners who
    /// answered, learners whose first answer was wrong).
    pub fn answer_stats(&self) -> Result<Vec<(String, i64, i64)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("stats.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
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
}
