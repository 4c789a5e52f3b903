//! Answering a quiz question: checked in Rust (the UI never has the key), recorded with the
//! first try kept for the score (with how sure the learner was), and the feedback for each chosen
//! option, with the lesson's calibration so far.

use crate::app::KlarApp;
use crate::session::learning_db;
use crate::course::{check_answer, render_markdown, Lesson, QuizSpec, QuizVerdict, RenderContext, StepKind};
use crate::error::{Error, OrNotFound, Result};
use crate::progress::{lesson_calibration, model_lesson_number, record_time, CalibrationView, Confidence};
use crate::storage::AnswerRecord;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FeedbackView {
    pub option: String,
    pub html: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AnswerView {
    pub chosen: Vec<String>,
    pub correct: bool,
    pub first_try_correct: bool,
    #[ts(type = "number")]
    pub attempts: i64,
    /// Feedback for each chosen option, in option order.
    pub feedback: Vec<FeedbackView>,
    pub correct_options: Vec<String>,
    /// How sure the learner said they were before the first try (`None`: not asked).
    pub confidence: Option<Confidence>,
    /// The lesson's calibration after this answer (`None` until a rated answer exists; always
    /// `None` in the answers a freshly opened lesson carries, which has its own).
    pub calibration: Option<CalibrationView>,
}

impl KlarApp {
    /// Checks an answer in Rust and records it; the first try is kept for the score. The first
    /// answer to a scored question needs `confidence` (the learner says how sure they are before
    /// it is checked); it is ignored for later tries and for warm-ups.
    pub fn answer(
        &mut self,
        lesson_uuid: &str,
        question_uuid: &str,
        chosen: Vec<String>,
        confidence: Option<Confidence>,
    ) -> Result<AnswerView> {
        let learner = self.learner_id()?;
        let locale = self.locale()?;
        let (number, lesson) = crate::app::find_lesson(&self.course, lesson_uuid)?;
        let qid = Uuid::parse_str(question_uuid).map_err(|_| Error::invalid("not a question id"))?;
        let step = lesson.step(qid).or_not_found("question")?;
        let StepKind::Quiz(q) = &step.kind else {
            return Err(Error::invalid("this step is not a question"));
        };
        let verdict = check_answer(q, &chosen)?;
        let key = lesson.uuid.to_string();
        let db = learning_db(&self.current, &mut self.guest, &mut self.storage);
        let confidence = if q.scored { confidence } else { None };
        let (rec, answers) = db.transact(|db| {
            if q.scored && confidence.is_none() && db.answer(learner, question_uuid)?.is_none() {
                return Err(Error::invalid("say how sure you are before the first answer is checked"));
            }
            let rec = db.record_answer(learner, &key, question_uuid, &chosen, verdict.correct, confidence)?;
            record_time(db, learner, &key, false)?;
            Ok((rec, db.answers(learner, &key)?))
        })?;
        self.last_activity_ms = self.storage.now();
        let mut view = answer_view(lesson, &locale, &step.id, q, &rec, verdict);
        view.calibration = lesson_calibration(lesson, number, model_lesson_number(&self.course), &answers);
        Ok(view)
    }
}

/// What the learner sees after answering (`rec`, the stored answer): the verdict, feedback for
/// each chosen option (in option order) and, after a right answer, the key.
pub(super) fn answer_view(lesson: &Lesson, locale: &str, step_id: &str, q: &QuizSpec, rec: &AnswerRecord, verdict: QuizVerdict) -> AnswerView {
    let chosen = &rec.last_choice;
    let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
    let text = lesson.step_text(locale, step_id).map(|(_, t)| t);
    let feedback = q
        .options
        .iter()
        .filter(|o| chosen.contains(o))
        .map(|o| FeedbackView {
            option: o.clone(),
            html: render_markdown(text.and_then(|t| t.options.get(o)).map(|t| t.feedback.as_str()).unwrap_or(""), ctx),
        })
        .collect();
    AnswerView {
        chosen: chosen.to_vec(),
        correct: verdict.correct,
        first_try_correct: rec.first_correct,
        attempts: rec.attempts,
        feedback,
        correct_options: verdict.correct_options,
        confidence: rec.first_confidence,
        calibration: None,
    }
}
