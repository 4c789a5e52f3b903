//! Everything stored about a learner as plain records, and the merge that brings records from
//! another PC in: symmetric and idempotent, so importing twice or in any order ends the same.
//! These records are also the shapes of the progress file (`crate::transfer`, version 1):
//! changing a field means a new file version.

use super::Storage;
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FullLearner {
    pub uuid: String,
    pub display_name: String,
    pub avatar: String,
    pub created_ms: i64,
    pub last_active_ms: i64,
    pub progress: Vec<FullProgress>,
    pub answers: Vec<FullAnswer>,
    /// Empty in a class transfer unless shared; see `crate::transfer`.
    pub reflections: Vec<FullReflection>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FullProgress {
    pub lesson_uuid: String,
    pub current_step_uuid: Option<String>,
    pub started_ms: i64,
    pub completed_ms: Option<i64>,
    pub updated_ms: i64,
    pub seconds_spent: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FullAnswer {
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FullReflection {
    pub lesson_uuid: String,
    pub step_uuid: String,
    pub body: String,
    pub created_ms: i64,
    pub updated_ms: i64,
    pub shared: bool,
}

/// Which reflections leave with an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReflectionScope {
    All,
    SharedOnly,
}

/// What a merge changed (rows inserted or updated; untouched rows are not counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCounts {
    pub learners_added: u32,
    pub learners_updated: u32,
    pub lessons_merged: u32,
    pub answers_merged: u32,
    pub reflections_merged: u32,
}

/// Lesson progress: completed wins over not completed (the earliest completion is kept), the
/// position comes from the newer side, the earliest start and the larger time spent are kept.
/// Ties are broken by value, never by side, so merge(a, b) == merge(b, a).
pub fn merge_progress(a: &FullProgress, b: &FullProgress) -> FullProgress {
    let newer = if (a.updated_ms, &a.current_step_uuid) >= (b.updated_ms, &b.current_step_uuid) { a } else { b };
    let completed_ms = match (a.completed_ms, b.completed_ms) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    FullProgress {
        lesson_uuid: a.lesson_uuid.clone().min(b.lesson_uuid.clone()),
        current_step_uuid: newer.current_step_uuid.clone(),
        started_ms: a.started_ms.min(b.started_ms),
        completed_ms,
        updated_ms: a.updated_ms.max(b.updated_ms),
        // Max, not sum: the same minutes arrive again when a file is imported twice.
        seconds_spent: a.seconds_spent.max(b.seconds_spent),
    }
}

/// Quiz answers: the earlier first answer (it is the first-try score), the newer last answer,
/// the larger number of attempts.
pub fn merge_answer(a: &FullAnswer, b: &FullAnswer) -> FullAnswer {
    let first = if (a.first_ms, &a.first_choice, a.first_correct) <= (b.first_ms, &b.first_choice, b.first_correct) {
        a
    } else {
        b
    };
    let last =
        if (a.last_ms, &a.last_choice, a.last_correct) >= (b.last_ms, &b.last_choice, b.last_correct) { a } else { b };
    FullAnswer {
        lesson_uuid: a.lesson_uuid.clone().min(b.lesson_uuid.clone()),
        question_uuid: a.question_uuid.clone(),
        first_choice: first.first_choice.clone(),
        first_correct: first.first_correct,
        first_ms: first.first_ms,
        last_choice: last.last_choice.clone(),
        last_correct: last.last_correct,
        last_ms: last.last_ms,
        attempts: a.attempts.max(b.attempts),
    }
}

/// Reflections: the newer text (and its shared flag) wins; the earliest creation is kept.
pub fn merge_reflection(a: &FullReflection, b: &FullReflection) -> FullReflection {
    let newer = if (a.updated_ms, &a.body, a.shared) >= (b.updated_ms, &b.body, b.shared) { a } else { b };
    FullReflection {
        lesson_uuid: a.lesson_uuid.clone().min(b.lesson_uuid.clone()),
        step_uuid: a.step_uuid.clone(),
        body: newer.body.clone(),
        created_ms: a.created_ms.min(b.created_ms),
        updated_ms: newer.updated_ms,
        shared: newer.shared,
    }
}

/// What merging one learner of a file would change here, worked out without writing anything
/// (the import preview). The counts are the ones `merge_learners` reports for that learner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LearnerMergePreview {
    pub uuid: String,
    /// The learner's id and name on this PC, when they are already here (the local name stays).
    pub local: Option<(i64, String)>,
    /// Something about a learner already here would change.
    pub changed: bool,
    /// Lessons (uuids) that are not completed here and would become completed.
    pub lessons_completed: Vec<String>,
    pub lessons_merged: u32,
    pub answers_merged: u32,
    pub reflections_merged: u32,
}

