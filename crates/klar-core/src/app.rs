//! What the desktop shell calls: one method per user intent, each returning everything the
//! view needs next. Validation and decisions live here, so the shell stays thin and testable.

mod classroom;
#[cfg(test)]
mod commit_tests;
mod data;
mod learner_data;
mod report;
mod session;
mod transfer;

use session::learning_db;

pub use classroom::{
    ActivityView, IdleView, LearnerAttemptsView, ModeView, PictureCard, PictureView, SecretSetView, SignInOverview,
};
pub use learner_data::{CsvFile, LearnerDataExport};
pub use report::{
    ClassReport, DifficultQuestion, TeacherOverview, DIFFICULT_LIMIT, LearnerDetail, LearnerRecord, RecordLesson, ReportCell, ReportLesson, ReportRow,
    SharedReflection,
};
pub use transfer::{
    ExportScope, ImportLearnerPreview, ImportPreview, ImportSummary, PendingImport, PendingImports, IMPORT_PREVIEW_MS,
};

use crate::classroom::{DeviceMode, SecretKind};
use crate::error::{Error, OrNotFound, Result};
use crate::i18n::{self, Localizer};
use crate::course::{
    check_answer, render_markdown, Course, Lesson, LessonEntry, QuizSpec, QuizVerdict, ReadRole, RenderContext, Select,
    StepKind,
};
pub use crate::i18n::{locale_info, LocaleInfo};
use crate::storage::{Learner, Storage};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use ts_rs::TS;
use uuid::Uuid;

/// The built-in pictures a learner can pick.
pub const AVATARS: &[&str] =
    &["sun", "moon", "star", "tree", "flower", "leaf", "fish", "mountain", "wave", "heart", "bolt", "cloud"];

const KEY_LOCALE: &str = "locale";
const KEY_TEXT_SIZE: &str = "text_size";
const KEY_CONTRAST: &str = "high_contrast";
const KEY_MOTION: &str = "reduced_motion";
const KEY_WELCOMED: &str = "welcomed";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TextSize {
    Small,
    Medium,
    Large,
    Xlarge,
}

