//! The class's calibration per scored question, for the teacher: how many learners answered it
//! first sure / thinking so / guessing, and how many of each were right.

use crate::app::KlarApp;
use crate::course::LessonEntry;
use crate::error::Result;
use crate::progress::CalibrationCounts;
use serde::Serialize;
use ts_rs::TS;

/// One scored question's calibration across the named learners (guests excluded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct QuestionCalibration {
    pub lesson_uuid: String,
    pub lesson_number: u32,
    pub question_uuid: String,
    /// The question's place among the lesson's scored questions, from 1.
    pub question_number: u32,
    pub counts: CalibrationCounts,
}

impl KlarApp {
    /// Every scored question that some learner rated, in course order (teacher only). Answers
    /// given before Klar asked how sure the learner was are not counted.
    pub fn class_calibration(&mut self) -> Result<Vec<QuestionCalibration>> {
        self.require_admin()?;
        let stats = self.storage.calibration_stats()?;
        let mut out = Vec::new();
        for (i, entry) in self.course.lessons.iter().enumerate() {
            let LessonEntry::Ready(lesson) = entry else { continue };
            for (k, step) in lesson.scored_questions().enumerate() {
                let question_uuid = step.uuid.to_string();
                let Some(counts) = stats.get(&question_uuid) else { continue };
                out.push(QuestionCalibration {
                    lesson_uuid: lesson.uuid.to_string(),
                    lesson_number: i as u32 + 1,
                    question_uuid,
                    question_number: k as u32 + 1,
                    counts: *counts,
                });
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::app::KlarApp;
    use crate::classroom::DeviceMode;
    use crate::clock::FixedClock;
    use crate::course::{load_course, StepKind};
    use crate::progress::{CalibrationCounts, Confidence};
    use crate::storage::Storage;
    use crate::{ErrorCode, Result};
    use std::path::Path;
    use std::sync::Arc;

    /// A question's uuid, its right answer and a wrong option.
    type Question = (String, Vec<String>, String);

    /// The scored questions of lesson `n` (1-based) with the lesson's uuid.
    fn questions(app: &KlarApp, n: usize) -> Result<(String, Vec<Question>)> {
        let crate::course::LessonEntry::Ready(lesson) = &app.course.lessons[n - 1] else {
            return Err(crate::Error::invalid("lesson unavailable"));
        };
        let mut out = Vec::new();
        for step in lesson.scored_questions() {
            let StepKind::Quiz(q) = &step.kind else { continue };
            let wrong = q.options.iter().find(|o| !q.correct.contains(o)).cloned().unwrap_or_default();
            out.push((step.uuid.to_string(), q.correct.clone(), wrong));
        }
        Ok((lesson.uuid.to_string(), out))
    }

    #[test]
    fn the_teacher_sees_per_question_how_sure_the_class_was_and_guests_do_not_count() -> Result<()> {
        let course = load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).course;
        let mut app = KlarApp::new(course, Storage::open_in_memory(Arc::new(FixedClock::new(1_760_000_000_000)))?)?;
        app.choose_mode(DeviceMode::Classroom, Some("246813".into()))?;
        app.set_class_sign_in(false)?;
        let ada = app.create_learner("Ada", "sun")?;
        let ben = app.create_learner("Ben", "moon")?;
        app.sign_out()?;
        let (lesson, qs) = questions(&app, 6)?;
        let [(q1, right1, wrong1), (q2, right2, _), ..] = qs.as_slice() else {
            return Err(crate::Error::invalid("lesson 6 has fewer than two scored questions"));
        };

        app.sign_in(ada.id, None)?;
        app.open_lesson(&lesson)?;
        app.answer(&lesson, q1, vec![wrong1.clone()], Some(Confidence::Sure))?;
        app.answer(&lesson, q1, right1.clone(), None)?;
        app.answer(&lesson, q2, right2.clone(), Some(Confidence::Guess))?;
        app.sign_out()?;
        app.sign_in(ben.id, None)?;
        app.open_lesson(&lesson)?;
        app.answer(&lesson, q1, right1.clone(), Some(Confidence::Sure))?;
        assert_eq!(app.class_calibration().map_err(|e| e.code()), Err(ErrorCode::AdminRequired), "learners do not see it");
        app.sign_out()?;
        app.start_guest()?;
        app.open_lesson(&lesson)?;
        app.answer(&lesson, q1, vec![wrong1.clone()], Some(Confidence::Think))?;
        app.sign_out()?;

        app.admin_unlock("246813")?;
        let class = app.class_calibration()?;
        assert_eq!(class.len(), 2, "{class:?}");
        assert_eq!((class[0].question_uuid.as_str(), class[0].lesson_number, class[0].question_number), (q1.as_str(), 6, 1));
        assert_eq!(class[0].counts, CalibrationCounts { sure_right: 1, sure_wrong: 1, ..Default::default() });
        assert_eq!((class[1].question_uuid.as_str(), class[1].question_number), (q2.as_str(), 2));
        assert_eq!(class[1].counts, CalibrationCounts { guess_right: 1, ..Default::default() });
        assert_eq!(app.teacher_overview()?.calibration, class, "the teacher view carries it");
        Ok(())
    }
}
