//! Who sits at the PC: starting and ending sessions, the idle rule (decided here, on every learner
//! command, not by a timer in the window), and what a guest's session keeps in memory only.
//!
//! A guest's work never reaches the disk: it lives in a second, in-memory database with the same
//! schema, dropped when the session ends. Settings a guest changes (language, text size …) are the
//! session's too. Every change of person bumps the session epoch, which the shell hands to the lab,
//! so the next person continues nothing of the one before.

use super::{KlarApp, LearnerView, SettingsPatch, KEY_CONTRAST, KEY_LOCALE, KEY_MOTION, KEY_TEXT_SIZE};
use crate::classroom::{DeviceMode, IdleState, IDLE_EXPIRE_MS};
use crate::error::{Error, Result};
use crate::storage::{Learner, Storage};

/// The settings a person may change for themself; in a guest session they are the session's.
pub(crate) const PERSONAL_KEYS: &[&str] = &[KEY_LOCALE, KEY_TEXT_SIZE, KEY_CONTRAST, KEY_MOTION];

/// The countdown before an idle session ends.
const IDLE_WARNING_MS: i64 = 60_000;

/// The store of `current`'s learning data, borrowed apart from the rest of the app so an intent
/// can keep the lesson it looked up while it writes.
pub(crate) fn learning_db<'a>(current: &Option<Learner>, guest: &'a mut Option<Storage>, storage: &'a mut Storage) -> &'a mut Storage {
    match (current, guest) {
        (Some(c), Some(g)) if c.is_guest => g,
        _ => storage,
    }
}

impl KlarApp {
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

    /// Called when the app closes: nothing of a guest stays behind, and the file is folded back
    /// from its write-ahead log.
    pub fn shutdown(&mut self) -> Result<()> {
        self.admin_active_ms = None;
        self.end_session();
        // Guests of older Klar versions lived in the file; none may survive.
        self.storage.delete_guests()?;
        self.storage.checkpoint()
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

    /// The signed-in learner's id, after the idle rule: a session left alone too long ends here,
    /// whichever command the next person starts with.
    pub(crate) fn learner_id(&mut self) -> Result<i64> {
        self.expire_if_idle()?;
        self.current.as_ref().map(|l| l.id).ok_or_else(|| Error::invalid("no learner is signed in"))
    }

    /// How long the current session may stay idle: 10 minutes for a library guest, the teacher's
    /// setting (15 minutes unless changed) for anyone in a classroom, no limit at home.
    fn idle_limit_ms(&self) -> Result<Option<i64>> {
        let Some(current) = &self.current else { return Ok(None) };
        Ok(match self.mode()? {
            Some(DeviceMode::Library) if current.is_guest => Some(IDLE_EXPIRE_MS),
            Some(DeviceMode::Classroom) => Some(self.learner_idle_ms()?),
            _ => None,
        })
    }

    /// Ends the session if it has been idle past its limit, with `SessionExpired`.
    fn expire_if_idle(&mut self) -> Result<()> {
        let Some(limit) = self.idle_limit_ms()? else { return Ok(()) };
        let idle = self.storage.now() - self.last_activity_ms;
        if idle >= limit {
            self.sign_out()?;
            return Err(Error::SessionExpired { minutes: (limit / 60_000).max(1) as u32 });
        }
        Ok(())
    }

    /// Where the session stands after inactivity, for the window to poll and show a countdown in
    /// the last minute. The rule itself is enforced on every learner command (`learner_id`).
    /// A teacher's session ends after 10 minutes without a teacher action.
    pub fn idle_status(&mut self) -> Result<super::IdleView> {
        let now = self.storage.now();
        if self.admin_active_ms.is_some_and(|t| now - t >= super::classroom::ADMIN_IDLE_MS) {
            self.admin_active_ms = None;
        }
        let Some(limit) = self.idle_limit_ms()? else {
            return Ok(super::IdleView { state: IdleState::Active, signed_out: false, limit_minutes: None });
        };
        let limit_minutes = Some((limit / 60_000).max(1) as u32);
        let idle = (now - self.last_activity_ms).max(0);
        let state = if idle >= limit {
            self.sign_out()?;
            return Ok(super::IdleView { state: IdleState::Expired, signed_out: true, limit_minutes });
        } else if idle >= limit - IDLE_WARNING_MS {
            IdleState::Warn { seconds_left: ((limit - idle + 999) / 1000) as u32 }
        } else {
            IdleState::Active
        };
        Ok(super::IdleView { state, signed_out: false, limit_minutes })
    }

    /// Before any lab action: an idle session ends here, and a learner's lab use counts as
    /// activity. Returns the epoch the lab must be in (see `session_epoch`).
    pub fn lab_session(&mut self) -> Result<u64> {
        if self.current.is_some() {
            self.learner_id()?;
            self.last_activity_ms = self.storage.now();
        }
        Ok(self.session_epoch)
    }

    /// "I am still here": any input the window notices, or the button in the warning. A session
    /// that has already run out is not brought back.
    pub fn keep_alive(&mut self) -> Result<()> {
        if self.current.is_some() {
            self.expire_if_idle()?;
        }
        self.last_activity_ms = self.storage.now();
        Ok(())
    }

    /// A personal setting: the session's own value while a guest (or, in a library, the person at
    /// the start screen) uses the PC, else the device's.
    pub(crate) fn personal_setting(&self, key: &str) -> Result<Option<String>> {
        if let Some(v) = self.session_settings.get(key) {
            return Ok(Some(v.clone()));
        }
        self.storage.setting(key)
    }

    /// Whether a settings change belongs to the session rather than the device: a guest's always;
    /// on a library PC anyone's but the teacher's, so the next stranger starts with the defaults.
    fn settings_are_the_sessions(&self) -> Result<bool> {
        if self.current.as_ref().is_some_and(|c| c.is_guest) {
            return Ok(true);
        }
        Ok(self.mode()? == Some(DeviceMode::Library) && !self.admin_session_live())
    }

    pub(crate) fn apply_settings(&mut self, patch: &SettingsPatch) -> Result<()> {
        let mut changes: Vec<(&'static str, String)> = Vec::new();
        if let Some(loc) = &patch.locale {
            if !self.offered_locales().iter().any(|l| &l.code == loc) {
                return Err(Error::invalid(format!("unknown language '{loc}'")));
            }
            changes.push((KEY_LOCALE, loc.clone()));
        }
        if let Some(size) = patch.text_size {
            changes.push((KEY_TEXT_SIZE, size.as_str().to_string()));
        }
        if let Some(b) = patch.high_contrast {
            changes.push((KEY_CONTRAST, if b { "1" } else { "0" }.to_string()));
        }
        if let Some(b) = patch.reduced_motion {
            changes.push((KEY_MOTION, if b { "1" } else { "0" }.to_string()));
        }
        if self.settings_are_the_sessions()? {
            for (k, v) in changes {
                debug_assert!(PERSONAL_KEYS.contains(&k));
                self.session_settings.insert(k, v);
            }
            return Ok(());
        }
        for (k, v) in changes {
            self.storage.set_setting(k, &v)?;
        }
        Ok(())
    }
}
