//! One learner for the teacher: every lesson's cell with the question results and the shared
//! reflections, and the printable record of completed lessons.

use super::table::{minutes, ReportCell, ReportLesson};
use crate::app::KlarApp;
use crate::course::TopicView;
use crate::learners::LearnerView;
use crate::course::{render_markdown, RenderContext, StepKind};
use crate::error::Result;
use crate::i18n::ids;
use crate::progress::LessonState;
use crate::storage::ReflectionScope;
use serde::Serialize;
use std::collections::BTreeSet;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct QuestionResult {
    pub question_uuid: String,
    /// The question in the current language (sanitized HTML, like the lesson player's).
    pub question_html: String,
    /// The options chosen on the first try, in the current language (sanitized HTML).
    pub first_choice_html: Vec<String>,
    pub first_try_correct: bool,
    /// Whether the latest try was right (after a wrong first try, the learner may have found it).
    pub last_correct: bool,
    #[ts(type = "number")]
    pub attempts: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LessonDetail {
    pub lesson: ReportLesson,
    pub cell: ReportCell,
    #[ts(type = "number | null")]
    pub started_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub completed_ms: Option<i64>,
    pub questions: Vec<QuestionResult>,
}

/// A reflection the learner chose to share with the teacher.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SharedReflection {
    pub lesson_uuid: String,
    pub lesson_number: u32,
    pub step_uuid: String,
    pub prompt_html: String,
    pub text: String,
    #[ts(type = "number")]
    pub updated_ms: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LearnerDetail {
    pub learner: LearnerView,
    pub lessons: Vec<LessonDetail>,
    /// Only reflections the learner shared; the others stay private.
    pub shared_reflections: Vec<SharedReflection>,
    pub lessons_done: u32,
    #[ts(type = "number")]
    pub seconds_spent: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecordLesson {
    pub number: u32,
    pub title: String,
    #[ts(type = "number")]
    pub completed_ms: i64,
    pub minutes: u32,
    pub topics: Vec<TopicView>,
}

/// The printable record of a learner's completed lessons (evidence of AI-literacy training).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LearnerRecord {
    pub title: String,
    pub learner_name: String,
    /// The PC's or school's name, if the teacher set one.
    pub device_name: Option<String>,
    #[ts(type = "number")]
    pub issued_ms: i64,
    pub lessons: Vec<RecordLesson>,
    pub lessons_done: u32,
    pub lessons_total: u32,
    pub total_minutes: u32,
    /// Every topic the completed lessons cover, in curriculum order.
    pub topics_covered: Vec<TopicView>,
    /// One sentence naming Article 4 of the EU AI Act.
    pub statement: String,
}

impl KlarApp {
    /// One learner's page for the teacher: every lesson's cell, question results and the
    /// reflections the learner shared (teacher only).
    pub fn learner_detail(&mut self, id: i64) -> Result<LearnerDetail> {
        self.require_admin()?;
        let locale = self.locale()?;
        let learner = self.storage.learner(id)?;
        let data = self.report_data(id)?;
        let shared = self.storage.reflections_of(id, ReflectionScope::SharedOnly)?;
        let mut lessons = Vec::new();
        let mut shared_reflections = Vec::new();
        for ((number, lesson), info) in self.ready_lessons().zip(self.report_lessons(&locale)) {
            let key = lesson.uuid.to_string();
            let progress = data.progress.iter().find(|p| p.lesson_uuid == key);
            let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
            let questions = lesson
                .scored_questions()
                .filter_map(|s| data.answers.iter().find(|a| a.question_uuid == s.uuid.to_string()).map(|a| (s, a)))
                .map(|(s, a)| {
                    let text = lesson.step_text(&locale, &s.id).map(|(_, t)| t);
                    QuestionResult {
                        question_uuid: a.question_uuid.clone(),
                        question_html: text.map(|t| render_markdown(&t.body, ctx)).unwrap_or_default(),
                        first_choice_html: a
                            .first_choice
                            .iter()
                            .filter_map(|o| text.and_then(|t| t.options.get(o)))
                            .map(|o| render_markdown(&o.text, ctx))
                            .collect(),
                        first_try_correct: a.first_correct,
                        last_correct: a.last_correct,
                        attempts: a.attempts,
                    }
                })
                .collect();
            lessons.push(LessonDetail {
                cell: self.report_cell(&locale, lesson, &data),
                lesson: info,
                started_ms: progress.map(|p| p.started_ms),
                completed_ms: progress.and_then(|p| p.completed_ms),
                questions,
            });
            for step in lesson.steps.iter().filter(|s| matches!(s.kind, StepKind::Reflect)) {
                // `shared` holds shared reflections only.
                let Some(r) = shared.iter().find(|r| r.step_uuid == step.uuid.to_string()) else { continue };
                shared_reflections.push(SharedReflection {
                    lesson_uuid: key.clone(),
                    lesson_number: number,
                    step_uuid: r.step_uuid.clone(),
                    prompt_html: lesson
                        .step_text(&locale, &step.id)
                        .map(|(_, t)| render_markdown(&t.body, ctx))
                        .unwrap_or_default(),
                    text: r.body.clone(),
                    updated_ms: r.updated_ms,
                });
            }
        }
        Ok(LearnerDetail {
            learner: self.learner_view(&learner)?,
            lessons_done: lessons.iter().filter(|l| l.cell.state == LessonState::Done).count() as u32,
            seconds_spent: lessons.iter().map(|l| l.cell.seconds_spent).sum(),
            lessons,
            shared_reflections,
        })
    }

    /// The printable record of completed lessons with their topic codes (the learner themself or
    /// the teacher).
    pub fn learner_record(&mut self, id: i64) -> Result<LearnerRecord> {
        self.require_self_or_admin(id)?;
        let locale = self.locale()?;
        let learner = self.storage.learner(id)?;
        let data = self.report_data(id)?;
        let mut lessons = Vec::new();
        let mut codes = BTreeSet::new();
        let mut lessons_total = 0;
        for (number, lesson) in self.ready_lessons() {
            lessons_total += 1;
            let key = lesson.uuid.to_string();
            let Some(p) = data.progress.iter().find(|p| p.lesson_uuid == key) else { continue };
            let Some(completed_ms) = p.completed_ms else { continue };
            codes.extend(lesson.topics.iter().cloned());
            lessons.push(RecordLesson {
                number,
                title: lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_else(|| lesson.slug.clone()),
                completed_ms,
                minutes: minutes(p.seconds_spent),
                topics: lesson.topics.iter().map(|c| self.topic_view(&locale, c)).collect(),
            });
        }
        let topics_covered = crate::course::topic_codes()
            .iter()
            .filter(|c| codes.contains(**c))
            .map(|c| self.topic_view(&locale, c))
            .collect();
        let lessons_done = lessons.len() as u32;
        let total_minutes = lessons.iter().map(|l| l.minutes).sum();
        Ok(LearnerRecord {
            title: self.localizer.message(&locale, ids::RECORD_TITLE, None),
            statement: self.msg(
                &locale,
                ids::RECORD_STATEMENT,
                &[("name", learner.display_name.as_str().into()), ("count", lessons_done.into())],
            ),
            learner_name: learner.display_name,
            device_name: self.storage.setting(crate::classroom::KEY_DEVICE_NAME)?,
            issued_ms: self.storage.now(),
            lessons,
            lessons_done,
            lessons_total,
            total_minutes,
            topics_covered,
        })
    }
}
