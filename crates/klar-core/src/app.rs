//! What the desktop shell calls: one method per user intent, each returning everything the
//! view needs next. Validation and decisions live here, so the shell stays thin and testable.

mod classroom;
mod data;
mod learner_data;
mod report;
mod session;
mod transfer;

pub(crate) use session::learning_db;
pub use crate::player::{ActivityView, AnswerView, FeedbackView, LessonView, OptionView, SavedView, StepBody, StepView};
pub use crate::progress::LessonState;

pub use classroom::{
    IdleView, LearnerAttemptsView, ModeView, PictureCard, PictureView, SecretSetView, SignInOverview,
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
use crate::course::{render_markdown, Course, Lesson, LessonEntry, ReadRole, RenderContext, StepKind};
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
    pub(crate) course: Course,
    pub(crate) storage: Storage,
    pub(crate) localizer: Localizer,
    pub(crate) current: Option<Learner>,
    /// The teacher's session: the time of the last teacher action, None when locked.
    pub(crate) admin_active_ms: Option<i64>,
    /// The signed-in learner's last activity, for the idle rule.
    pub(crate) last_activity_ms: i64,
    /// A guest's learning data: an in-memory database, gone with the session (see `session`).
    pub(crate) guest: Option<Storage>,
    /// Personal settings that belong to the session, not the device (guests, library PCs).
    pub(crate) session_settings: BTreeMap<&'static str, String>,
    /// Bumped at every change of person; the lab resets when it sees a new value.
    pub(crate) session_epoch: u64,
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

    pub(crate) fn lesson(&self, uuid: &str) -> Result<(u32, &Lesson)> {
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
                    let completed = progress.get(&key).map(|p| p.completed_ms.is_some());
                    let standing = crate::progress::standing(l, completed, |q| right_first_time.contains(q));
                    LessonCard {
                        number,
                        slug: l.slug.clone(),
                        uuid: Some(key.clone()),
                        title: meta.map(|m| m.title.clone()).unwrap_or_else(|| l.slug.clone()),
                        description: meta.map(|m| m.description.clone()).unwrap_or_default(),
                        minutes: l.minutes,
                        topics: l.topics.clone(),
                        state: standing.state,
                        score_correct: standing.score_correct,
                        score_total: standing.score_total,
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

/// A loadable lesson by its uuid, with its number in the course.
pub(crate) fn find_lesson<'c>(course: &'c Course, uuid: &str) -> Result<(u32, &'c Lesson)> {
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
