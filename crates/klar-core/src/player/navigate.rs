//! Moving through a lesson: to a step, to its end, and the heartbeat that counts the time spent
//! while a lesson is open.

use crate::app::KlarApp;
use crate::course::LessonCard;
use crate::error::{Error, OrNotFound, Result};
use crate::progress::record_time;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ActivityView {
    #[ts(type = "number")]
    pub seconds_spent: i64,
}

impl KlarApp {
    pub fn goto_step(&mut self, lesson_uuid: &str, step_uuid: &str) -> Result<()> {
        let learner = self.learner_id()?;
        let (_, lesson) = crate::app::find_lesson(&self.course, lesson_uuid)?;
        let step = Uuid::parse_str(step_uuid).map_err(|_| Error::invalid("not a step id"))?;
        lesson.step(step).or_not_found("step")?;
        let key = lesson.uuid.to_string();
        self.db_mut().transact(|db| {
            db.set_position(learner, &key, step_uuid)?;
            record_time(db, learner, &key, false).map(drop)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(())
    }

    /// Marks the lesson done; the reply is the course map with the lesson's new state.
    pub fn complete_lesson(&mut self, lesson_uuid: &str) -> Result<Vec<LessonCard>> {
        let learner = self.learner_id()?;
        let (_, lesson) = crate::app::find_lesson(&self.course, lesson_uuid)?;
        let key = lesson.uuid.to_string();
        self.db_mut().transact(|db| {
            db.complete_lesson(learner, &key)?;
            record_time(db, learner, &key, false).map(drop)
        })?;
        self.last_activity_ms = self.storage.now();
        self.course_overview()
    }

    /// Counts time in a lesson (the shell calls this on interactions and as a heartbeat while the
    /// lesson is visible). Gaps longer than 5 minutes count as 5 minutes.
    pub fn record_activity(&mut self, lesson_uuid: &str) -> Result<ActivityView> {
        let learner = self.learner_id()?;
        let (_, lesson) = self.lesson(lesson_uuid)?;
        let key = lesson.uuid.to_string();
        self.last_activity_ms = self.storage.now();
        Ok(ActivityView { seconds_spent: record_time(self.db_mut(), learner, &key, false)? })
    }
}
