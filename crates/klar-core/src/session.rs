//! Who sits at the PC: the start screen (`bootstrap`), beginning and ending a person's session,
//! and which store holds their learning data. (When an idle session ends is `classroom::idle`.)
//!
//! A guest's work never reaches the disk: it lives in a second, in-memory database with the same
//! schema, dropped when the session ends. Settings a guest changes (language, text size …) are the
//! session's too. Every change of person bumps the session epoch, which the shell hands to the lab,
//! so the next person continues nothing of the one before.

use crate::app::KlarApp;
use crate::classroom::{DeviceMode, PICTURES};
use crate::error::{ErrorCode, Result};
use crate::i18n::{self, locale_info, LocaleInfo};
use crate::learners::{LearnerView, AVATARS};
use crate::settings::{Settings, KEY_LOCALE, KEY_WELCOMED};
use crate::storage::{Learner, Storage};
use serde::Serialize;
use ts_rs::TS;

/// The store of `current`'s learning data, borrowed apart from the rest of the app so an intent
/// can keep the lesson it looked up while it writes.
pub(crate) fn learning_db<'a>(current: &Option<Learner>, guest: &'a mut Option<Storage>, storage: &'a mut Storage) -> &'a mut Storage {
    match (current, guest) {
        (Some(c), Some(g)) if c.is_guest => g,
        _ => storage,
    }
}

/// Everything the first screen needs.
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

impl KlarApp {
    /// Everything the first screen needs. `os_locale` preselects the language on first start.
    pub fn bootstrap(&mut self, os_locale: &str) -> Result<Bootstrap> {
        // A session left alone past its idle time ends before anyone sees it again.
        if self.current.is_some() {
            if let Err(e) = self.learner_id() {
                if e.code() != ErrorCode::SessionExpired {
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
            pictures: PICTURES.iter().map(|s| s.to_string()).collect(),
        })
    }

    /// The store of the current person's learning data: a guest's lives in memory only.
    pub(crate) fn db(&self) -> &Storage {
        match (&self.current, &self.guest) {
            (Some(c), Some(g)) if c.is_guest => g,
            _ => &self.storage,
        }
    }

    pub(crate) fn db_mut(&mut self) -> &mut Storage {
        learning_db(&self.current, &mut self.guest, &mut self.storage)
    }

    /// Changes whenever the person at the PC changes (sign-in, sign-out, a new guest, the idle
    /// end, deleting the current learner, a new device mode). The lab forgets everything when it
    /// sees a new epoch.
    pub fn session_epoch(&self) -> u64 {
        self.session_epoch
    }

    /// A new person at the PC. Signing a learner in ends any teacher session.
    pub(crate) fn begin_session(&mut self, l: Learner) {
        if !l.is_guest {
            // A named learner's session has no in-memory guest store.
            self.guest = None;
        }
        self.current = Some(l);
        self.admin_active_ms = None;
        self.session_epoch += 1;
        self.last_activity_ms = self.storage.now();
    }

    /// The person leaves: a guest's store and the session's settings are dropped.
    pub(crate) fn end_session(&mut self) {
        let had_someone = self.current.take().is_some() || self.guest.is_some() || !self.session_settings.is_empty();
        self.guest = None;
        self.session_settings.clear();
        if had_someone {
            self.session_epoch += 1;
        }
    }

}
