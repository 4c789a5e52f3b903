//! Opening a lesson: every step rendered in the learner's language, with what they answered and
//! wrote before, and where to resume.

use super::answer::{answer_view, AnswerView};
use super::demo::DemoLoopView;
use crate::app::KlarApp;
use crate::course::{presets, render_markdown, QuizVerdict, ReadRole, RenderContext, Select, StepKind};
use crate::error::{Error, Result};
use crate::progress::{lesson_calibration, model_lesson_number, record_time, CalibrationView};
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OptionView {
    pub id: String,
    pub html: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum StepBody {
    Read { role: Option<String>, html: String },
    Quiz { question_html: String, multiple: bool, scored: bool, options: Vec<OptionView>, answer: Option<AnswerView> },
    Reflect {
        prompt_html: String,
        text: String,
        #[ts(type = "number | null")]
        saved_ms: Option<i64>,
        /// Shared with the teacher (classroom mode); private otherwise.
        shared: bool,
    },
    Demo {
        demo: String,
        preset: String,
        task_html: String,
        /// The preset's settings from lessons/presets/*.toml, as JSON.
        #[ts(type = "Record<string, unknown>")]
        settings: serde_json::Value,
        /// The same preset in the learner's language, for the multilingual model (None: the
        /// demo runs in English only).
        #[ts(type = "Record<string, unknown> | null")]
        settings_multilingual: Option<serde_json::Value>,
        /// The question before the run and its options.
        predict_html: String,
        predict_options: Vec<OptionView>,
        /// The question after the run, with `{ name }` where the learner's own values go.
        debrief_html: String,
        /// What the learner expected and saw so far.
        #[serde(rename = "loop")]
        demo_loop: DemoLoopView,
    },
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StepView {
    pub uuid: String,
    pub id: String,
    /// The locale the text came from (differs from the chosen one when a step falls back).
    pub text_locale: String,
    pub body: StepBody,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LessonView {
    pub uuid: String,
    pub number: u32,
    pub title: String,
    pub minutes: u32,
    /// Year and month the facts were last checked ("2026-12"); the Sources step shows it, the UI
    /// names the month in the learner's language.
    pub facts_checked: Option<String>,
    pub steps: Vec<StepView>,
    /// Where to resume.
    pub current_index: u32,
    pub completed: bool,
    /// How sure the learner was against how they did, for the lesson's end (`None` before any
    /// rated answer).
    pub calibration: Option<CalibrationView>,
}

impl KlarApp {
    pub fn open_lesson(&mut self, lesson_uuid: &str) -> Result<LessonView> {
        let learner = self.learner_id()?;
        let locale = self.locale()?;
        let (number, lesson) = self.lesson(lesson_uuid)?;
        let key = lesson.uuid.to_string();
        let answers: BTreeMap<String, _> =
            self.db().answers(learner, &key)?.into_iter().map(|a| (a.question_uuid.clone(), a)).collect();
        let reflections: BTreeMap<String, _> =
            self.db().reflections(learner, &key)?.into_iter().map(|r| (r.step_uuid.clone(), r)).collect();
        let demo_records: BTreeMap<String, _> =
            self.db().demo_records(learner, &key)?.into_iter().map(|r| (r.step_uuid.clone(), r)).collect();
        let progress = self.db().lesson_progress(learner, &key)?;
        let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
        let render = |md: &str| render_markdown(md, ctx);
        let mut steps = Vec::new();
        for step in &lesson.steps {
            let (text_locale, text) = lesson
                .step_text(&locale, &step.id)
                .ok_or_else(|| Error::LessonUnavailable(format!("step '{}' has no text", step.id)))?;
            let body = match &step.kind {
                StepKind::Read { role } => StepBody::Read {
                    role: role.map(|r| match r {
                        ReadRole::Summary => "summary".to_string(),
                        ReadRole::Takeaway => "takeaway".to_string(),
                        ReadRole::Sources => "sources".to_string(),
                    }),
                    html: render(&text.body),
                },
                StepKind::Quiz(q) => {
                    let answer = answers.get(&step.uuid.to_string()).map(|a| {
                        let verdict = QuizVerdict::judged(q, a.last_correct);
                        answer_view(lesson, &locale, &step.id, q, a, verdict)
                    });
                    StepBody::Quiz {
                        question_html: render(&text.body),
                        multiple: q.select == Select::Multiple,
                        scored: q.scored,
                        options: q
                            .options
                            .iter()
                            .map(|o| OptionView {
                                id: o.clone(),
                                html: render(text.options.get(o).map(|t| t.text.as_str()).unwrap_or("")),
                            })
                            .collect(),
                        answer,
                    }
                }
                StepKind::Reflect => {
                    let saved = reflections.get(&step.uuid.to_string());
                    StepBody::Reflect {
                        prompt_html: render(&text.body),
                        text: saved.map(|r| r.body.clone()).unwrap_or_default(),
                        saved_ms: saved.map(|r| r.updated_ms),
                        shared: saved.is_some_and(|r| r.shared),
                    }
                }
                StepKind::Demo { demo, preset, predict } => {
                    let table = self.course.presets.get(demo).and_then(|p| p.get(preset));
                    let settings = table.map(presets::english).unwrap_or_else(|| serde_json::Value::Object(Default::default()));
                    let settings_multilingual = table.and_then(|t| presets::for_locale(t, &locale));
                    StepBody::Demo {
                        demo: demo.clone(),
                        preset: preset.clone(),
                        task_html: render(&text.body),
                        settings,
                        settings_multilingual,
                        predict_html: render(text.predict.as_ref().map(|p| p.text.as_str()).unwrap_or("")),
                        predict_options: predict
                            .iter()
                            .map(|o| OptionView { id: o.clone(), html: render(text.options.get(o).map(|t| t.text.as_str()).unwrap_or("")) })
                            .collect(),
                        debrief_html: render(text.debrief.as_ref().map(|d| d.text.as_str()).unwrap_or("")),
                        demo_loop: DemoLoopView::from_row(demo_records.get(&step.uuid.to_string())),
                    }
                }
            };
            steps.push(StepView { uuid: step.uuid.to_string(), id: step.id.clone(), text_locale: text_locale.to_string(), body });
        }
        let current_index = progress
            .as_ref()
            .and_then(|p| p.current_step_uuid.as_deref())
            .and_then(|s| lesson.steps.iter().position(|st| st.uuid.to_string() == s))
            .unwrap_or(0) as u32;
        let first_step = lesson.steps.first().map(|s| s.uuid.to_string());
        let view = LessonView {
            uuid: key.clone(),
            number,
            title: lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_default(),
            minutes: lesson.minutes,
            facts_checked: lesson.facts_checked.map(|f| f.to_string()),
            steps,
            current_index,
            completed: progress.as_ref().is_some_and(|p| p.completed_ms.is_some()),
            calibration: lesson_calibration(lesson, number, model_lesson_number(&self.course), &answers.into_values().collect::<Vec<_>>()),
        };
        self.db_mut().transact(|db| {
            if let (None, Some(first)) = (progress, first_step) {
                db.set_position(learner, &key, &first)?;
            }
            // Opening starts a new stretch of time in the lesson; the time before it was spent elsewhere.
            record_time(db, learner, &key, true).map(drop)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(view)
    }
}
