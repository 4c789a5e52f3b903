//! The merge that brings a learner's records from another PC in: symmetric and idempotent, so
//! importing twice or in any order ends the same. The rules work on the storage records; the
//! merge runs in one transaction, and the preview reads the same rows with the same rules.

use super::FileLearner;
use crate::error::Result;
use super::demo_records::merge_demo_record;
use crate::storage::{AnswerRecord, DemoRecordRow, Learner, LessonProgress, ReflectionRecord, Storage};

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
pub fn merge_progress(a: &LessonProgress, b: &LessonProgress) -> LessonProgress {
    let newer = if (a.updated_ms, &a.current_step_uuid) >= (b.updated_ms, &b.current_step_uuid) { a } else { b };
    let completed_ms = match (a.completed_ms, b.completed_ms) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    LessonProgress {
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
pub fn merge_answer(a: &AnswerRecord, b: &AnswerRecord) -> AnswerRecord {
    let first = if (a.first_ms, &a.first_choice, a.first_correct) <= (b.first_ms, &b.first_choice, b.first_correct) {
        a
    } else {
        b
    };
    let last =
        if (a.last_ms, &a.last_choice, a.last_correct) >= (b.last_ms, &b.last_choice, b.last_correct) { a } else { b };
    AnswerRecord {
        lesson_uuid: a.lesson_uuid.clone().min(b.lesson_uuid.clone()),
        question_uuid: a.question_uuid.clone(),
        first_choice: first.first_choice.clone(),
        first_correct: first.first_correct,
        first_ms: first.first_ms,
        last_choice: last.last_choice.clone(),
        last_correct: last.last_correct,
        last_ms: last.last_ms,
        attempts: a.attempts.max(b.attempts),
        // Belongs to the first answer. The same first answer from a file written before Klar
        // asked has none, so the other copy's is kept (`max`: `None` is the least, and the same
        // in any order).
        first_confidence: if (a.first_ms, &a.first_choice) == (b.first_ms, &b.first_choice) {
            a.first_confidence.max(b.first_confidence)
        } else {
            first.first_confidence
        },
    }
}

/// Reflections: the newer text (and its shared flag) wins; the earliest creation is kept.
pub fn merge_reflection(a: &ReflectionRecord, b: &ReflectionRecord) -> ReflectionRecord {
    let newer = if (a.updated_ms, &a.body, a.shared) >= (b.updated_ms, &b.body, b.shared) { a } else { b };
    ReflectionRecord {
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

/// Merges learners from another PC in one transaction: all of it lands, or nothing.
/// Learners are matched by uuid; a known learner keeps the name and picture they have here.
/// The records must have been validated (`super::parse` does that).
pub fn merge_learners(db: &mut Storage, incoming: &[FileLearner]) -> Result<MergeCounts> {
    let counts = db.transact(|db| {
        let mut counts = MergeCounts::default();
        for l in incoming {
            let existing = db.learner_by_uuid(&l.uuid)?;
            let (id, mut changed) = match &existing {
                Some(local) => {
                    let changed = l.last_active_ms > local.last_active_ms;
                    if changed {
                        db.set_last_active(local.id, l.last_active_ms)?;
                    }
                    (local.id, changed)
                }
                None => {
                    counts.learners_added += 1;
                    (db.add_learner_from(&Learner::from(l))?, false)
                }
            };
            for p in l.progress.iter().map(LessonProgress::from) {
                let local = db.lesson_progress(id, &p.lesson_uuid)?;
                if let Some(merged) = merged_if_changed(local.as_ref(), &p, merge_progress) {
                    db.put_progress(id, &merged)?;
                    counts.lessons_merged += 1;
                    changed = true;
                }
            }
            for a in l.answers.iter().map(AnswerRecord::from) {
                let local = db.answer(id, &a.question_uuid)?;
                if let Some(merged) = merged_if_changed(local.as_ref(), &a, merge_answer) {
                    db.put_answer(id, &merged)?;
                    counts.answers_merged += 1;
                    changed = true;
                }
            }
            for r in l.reflections.iter().map(ReflectionRecord::from) {
                let local = db.reflection(id, &r.step_uuid)?;
                if let Some(merged) = merged_if_changed(local.as_ref(), &r, merge_reflection) {
                    db.put_reflection(id, &merged)?;
                    counts.reflections_merged += 1;
                    changed = true;
                }
            }
            for d in l.demo_records.iter().map(DemoRecordRow::from) {
                let local = db.demo_record(id, &d.step_uuid)?;
                if let Some(merged) = merged_if_changed(local.as_ref(), &d, merge_demo_record) {
                    db.put_demo_record(id, &merged)?;
                    changed = true;
                }
            }
            if changed && existing.is_some() {
                counts.learners_updated += 1;
            }
        }
        Ok(counts)
    })?;
    db.renew_backups()?;
    Ok(counts)
}

/// What `merge_learners` would do with the same records, learner by learner, without writing
/// anything: read from the same rows with the same merge rules.
pub fn preview_merge(db: &Storage, incoming: &[FileLearner]) -> Result<Vec<LearnerMergePreview>> {
    let mut out = Vec::with_capacity(incoming.len());
    for l in incoming {
        let existing = db.learner_by_uuid(&l.uuid)?;
        let id = existing.as_ref().map(|local| local.id);
        let mut p = LearnerMergePreview {
            uuid: l.uuid.clone(),
            changed: existing.as_ref().is_some_and(|local| l.last_active_ms > local.last_active_ms),
            local: existing.map(|local| (local.id, local.display_name)),
            ..LearnerMergePreview::default()
        };
        for incoming in l.progress.iter().map(LessonProgress::from) {
            let local = match id {
                Some(id) => db.lesson_progress(id, &incoming.lesson_uuid)?,
                None => None,
            };
            if let Some(merged) = merged_if_changed(local.as_ref(), &incoming, merge_progress) {
                p.lessons_merged += 1;
                if merged.completed_ms.is_some() && local.as_ref().is_none_or(|l| l.completed_ms.is_none()) {
                    p.lessons_completed.push(merged.lesson_uuid);
                }
            }
        }
        for incoming in l.answers.iter().map(AnswerRecord::from) {
            let local = match id {
                Some(id) => db.answer(id, &incoming.question_uuid)?,
                None => None,
            };
            if merged_if_changed(local.as_ref(), &incoming, merge_answer).is_some() {
                p.answers_merged += 1;
            }
        }
        for incoming in l.reflections.iter().map(ReflectionRecord::from) {
            let local = match id {
                Some(id) => db.reflection(id, &incoming.step_uuid)?,
                None => None,
            };
            if merged_if_changed(local.as_ref(), &incoming, merge_reflection).is_some() {
                p.reflections_merged += 1;
            }
        }
        p.changed |= p.lessons_merged + p.answers_merged + p.reflections_merged > 0;
        out.push(p);
    }
    Ok(out)
}