/// The merged row when it differs from the local one; None when the merge would change nothing.
fn merged_if_changed<T: Clone + PartialEq>(local: Option<&T>, incoming: &T, merge: fn(&T, &T) -> T) -> Option<T> {
    let merged = match local {
        Some(l) => merge(l, incoming),
        None => incoming.clone(),
    };
    (local != Some(&merged)).then_some(merged)
}

fn choice_json(c: &[String]) -> String {
    serde_json::to_string(c).unwrap_or_else(|_| "[]".into())
}

fn choice_from(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

const PROGRESS_COLS: &str = "lesson_uuid, current_step_uuid, started_ms, completed_ms, updated_ms, seconds_spent";
const ANSWER_COLS: &str =
    "lesson_uuid, question_uuid, first_choice, first_correct, first_ms, last_choice, last_correct, last_ms, attempts";
const REFLECTION_COLS: &str = "lesson_uuid, step_uuid, body, created_ms, updated_ms, shared";

fn progress_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FullProgress> {
    Ok(FullProgress {
        lesson_uuid: r.get(0)?,
        current_step_uuid: r.get(1)?,
        started_ms: r.get(2)?,
        completed_ms: r.get(3)?,
        updated_ms: r.get(4)?,
        seconds_spent: r.get(5)?,
    })
}

fn answer_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FullAnswer> {
    Ok(FullAnswer {
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

fn reflection_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FullReflection> {
    Ok(FullReflection {
        lesson_uuid: r.get(0)?,
        step_uuid: r.get(1)?,
        body: r.get(2)?,
        created_ms: r.get(3)?,
        updated_ms: r.get(4)?,
        shared: r.get(5)?,
    })
}

impl Storage {
    /// Everything stored about one learner, in a stable order (lesson, then question/step uuid).
    pub fn full_learner(&self, id: i64, scope: ReflectionScope) -> Result<FullLearner> {
        let l = self.learner(id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {PROGRESS_COLS} FROM lesson_progress WHERE learner_id = ?1 ORDER BY lesson_uuid"
        ))?;
        let progress = stmt.query_map([id], progress_row)?.collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ANSWER_COLS} FROM quiz_answers WHERE learner_id = ?1 ORDER BY lesson_uuid, question_uuid"
        ))?;
        let answers = stmt.query_map([id], answer_row)?.collect::<rusqlite::Result<_>>()?;
        let shared_only = scope == ReflectionScope::SharedOnly;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {REFLECTION_COLS} FROM reflections WHERE learner_id = ?1 AND (shared = 1 OR ?2 = 0)
             ORDER BY lesson_uuid, step_uuid"
        ))?;
        let reflections = stmt.query_map(params![id, shared_only], reflection_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(FullLearner {
            uuid: l.uuid,
            display_name: l.display_name,
            avatar: l.avatar,
            created_ms: l.created_ms,
            last_active_ms: l.last_active_ms,
            progress,
            answers,
            reflections,
        })
    }

    /// The local id of the learner with this uuid.
    pub fn learner_id_by_uuid(&self, uuid: &str) -> Result<Option<i64>> {
        Ok(self.conn.query_row("SELECT id FROM learners WHERE uuid = ?1", [uuid], |r| r.get(0)).optional()?)
    }

    /// Merges learners from another PC in one transaction: all of it lands, or nothing.
    /// Learners are matched by uuid; a known learner keeps the name and picture they have here.
    /// The records must have been validated (`crate::transfer` does that).
    pub fn merge_learners(&mut self, incoming: &[FullLearner]) -> Result<MergeCounts> {
        let tx = self.conn.transaction()?;
        let mut counts = MergeCounts::default();
        for l in incoming {
            let existing: Option<(i64, i64)> = tx
                .query_row("SELECT id, last_active_ms FROM learners WHERE uuid = ?1", [&l.uuid], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let (id, mut changed) = match existing {
                Some((id, last_active)) => {
                    let changed = l.last_active_ms > last_active;
                    if changed {
                        tx.execute(
                            "UPDATE learners SET last_active_ms = ?2 WHERE id = ?1",
                            params![id, l.last_active_ms],
                        )?;
                    }
                    (id, changed)
                }
                None => {
                    tx.execute(
                        "INSERT INTO learners (uuid, display_name, avatar, is_guest, created_ms, last_active_ms)
                         VALUES (?1, ?2, ?3, 0, ?4, ?5)",
                        params![l.uuid, l.display_name, l.avatar, l.created_ms, l.last_active_ms],
                    )?;
                    counts.learners_added += 1;
                    (tx.last_insert_rowid(), false)
                }
            };
            for p in &l.progress {
                if merge_progress_row(&tx, id, p)? {
                    counts.lessons_merged += 1;
                    changed = true;
                }
            }
            for a in &l.answers {
                if merge_answer_row(&tx, id, a)? {
                    counts.answers_merged += 1;
                    changed = true;
                }
            }
            for r in &l.reflections {
                if merge_reflection_row(&tx, id, r)? {
                    counts.reflections_merged += 1;
                    changed = true;
                }
            }
            if changed && existing.is_some() {
                counts.learners_updated += 1;
            }
        }
        tx.commit()?;
        self.renew_backups()?;
        Ok(counts)
    }

    /// What `merge_learners` would do with the same records, learner by learner, without
    /// writing anything: read from the same rows with the same merge rules.
    pub fn preview_merge(&self, incoming: &[FullLearner]) -> Result<Vec<LearnerMergePreview>> {
        let mut out = Vec::with_capacity(incoming.len());
        for l in incoming {
            let existing: Option<(i64, String, i64)> = self
                .conn
                .query_row("SELECT id, display_name, last_active_ms FROM learners WHERE uuid = ?1", [&l.uuid], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()?;
            let id = existing.as_ref().map(|(id, _, _)| *id);
            let mut p = LearnerMergePreview {
                uuid: l.uuid.clone(),
                changed: existing.as_ref().is_some_and(|(_, _, active)| l.last_active_ms > *active),
                local: existing.map(|(id, name, _)| (id, name)),
                ..LearnerMergePreview::default()
            };
            for incoming in &l.progress {
                let local = match id {
                    Some(id) => local_progress(&self.conn, id, &incoming.lesson_uuid)?,
                    None => None,
                };
                if let Some(merged) = merged_if_changed(local.as_ref(), incoming, merge_progress) {
                    p.lessons_merged += 1;
                    if merged.completed_ms.is_some() && local.as_ref().is_none_or(|l| l.completed_ms.is_none()) {
                        p.lessons_completed.push(merged.lesson_uuid);
                    }
                }
            }
            for incoming in &l.answers {
                let local = match id {
                    Some(id) => local_answer(&self.conn, id, &incoming.question_uuid)?,
                    None => None,
                };
                if merged_if_changed(local.as_ref(), incoming, merge_answer).is_some() {
                    p.answers_merged += 1;
                }
            }
            for incoming in &l.reflections {
                let local = match id {
                    Some(id) => local_reflection(&self.conn, id, &incoming.step_uuid)?,
                    None => None,
                };
                if merged_if_changed(local.as_ref(), incoming, merge_reflection).is_some() {
                    p.reflections_merged += 1;
                }
            }
            p.changed |= p.lessons_merged + p.answers_merged + p.reflections_merged > 0;
            out.push(p);
        }
        Ok(out)
    }
}

/// Returns whether the stored row changed.
fn local_progress(conn: &Connection, learner: i64, lesson_uuid: &str) -> Result<Option<FullProgress>> {
    Ok(conn
        .query_row(
            &format!("SELECT {PROGRESS_COLS} FROM lesson_progress WHERE learner_id = ?1 AND lesson_uuid = ?2"),
            params![learner, lesson_uuid],
            progress_row,
        )
        .optional()?)
}

fn local_answer(conn: &Connection, learner: i64, question_uuid: &str) -> Result<Option<FullAnswer>> {
    Ok(conn
        .query_row(
            &format!("SELECT {ANSWER_COLS} FROM quiz_answers WHERE learner_id = ?1 AND question_uuid = ?2"),
            params![learner, question_uuid],
            answer_row,
        )
        .optional()?)
}

fn local_reflection(conn: &Connection, learner: i64, step_uuid: &str) -> Result<Option<FullReflection>> {
    Ok(conn
        .query_row(
            &format!("SELECT {REFLECTION_COLS} FROM reflections WHERE learner_id = ?1 AND step_uuid = ?2"),
            params![learner, step_uuid],
            reflection_row,
        )
        .optional()?)
}

fn merge_progress_row(tx: &Transaction<'_>, learner: i64, incoming: &FullProgress) -> Result<bool> {
    let local = local_progress(tx, learner, &incoming.lesson_uuid)?;
    let Some(merged) = merged_if_changed(local.as_ref(), incoming, merge_progress) else { return Ok(false) };
    // last_activity_ms is this PC's own anchor and is left as it is.
    tx.execute(
        "INSERT INTO lesson_progress (learner_id, lesson_uuid, current_step_uuid, started_ms, completed_ms, updated_ms, seconds_spent)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (learner_id, lesson_uuid) DO UPDATE SET current_step_uuid = excluded.current_step_uuid,
            started_ms = excluded.started_ms, completed_ms = excluded.completed_ms,
            updated_ms = excluded.updated_ms, seconds_spent = excluded.seconds_spent",
        params![
            learner,
            merged.lesson_uuid,
            merged.current_step_uuid,
            merged.started_ms,
            merged.completed_ms,
            merged.updated_ms,
            merged.seconds_spent
        ],
    )?;
    Ok(true)
}

fn merge_answer_row(tx: &Transaction<'_>, learner: i64, incoming: &FullAnswer) -> Result<bool> {
    let local = local_answer(tx, learner, &incoming.question_uuid)?;
    let Some(merged) = merged_if_changed(local.as_ref(), incoming, merge_answer) else { return Ok(false) };
    tx.execute(
        "INSERT INTO quiz_answers (learner_id, lesson_uuid, question_uuid, first_choice, first_correct, first_ms,
                                   last_choice, last_correct, last_ms, attempts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (learner_id, question_uuid) DO UPDATE SET lesson_uuid = excluded.lesson_uuid,
            first_choice = excluded.first_choice, first_correct = excluded.first_correct, first_ms = excluded.first_ms,
            last_choice = excluded.last_choice, last_correct = excluded.last_correct, last_ms = excluded.last_ms,
            attempts = excluded.attempts",
        params![
            learner,
            merged.lesson_uuid,
            merged.question_uuid,
            choice_json(&merged.first_choice),
            merged.first_correct,
            merged.first_ms,
            choice_json(&merged.last_choice),
            merged.last_correct,
            merged.last_ms,
            merged.attempts
        ],
    )?;
    Ok(true)
}

fn merge_reflection_row(tx: &Transaction<'_>, learner: i64, incoming: &FullReflection) -> Result<bool> {
    let local = local_reflection(tx, learner, &incoming.step_uuid)?;
    let Some(merged) = merged_if_changed(local.as_ref(), incoming, merge_reflection) else { return Ok(false) };
    tx.execute(
        "INSERT INTO reflections (learner_id, lesson_uuid, step_uuid, body, created_ms, updated_ms, shared)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (learner_id, step_uuid) DO UPDATE SET lesson_uuid = excluded.lesson_uuid, body = excluded.body,
            created_ms = excluded.created_ms, updated_ms = excluded.updated_ms, shared = excluded.shared",
        params![
            learner,
            merged.lesson_uuid,
            merged.step_uuid,
            merged.body,
            merged.created_ms,
            merged.updated_ms,
            merged.shared
        ],
    )?;
    Ok(true)
}

#[cfg(test)]
impl Storage {
    /// Every row of every table as text, for "nothing changed" checks.
    pub(crate) fn dump(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for table in
            ["learners", "lesson_progress", "quiz_answers", "reflections", "settings", "admin_pin", "learner_secrets"]
        {
            let mut stmt = self.conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))?;
            let n = stmt.column_count();
            let rows = stmt.query_map([], |r| {
                let mut cells = vec![table.to_string()];
                for i in 0..n {
                    cells.push(format!("{:?}", r.get_ref(i)?));
                }
                Ok(cells.join("|"))
            })?;
            for row in rows {
                out.push(row?);
            }
        }
        Ok(out)
    }

    /// Every learner's full record keyed by uuid, without the fields that are local by design
    /// (name and picture: a known learner keeps the local ones).
    pub(crate) fn dump_by_uuid(&self) -> Result<std::collections::BTreeMap<String, FullLearner>> {
        let mut out = std::collections::BTreeMap::new();
        for l in self.learners()? {
            let mut full = self.full_learner(l.id, ReflectionScope::All)?;
            full.display_name.clear();
            full.avatar.clear();
            out.insert(full.uuid.clone(), full);
        }
        Ok(out)
    }
}
