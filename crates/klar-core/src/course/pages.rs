//! A lesson's other pages: the teachers' notes and the printable one-page summary.

use crate::app::KlarApp;
use crate::course::{render_markdown, ReadRole, RenderContext, StepKind};
use crate::error::{OrNotFound, Result};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TeacherNotesView {
    pub lesson_uuid: String,
    pub number: u32,
    pub title: String,
    pub text_locale: String,
    pub html: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TopicView {
    pub code: String,
    pub name: String,
}

/// One printable page per lesson: what it is about, the habit to keep, questions to think about.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LessonSummaryView {
    pub lesson_uuid: String,
    pub number: u32,
    pub title: String,
    pub description: String,
    pub minutes: u32,
    pub topics: Vec<TopicView>,
    pub summary_html: String,
    pub takeaway_html: String,
    pub reflect_prompts_html: Vec<String>,
}

impl KlarApp {
    /// The "for teachers" page of a lesson.
    pub fn teacher_notes(&self, lesson_uuid: &str) -> Result<TeacherNotesView> {
        let locale = self.locale()?;
        let (number, lesson) = self.lesson(lesson_uuid)?;
        let (text_locale, md) = lesson.teacher_notes(&locale).or_not_found("teachers' page")?;
        Ok(TeacherNotesView {
            lesson_uuid: lesson.uuid.to_string(),
            number,
            title: lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_default(),
            text_locale: text_locale.to_string(),
            html: render_markdown(md, RenderContext { lesson_dir: Some(&lesson.dir) }),
        })
    }

    /// The printable one-page summary of a lesson.
    pub fn lesson_summary(&self, lesson_uuid: &str) -> Result<LessonSummaryView> {
        let locale = self.locale()?;
        let (number, lesson) = self.lesson(lesson_uuid)?;
        let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
        let html_of = |role: ReadRole| -> String {
            lesson
                .steps
                .iter()
                .filter(|s| matches!(s.kind, StepKind::Read { role: Some(r) } if r == role))
                .filter_map(|s| lesson.step_text(&locale, &s.id).map(|(_, t)| render_markdown(&t.body, ctx)))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let meta = lesson.meta(&locale);
        Ok(LessonSummaryView {
            lesson_uuid: lesson.uuid.to_string(),
            number,
            title: meta.map(|m| m.title.clone()).unwrap_or_default(),
            description: meta.map(|m| m.description.clone()).unwrap_or_default(),
            minutes: lesson.minutes,
            topics: lesson
                .topics
                .iter()
                .map(|code| TopicView {
                    code: code.clone(),
                    name: self.localizer.message(&locale, &format!("topic-{}", code.to_lowercase()), None),
                })
                .collect(),
            summary_html: html_of(ReadRole::Summary),
            takeaway_html: html_of(ReadRole::Takeaway),
            reflect_prompts_html: lesson
                .steps
                .iter()
                .filter(|s| matches!(s.kind, StepKind::Reflect))
                .filter_map(|s| lesson.step_text(&locale, &s.id).map(|(_, t)| render_markdown(&t.body, ctx)))
                .collect(),
        })
    }

    pub(crate) fn topic_view(&self, locale: &str, code: &str) -> TopicView {
        TopicView {
            code: code.to_string(),
            name: self.localizer.message(locale, &format!("topic-{}", code.to_lowercase()), None),
        }
    }
}
