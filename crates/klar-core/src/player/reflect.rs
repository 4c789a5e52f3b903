//! Reflections: saved privately, and shared with the teacher (classroom mode) or taken back
//! only when the learner says so.

use crate::app::KlarApp;
use crate::course::StepKind;
use crate::error::{Error, OrNotFound, Result};
use crate::progress::record_time;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SavedView {
    #[ts(type = "number")]
    pub saved_ms: i64,
}

impl KlarApp {
    pub fn save_reflection(&mut self, lesson_uuid: &str, step_uuid: &str, text: &str) -> Result<SavedView> {
        let learner = self.learner_id()?;
        let (_, lesson) = crate::app::find_lesson(&self.course, lesson_uuid)?;
        let sid = Uuid::parse_str(step_uuid).map_err(|_| Error::invalid("not a step id"))?;
        let step = lesson.step(sid).or_not_found("step")?;
        if !matches!(step.kind, StepKind::Reflect) {
            return Err(Error::invalid("this step does not take a reflection"));
        }
        let key = lesson.uuid.to_string();
        let rec = self.db_mut().transact(|db| {
            let rec = db.save_reflection(learner, &key, step_uuid, text)?;
            record_time(db, learner, &key, false)?;
            Ok(rec)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(SavedView { saved_ms: rec.updated_ms })
    }

    /// Shares one of the current learner's reflections with the teacher, or takes it back.
    pub fn share_reflection(&mut self, lesson_uuid: &str, step_uuid: &str, shared: bool) -> Result<()> {
        let learner = self.learner_id()?;
        self.lesson(lesson_uuid)?;
        let step = uuid::Uuid::parse_str(step_uuid).map_err(|_| Error::invalid("not a step id"))?;
        self.db_mut().set_reflection_shared(learner, &step.to_string(), shared)
    }
}
