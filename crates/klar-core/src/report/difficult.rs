//! The scored questions the class most often answers wrongly on the first try.

use crate::app::KlarApp;
use crate::course::RenderContext;
use crate::course::render_markdown;
use crate::error::Result;
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DifficultQuestion {
    pub lesson_uuid: String,
    pub lesson_number: u32,
    pub lesson_title: String,
    pub question_uuid: String,
    /// The question in the current language (sanitized HTML, like the lesson player's).
    pub question_html: String,
    /// Learners whose first answer was wrong.
    pub wrong_count: u32,
    /// Learners who answered.
    pub answered_count: u32,
}

impl KlarApp {
    /// The scored questions most often answered wrongly on the first try, most first (teacher only).
    pub fn difficult_questions(&mut self, limit: usize) -> Result<Vec<DifficultQuestion>> {
        self.require_admin()?;
        let locale = self.locale()?;
        let stats: BTreeMap<String, (i64, i64)> =
            self.storage.answer_stats()?.into_iter().map(|(q, answered, wrong)| (q, (answered, wrong))).collect();
        let mut out = Vec::new();
        for (number, lesson) in self.ready_lessons() {
            for step in lesson.scored_questions() {
                let Some(&(answered, wrong)) = stats.get(&step.uuid.to_string()) else { continue };
                if wrong == 0 {
                    continue;
                }
                let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
                out.push(DifficultQuestion {
                    lesson_uuid: lesson.uuid.to_string(),
                    lesson_number: number,
                    lesson_title: lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_default(),
                    question_uuid: step.uuid.to_string(),
                    question_html: lesson
                        .step_text(&locale, &step.id)
                        .map(|(_, t)| render_markdown(&t.body, ctx))
                        .unwrap_or_default(),
                    wrong_count: wrong as u32,
                    answered_count: answered as u32,
                });
            }
        }
        // Most wrong first; then the larger share wrong; then course order (stable sort).
        out.sort_by(|a, b| {
            b.wrong_count.cmp(&a.wrong_count).then(
                (u64::from(b.wrong_count) * u64::from(a.answered_count))
                    .cmp(&(u64::from(a.wrong_count) * u64::from(b.answered_count))),
            )
        });
        out.truncate(limit);
        Ok(out)
    }
}