impl TextSize {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            TextSize::Small => "small",
            TextSize::Medium => "medium",
            TextSize::Large => "large",
            TextSize::Xlarge => "xlarge",
        }
    }
    fn parse(s: &str) -> Self {
        match s {
            "small" => TextSize::Small,
            "large" => TextSize::Large,
            "xlarge" => TextSize::Xlarge,
            _ => TextSize::Medium,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Settings {
    pub locale: String,
    pub locale_info: LocaleInfo,
    pub text_size: TextSize,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

/// Changes to settings; absent fields stay as they are.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct SettingsPatch {
    #[ts(optional)]
    pub locale: Option<String>,
    #[ts(optional)]
    pub text_size: Option<TextSize>,
    #[ts(optional)]
    pub high_contrast: Option<bool>,
    #[ts(optional)]
    pub reduced_motion: Option<bool>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LearnerView {
    #[ts(type = "number")]
    pub id: i64,
    pub display_name: String,
    pub avatar: String,
    pub is_guest: bool,
    /// What the sign-in screen asks for after the name (classroom mode with sign-in turned on).
    pub sign_in: SecretKind,
}

impl From<&Learner> for LearnerView {
    fn from(l: &Learner) -> Self {
        Self {
            id: l.id,
            display_name: l.display_name.clone(),
            avatar: l.avatar.clone(),
            is_guest: l.is_guest,
            sign_in: SecretKind::None,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Bootstrap {
    /// True until a language has been chosen on this PC.
    pub needs_language: bool,
    /// True until the welcome has been seen.
    pub needs_welcome: bool,
    pub settings: Settings,
    pub locales: Vec<LocaleInfo>,
    /// The learners to pick from; always empty in library mode (earlier users stay unseen).
    pub learners: Vec<LearnerView>,
    pub current: Option<LearnerView>,
    pub avatars: Vec<String>,
    pub data_file: Option<String>,
    /// None until the mode has been chosen on this PC (the first-start screen asks for it).
    pub mode: Option<DeviceMode>,
    /// The pictures a picture password is made of.
    pub pictures: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LessonState {
    NotStarted,
    InProgress,
    Done,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LessonCard {
    pub number: u32,
    pub slug: String,
    /// None when the lesson cannot be loaded.
    pub uuid: Option<String>,
    pub title: String,
    pub description: String,
    pub minutes: u32,
    pub topics: Vec<String>,
    pub state: LessonState,
    pub score_correct: u32,
    pub score_total: u32,
    pub unavailable_reason: Option<String>,
    /// The lesson to suggest next: the first one in progress, else the first not started
    /// (at most one card of the course has it).
    pub suggested: bool,
}

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
    pub steps: Vec<StepView>,
    /// Where to resume.
    pub current_index: u32,
    pub completed: bool,
}

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
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SavedView {
    #[ts(type = "number")]
    pub saved_ms: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GlossaryView {
    pub id: String,
    pub term: String,
    pub html: String,
}

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

pub struct KlarApp {
    course: Course,
    storage: Storage,
    localizer: Localizer,
    current: Option<Learner>,
    /// The teacher's session: the time of the last teacher action, None when locked.
    admin_active_ms: Option<i64>,
    /// The signed-in learner's last activity, for the idle rule.
    last_activity_ms: i64,
    /// A guest's learning data: an in-memory database, gone with the session (see `session`).
    guest: Option<Storage>,
    /// Personal settings that belong to the session, not the device (guests, library PCs).
    session_settings: BTreeMap<&'static str, String>,
    /// Bumped at every change of person; the lab resets when it sees a new value.
    session_epoch: u64,
}

impl KlarApp {
    /// Starts a session: guests left over from a crash are wiped first.
    pub fn new(course: Course, mut storage: Storage) -> Result<Self> {
        storage.delete_guests()?;
        let now = storage.now();
        Ok(Self {
            course,
            storage,
            localizer: Localizer::embedded(),
            current: None,
            admin_active_ms: None,
            last_activity_ms: now,
            guest: None,
            session_settings: BTreeMap::new(),
            session_epoch: 0,
        })
    }

    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    /// Locales offered in the language picker: those with UI strings and the course's required ones.
    pub fn offered_locales(&self) -> Vec<LocaleInfo> {
        i18n::locales::known_locales()
            .filter(|l| {
                self.localizer.locales().any(|have| have == *l)
                    || self.course.required_locales.iter().any(|r| r == l)
                    || (*l == "de-x-ls" && self.localizer.locales().any(|have| have == "de"))
            })
            .map(locale_info)
            .collect()
    }

    pub fn locale(&self) -> Result<String> {
        Ok(self.personal_setting(KEY_LOCALE)?.unwrap_or_else(|| "en".into()))
    }

    pub fn settings(&self) -> Result<Settings> {
        let locale = self.locale()?;
        let flag = |k: &str| -> Result<bool> { Ok(self.personal_setting(k)?.as_deref() == Some("1")) };
        Ok(Settings {
            locale_info: locale_info(&locale),
            locale,
            text_size: TextSize::parse(self.personal_setting(KEY_TEXT_SIZE)?.as_deref().unwrap_or("medium")),
            high_contrast: flag(KEY_CONTRAST)?,
            reduced_motion: flag(KEY_MOTION)?,
        })
    }

    /// Everything the first screen needs. `os_locale` preselects the language on first start.
    pub fn bootstrap(&mut self, os_locale: &str) -> Result<Bootstrap> {
        // A session left alone past its idle time ends before anyone sees it again.
        if self.current.is_some() {
            if let Err(e) = self.learner_id() {
                if e.code() != crate::ErrorCode::SessionExpired {
                    return Err(e);
                }
            }
        }
        let chosen = self.personal_setting(KEY_LOCALE)?;
        let mut settings = self.settings()?;
        if chosen.is_none() {
            let pre = i18n::negotiate(os_locale);
            let pre = if self.offered_locales().iter().any(|l| l.code == pre) { pre } else { "en" };
            settings.locale = pre.to_string();
            settings.locale_info = locale_info(pre);
        }
        Ok(Bootstrap {
            needs_language: chosen.is_none(),
            needs_welcome: self.storage.setting(KEY_WELCOMED)?.is_none(),
            settings,
            locales: self.offered_locales(),
            learners: self.start_screen_learners()?,
            current: self.current.as_ref().map(LearnerView::from),
            avatars: AVATARS.iter().map(|s| s.to_string()).collect(),
            data_file: self.storage.path().map(|p| p.display().to_string()),
            mode: self.mode()?,
            pictures: crate::classroom::PICTURES.iter().map(|s| s.to_string()).collect(),
        })
    }

    /// Changes settings: the device's, or only the session's for a guest and on a library PC.
    pub fn update_settings(&mut self, patch: SettingsPatch) -> Result<Settings> {
        self.apply_settings(&patch)?;
        self.settings()
    }

    pub fn mark_welcomed(&mut self) -> Result<()> {
        self.storage.set_setting(KEY_WELCOMED, "1")
    }

    /// A new named learner. At home the new learner is signed in at once; in a classroom only the
    /// teacher adds learners to the class list (and stays the teacher); a library has guests only.
    pub fn create_learner(&mut self, name: &str, avatar: &str) -> Result<LearnerView> {
        if !AVATARS.contains(&avatar) {
            return Err(Error::invalid("unknown picture"));
        }
        let mode = self.mode()?;
        match mode {
            Some(DeviceMode::Library) => {
                return Err(Error::NotAllowedInMode("a public-library PC has guest sessions only".into()))
            }
            Some(DeviceMode::Classroom) => self.require_admin()?,
            Some(DeviceMode::Personal) | None => {}
        }
        let l = self.storage.create_learner(name, avatar, false)?;
        if mode != Some(DeviceMode::Classroom) {
            self.begin_session(l.clone());
        }
        Ok(LearnerView::from(&l))
    }

    /// Picks a learner without a secret; the same as `sign_in(id, None)`.
    pub fn select_learner(&mut self, id: i64) -> Result<LearnerView> {
        self.sign_in(id, None)
    }

    /// Deletes a learner and everything stored about them. At home anyone may; in a classroom only
    /// the teacher; in a library the guest themself or the admin.
    pub fn delete_learner(&mut self, id: i64) -> Result<()> {
        self.require_may_delete(id)?;
        if self.current.as_ref().is_some_and(|c| c.id == id && c.is_guest) {
            // A guest's data is only in the session's memory store: ending it deletes it all.
            return self.sign_out();
        }
        self.storage.delete_learner(id)?;
        if self.current.as_ref().is_some_and(|c| c.id == id) {
            self.end_session();
        }
        Ok(())
    }

    /// Classifier drawings the learner chose to keep under `key` (a demo preset).
    pub fn save_drawings(&mut self, key: &str, data: &str) -> Result<()> {
        let id = self.learner_id()?;
        self.db_mut().save_drawings(id, key, data)
    }

    pub fn drawings(&mut self, key: &str) -> Result<Option<String>> {
        let id = self.learner_id()?;
        self.db().drawings(id, key)
    }

    pub fn delete_drawings(&mut self, key: &str) -> Result<()> {
        let id = self.learner_id()?;
        self.db_mut().delete_drawings(id, key)
    }

    fn lesson(&self, uuid: &str) -> Result<(u32, &Lesson)> {
        find_lesson(&self.course, uuid)
    }

    pub fn course_overview(&mut self) -> Result<Vec<LessonCard>> {
        let locale = self.locale()?;
        let learner = if self.current.is_some() { Some(self.learner_id()?) } else { None };
        let progress = match learner {
            Some(id) => self.db().all_progress(id)?,
            None => BTreeMap::new(),
        };
        let right_first_time = match learner {
            Some(id) => self.db().first_try_correct_questions(id)?,
            None => Default::default(),
        };
        let mut cards = Vec::new();
        for (i, entry) in self.course.lessons.iter().enumerate() {
            let number = i as u32 + 1;
            let card = match entry {
                LessonEntry::Ready(l) => {
                    let meta = l.meta(&locale);
                    let key = l.uuid.to_string();
                    let state = match progress.get(&key) {
                        Some(p) if p.completed_ms.is_some() => LessonState::Done,
                        Some(_) => LessonState::InProgress,
                        None => LessonState::NotStarted,
                    };
                    LessonCard {
                        number,
                        slug: l.slug.clone(),
                        uuid: Some(key.clone()),
                        title: meta.map(|m| m.title.clone()).unwrap_or_else(|| l.slug.clone()),
                        description: meta.map(|m| m.description.clone()).unwrap_or_default(),
                        minutes: l.minutes,
                        topics: l.topics.clone(),
                        state,
                        // Only scored questions count: a warm-up is "right" whatever the learner picks.
                        score_correct: l
                            .scored_questions()
                            .filter(|s| right_first_time.contains(&s.uuid.to_string()))
                            .count() as u32,
                        score_total: l.scored_questions().count() as u32,
                        unavailable_reason: None,
                        suggested: false,
                    }
                }
                LessonEntry::Unavailable { slug, reason } => LessonCard {
                    number,
                    slug: slug.clone(),
                    uuid: None,
                    title: slug.clone(),
                    description: String::new(),
                    minutes: 0,
                    topics: Vec::new(),
                    state: LessonState::NotStarted,
                    score_correct: 0,
                    score_total: 0,
                    unavailable_reason: Some(reason.clone()),
                    suggested: false,
                },
            };
            cards.push(card);
        }
        // The same rule as the course map's buttons: only a lesson that opens can be suggested.
        let open_in = |state: LessonState| {
            cards.iter().position(|c| c.uuid.is_some() && c.unavailable_reason.is_none() && c.state == state)
        };
        if let Some(i) = open_in(LessonState::InProgress).or_else(|| open_in(LessonState::NotStarted)) {
            cards[i].suggested = true;
        }
        Ok(cards)
    }

    pub fn open_lesson(&mut self, lesson_uuid: &str) -> Result<LessonView> {
        let learner = self.learner_id()?;
        let locale = self.locale()?;
        let (number, lesson) = self.lesson(lesson_uuid)?;
        let key = lesson.uuid.to_string();
        let answers: BTreeMap<String, _> =
            self.db().answers(learner, &key)?.into_iter().map(|a| (a.question_uuid.clone(), a)).collect();
        let reflections: BTreeMap<String, _> =
            self.db().reflections(learner, &key)?.into_iter().map(|r| (r.step_uuid.clone(), r)).collect();
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
                        answer_view(lesson, &locale, &step.id, q, &a.last_choice, verdict, a.first_correct, a.attempts)
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
                StepKind::Demo { demo, preset } => {
                    let settings = self
                        .course
                        .presets
                        .get(demo)
                        .and_then(|p| p.get(preset))
                        .and_then(|t| serde_json::to_value(t).ok())
                        .unwrap_or_else(|| serde_json::Value::Object(Default::default()));
                    StepBody::Demo { demo: demo.clone(), preset: preset.clone(), task_html: render(&text.body), settings }
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
            steps,
            current_index,
            completed: progress.as_ref().is_some_and(|p| p.completed_ms.is_some()),
        };
        self.db_mut().transact(|db| {
            if let (None, Some(first)) = (progress, first_step) {
                db.set_position(learner, &key, &first)?;
            }
            // Opening starts a new stretch of time in the lesson; the time before it was spent elsewhere.
            db.record_activity(learner, &key, true)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(view)
    }

    pub fn goto_step(&mut self, lesson_uuid: &str, step_uuid: &str) -> Result<()> {
        let learner = self.learner_id()?;
        let (_, lesson) = find_lesson(&self.course, lesson_uuid)?;
        let step = Uuid::parse_str(step_uuid).map_err(|_| Error::invalid("not a step id"))?;
        lesson.step(step).or_not_found("step")?;
        let key = lesson.uuid.to_string();
        self.db_mut().transact(|db| {
            db.set_position(learner, &key, step_uuid)?;
            db.record_activity(learner, &key, false)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(())
    }

    /// Checks an answer in Rust and records it; the first try is kept for the score.
    pub fn answer(&mut self, lesson_uuid: &str, question_uuid: &str, chosen: Vec<String>) -> Result<AnswerView> {
        let learner = self.learner_id()?;
        let locale = self.locale()?;
        let (_, lesson) = find_lesson(&self.course, lesson_uuid)?;
        let qid = Uuid::parse_str(question_uuid).map_err(|_| Error::invalid("not a question id"))?;
        let step = lesson.step(qid).or_not_found("question")?;
        let StepKind::Quiz(q) = &step.kind else {
            return Err(Error::invalid("this step is not a question"));
        };
        let verdict = check_answer(q, &chosen)?;
        let key = lesson.uuid.to_string();
        let db = learning_db(&self.current, &mut self.guest, &mut self.storage);
        let rec = db.transact(|db| {
            let rec = db.record_answer(learner, &key, question_uuid, &chosen, verdict.correct)?;
            db.record_activity(learner, &key, false)?;
            Ok(rec)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(answer_view(lesson, &locale, &step.id, q, &chosen, verdict, rec.first_correct, rec.attempts))
    }

    pub fn save_reflection(&mut self, lesson_uuid: &str, step_uuid: &str, text: &str) -> Result<SavedView> {
        let learner = self.learner_id()?;
        let (_, lesson) = find_lesson(&self.course, lesson_uuid)?;
        let sid = Uuid::parse_str(step_uuid).map_err(|_| Error::invalid("not a step id"))?;
        let step = lesson.step(sid).or_not_found("step")?;
        if !matches!(step.kind, StepKind::Reflect) {
            return Err(Error::invalid("this step does not take a reflection"));
        }
        let key = lesson.uuid.to_string();
        let rec = self.db_mut().transact(|db| {
            let rec = db.save_reflection(learner, &key, step_uuid, text)?;
            db.record_activity(learner, &key, false)?;
            Ok(rec)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(SavedView { saved_ms: rec.updated_ms })
    }

    /// Marks the lesson done; the reply is the course map with the lesson's new state.
    pub fn complete_lesson(&mut self, lesson_uuid: &str) -> Result<Vec<LessonCard>> {
        let learner = self.learner_id()?;
        let (_, lesson) = find_lesson(&self.course, lesson_uuid)?;
        let key = lesson.uuid.to_string();
        self.db_mut().transact(|db| {
            db.complete_lesson(learner, &key)?;
            db.record_activity(learner, &key, false)
        })?;
        self.last_activity_ms = self.storage.now();
        self.course_overview()
    }

    pub fn glossary(&self, term: &str) -> Result<GlossaryView> {
        let locale = self.locale()?;
        let entry = i18n::fallback_chain(&locale)
            .into_iter()
            .find_map(|l| self.course.glossary.get(l).and_then(|g| g.get(term)))
            .or_not_found(format_args!("glossary term {term}"))?;
        Ok(GlossaryView {
            id: term.to_string(),
            term: entry.term.clone(),
            html: render_markdown(&entry.body, RenderContext::default()),
        })
    }

    /// Every glossary term in the current language (falling back per term), in file order.
    pub fn glossary_all(&self) -> Result<Vec<GlossaryView>> {
        let ids: Vec<&String> = self.course.glossary.get(&self.course.source_locale).map(|g| g.keys().collect()).unwrap_or_default();
        ids.into_iter().map(|id| self.glossary(id)).collect()
    }

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

    /// A learner-facing message for an error, in the current language.
    /// Any message in the learner's language, for texts other crates define (the lab's errors).
    pub fn localized(&self, id: &str, args: &[(&str, MessageArg)]) -> String {
        let locale = self.locale().unwrap_or_else(|_| "en".into());
        let mut fa = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            match v {
                MessageArg::Text(t) => fa.set(*k, t.clone()),
                MessageArg::Number(n) => fa.set(*k, *n),
            }
        }
        self.localizer.message(&locale, id, Some(&fa))
    }

    pub fn error_message(&self, e: &Error) -> String {
        let locale = self.locale().unwrap_or_else(|_| "en".into());
        localized_error(&self.localizer, &locale, e)
    }
}

/// What the learner sees after answering: the verdict, feedback for each chosen option (in option
/// order) and, after a right answer, the key.
fn answer_view(lesson: &Lesson, locale: &str, step_id: &str, q: &QuizSpec, chosen: &[String], verdict: QuizVerdict, first_try_correct: bool, attempts: i64) -> AnswerView {
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
        first_try_correct,
        attempts,
        feedback,
        correct_options: verdict.correct_options,
    }
}

/// A loadable lesson by its uuid, with its number in the course.
fn find_lesson<'c>(course: &'c Course, uuid: &str) -> Result<(u32, &'c Lesson)> {
    let uuid = Uuid::parse_str(uuid).map_err(|_| Error::invalid("not a lesson id"))?;
    course
        .lessons
        .iter()
        .enumerate()
        .find_map(|(i, e)| match e {
            LessonEntry::Ready(l) if l.uuid == uuid => Some((i as u32 + 1, l.as_ref())),
            _ => None,
        })
        .or_not_found(format_args!("lesson {uuid}"))
}

/// An argument of [`KlarApp::localized`].
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    Text(String),
    Number(f64),
}

/// The learner-facing text for `e` in `locale`.
pub fn localized_error(l: &Localizer, locale: &str, e: &Error) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("detail", e.to_string());
    if let Some(n) = e.count() {
        args.set("count", n);
    }
    l.message(locale, e.message_id(), Some(&args))
}

/// The system's language as Klar would choose it, for screens shown before the data file is open
/// (a start-up error, the restore screen).
pub fn os_locale_info(os_locale: &str) -> LocaleInfo {
    locale_info(i18n::negotiate(os_locale))
}

/// The default place for the data file inside the OS's local app-data folder.
pub fn data_file_in(dir: &std::path::Path) -> PathBuf {
    dir.join("klar.sqlite")
}
