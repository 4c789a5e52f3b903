//! Everything the teacher view shows, in one reply.

use super::{ClassReport, DifficultQuestion, QuestionCalibration};
use crate::app::KlarApp;
use crate::classroom::{ModeView, SignInOverview};
use crate::error::Result;
use serde::Serialize;
use ts_rs::TS;

/// How many questions the teacher view lists under "difficult questions".
pub const DIFFICULT_LIMIT: usize = 8;

/// Everything the teacher view shows, in one reply: the table, the difficult questions, the
/// device's mode and the failed sign-ins (with who has no picture password or PIN yet).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TeacherOverview {
    pub report: ClassReport,
    pub difficult: Vec<DifficultQuestion>,
    pub mode: ModeView,
    pub sign_ins: SignInOverview,
    /// How sure the class was per scored question, against how it did.
    pub calibration: Vec<QuestionCalibration>,
}

impl KlarApp {
    /// The teacher view's data (teacher only).
    pub fn teacher_overview(&mut self) -> Result<TeacherOverview> {
        Ok(TeacherOverview {
            report: self.class_report()?,
            difficult: self.difficult_questions(DIFFICULT_LIMIT)?,
            mode: self.device_mode()?,
            sign_ins: self.sign_in_overview()?,
            calibration: self.class_calibration()?,
        })
    }
}
