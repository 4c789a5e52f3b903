//! Learners on this PC: a display name and a picture, nothing more (no e-mail, no birth date).
//! Creating, choosing and deleting them, guest sessions, and the name rule (`name`).

mod drawings;
mod name;

pub use name::MAX_NAME_CHARS;
pub(crate) use name::clean_name;

use crate::app::KlarApp;
use crate::classroom::{DeviceMode, SecretKind};
use crate::error::{Error, Result};
use crate::storage::{Learner, Storage};
use serde::Serialize;
use ts_rs::TS;

/// The built-in pictures a learner can pick.
pub const AVATARS: &[&str] =
    &["sun", "moon", "star", "tree", "flower", "leaf", "fish", "mountain", "wave", "heart", "bolt", "cloud"];

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

impl KlarApp {
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

    /// Starts a guest session in a fresh in-memory store, named "Guest" in the current language;
    /// an earlier session ends first.
    pub fn start_guest(&mut self) -> Result<LearnerView> {
        let display_name = self.localizer.message(&self.locale()?, crate::i18n::ids::LEARNER_GUEST_NAME, None);
        let mut store = Storage::open_in_memory(self.storage.clock())?;
        let guest = store.create_guest(&display_name)?;
        // Settings chosen on the start screen before "start" belong to this guest's session.
        let keep = std::mem::take(&mut self.session_settings);
        self.end_session();
        self.session_settings = keep;
        self.guest = Some(store);
        self.begin_session(guest.clone());
        Ok(LearnerView::from(&guest))
    }

    /// Leaves the current learner (a guest's work is gone with the session) and ends the teacher's
    /// session.
    pub fn sign_out(&mut self) -> Result<()> {
        self.admin_active_ms = None;
        self.end_session();
        Ok(())
    }

    pub(crate) fn learner_view(&self, l: &Learner) -> Result<LearnerView> {
        let mut v = LearnerView::from(l);
        if self.sign_in_required()? {
            v.sign_in = self.storage.learner_secret(l.id)?.map_or(SecretKind::None, |s| s.kind);
        }
        Ok(v)
    }

    /// The start screen's list: nobody in library mode, so no one sees who used the PC before.
    pub(crate) fn start_screen_learners(&self) -> Result<Vec<LearnerView>> {
        if self.mode()? == Some(DeviceMode::Library) {
            return Ok(Vec::new());
        }
        let kinds = if self.sign_in_required()? { self.storage.secret_kinds()? } else { Default::default() };
        Ok(self
            .storage
            .learners()?
            .iter()
            .map(|l| LearnerView {
                sign_in: kinds.get(&l.id).copied().unwrap_or(SecretKind::None),
                ..LearnerView::from(l)
            })
            .collect())
    }
}
