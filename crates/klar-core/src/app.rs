//! `KlarApp`: the course, the data file, the translations and who sits at the PC, held together
//! for the shell. Its methods, one per user intent, live with their domain (`course`, `player`,
//! `learners`, `classroom`, `report`, `transfer`, `settings`, `session`); each returns everything
//! the view needs next, so the shell stays thin.

// The shell's lib.rs and the lab's error mapping still name these here.
pub use crate::i18n::{localized_error, MessageArg};

use crate::course::{Course, Lesson, LessonEntry};
use crate::error::{Error, OrNotFound, Result};
use crate::i18n::Localizer;
use crate::settings::KEY_LOCALE;
use crate::storage::{Learner, Storage};
use std::collections::BTreeMap;
use std::path::PathBuf;
use uuid::Uuid;

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

    pub fn locale(&self) -> Result<String> {
        Ok(self.personal_setting(KEY_LOCALE)?.unwrap_or_else(|| "en".into()))
    }

    /// The signed-in learner's id, after the idle rule: a session left alone too long ends here,
    /// whichever command the next person starts with.
    pub(crate) fn learner_id(&mut self) -> Result<i64> {
        self.expire_if_idle()?;
        self.current.as_ref().map(|l| l.id).ok_or_else(|| Error::invalid("no learner is signed in"))
    }

    /// Called when the app closes: nothing of a guest stays behind, and the file is folded back
    /// from its write-ahead log.
    pub fn shutdown(&mut self) -> Result<()> {
        self.admin_active_ms = None;
        self.end_session();
        // Guests of older Klar versions lived in the file; none may survive.
        self.storage.delete_guests()?;
        self.storage.checkpoint()
    }

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

    pub(crate) fn lesson(&self, uuid: &str) -> Result<(u32, &Lesson)> {
        find_lesson(&self.course, uuid)
    }

    /// A learner-facing message for an error, in the current language.
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

/// The default place for the data file inside the OS's local app-data folder.
pub fn data_file_in(dir: &std::path::Path) -> PathBuf {
    dir.join("klar.sqlite")
}
