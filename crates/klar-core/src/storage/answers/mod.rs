//! `quiz_answers`: what each learner answered, the first try kept for the score and the last one
//! for the feedback, with the number of tries, and how sure the learner was before the first.

use super::Storage;
use crate::error::Result;
use crate::progress::{CalibrationCounts, Confidence};
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
    /// How sure the learner said they were before the first try (scored questions only; `None`
    /// for warm-ups and for answers from before Klar asked).
    pub first_confidence: Option<Confidence>,
}

const SELECT: &str = "SELECT lesson_uuid, question_uuid, first_choice, first_correct, first_ms,
                             last_choice, last_correct, last_ms, attempts, first_confidence
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
        first_confidence: r.get::<_, Option<String>>(9)?.as_deref().and_then(Confidence::parse),
    })
}

impl Storage {
    /// Records an answer. The first try is kept for the score, with `confidence`; later tries only
    /// update `last_*` (their `confidence` is ignored).
    pub fn record_answer(
        &mut self,
        learner: i64,
        lesson: &str,
        question: &str,
        choice: &[String],
        correct: bool,
        confidence: Option<Confidence>,
    ) -> Result<AnswerRecord> {
        let now = self.now();
        let json = choice_json(choice);
        let confidence = confidence.map(Confidence::as_str);
        self.transact(|s| {
            s.conn
                .prepare_cached(include_str!("record.sql"))?
                .execute(params![learner, lesson, question, json, correct, now, confidence])?;
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
            a.attempts,
            a.first_confidence.map(Confidence::as_str)
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

    /// Per question across named learners (guests excluded): first answers by how sure the
    /// learner was and whether they were right. Questions nobody rated are absent.
    pub fn calibration_stats(&self) -> Result<BTreeMap<String, CalibrationCounts>> {
        let mut stmt = self.conn.prepare_cached(include_str!("calibration.sql"))?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?, r.get::<_, u32>(3)?))
        })?;
        let mut out: BTreeMap<String, CalibrationCounts> = BTreeMap::new();
        for row in rows {
            let (question, confidence, answered, right) = row?;
            let Some(confidence) = Confidence::parse(&confidence) else { continue };
            let counts = out.entry(question).or_default();
            counts.add_n(confidence, true, right);
            counts.add_n(confidence, false, answered.saturating_sub(right));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::memory;
    use crate::progress::Confidence;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn first_try_is_kept() -> crate::Result<()> {
        let mut s = memory();
        let l = s.create_learner("Lea", "fox", false)?;
        let a = s.record_answer(l.id, "L", "Q", &v(&["a"]), false, None)?;
        assert!(!a.first_correct && a.attempts == 1);
        let b = s.record_answer(l.id, "L", "Q", &v(&["b"]), true, None)?;
        assert!(!b.first_correct && b.last_correct && b.attempts == 2);
        assert_eq!(b.first_choice, v(&["a"]));
        assert_eq!(s.first_try_scores(l.id)?.get("L"), Some(&(0, 1)));
        assert!(s.lesson_progress(l.id, "L")?.is_some(), "answering starts the lesson");
        Ok(())
    }

    #[test]
    fn confidence_is_kept_with_the_first_answer_only() -> crate::Result<()> {
        let mut s = memory();
        let l = s.create_learner("Lea", "fox", false)?;
        let a = s.record_answer(l.id, "L", "Q", &v(&["a"]), false, Some(Confidence::Sure))?;
        assert_eq!(a.first_confidence, Some(Confidence::Sure));
        let b = s.record_answer(l.id, "L", "Q", &v(&["b"]), true, Some(Confidence::Guess))?;
        assert_eq!((b.first_confidence, b.attempts), (Some(Confidence::Sure), 2), "a second try changes nothing");
        let c = s.record_answer(l.id, "L", "Q", &v(&["b"]), true, None)?;
        assert_eq!(c.first_confidence, Some(Confidence::Sure));
        assert_eq!(s.answers(l.id, "L")?[0].first_confidence, Some(Confidence::Sure));
        let warm = s.record_answer(l.id, "L", "W", &v(&["a"]), true, None)?;
        assert_eq!(warm.first_confidence, None);
        Ok(())
    }
}
