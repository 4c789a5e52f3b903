//! The device mode, the teacher's (admin) session, learners' sign-in and the idle rule, as
//! user intents on `KlarApp`. The rules themselves live in `crate::classroom`.

use super::{KlarApp, LearnerView};
use crate::classroom::{
    after_failure, check_admin_pin_format, failure_error, hash_secret, locked_for, verify_secret,
    DeviceMode, IdleState, LearnerSecret, SecretKind, ADMIN_PIN_MIN_DIGITS,
};
use crate::error::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

pub(crate) const KEY_MODE: &str = "device_mode";
/// Picture passwords / PINs for the class: on unless the teacher turned them off ("0"), so
/// classmates cannot open each other's work by picking a name.
const KEY_SIGN_IN: &str = "class_sign_in";
pub(crate) const KEY_DEVICE_NAME: &str = "device_name";
const MAX_DEVICE_NAME_CHARS: usize = 80;

/// The teacher's session ends after this long without a teacher action.
pub const ADMIN_IDLE_MS: i64 = 10 * 60_000;
/// Minutes without activity after which a named classroom learner is signed out; the teacher
/// may change it (`KEY_LEARNER_IDLE_MINUTES`).
pub const LEARNER_IDLE_DEFAULT_MINUTES: i64 = 15;
pub(crate) const KEY_LEARNER_IDLE_MINUTES: &str = "learner_idle_minutes";
/// The idle times a teacher may choose, in minutes.
pub const LEARNER_IDLE_MINUTES_RANGE: std::ops::RangeInclusive<i64> = 1..=240;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ModeView {
    /// None until chosen at first start.
    pub mode: Option<DeviceMode>,
    pub admin_pin_set: bool,
    /// Whether the teacher is signed in now.
    pub admin_unlocked: bool,
    /// Classroom: learners need their picture password or PIN.
    pub sign_in_required: bool,
    pub device_name: Option<String>,
    /// Classroom: minutes without activity before a named learner is signed out.
    #[ts(type = "number")]
    pub learner_idle_minutes: i64,
    /// The admin PIN is shorter than new ones may be: the teacher view asks for a longer one.
    /// Only told to the teacher (false otherwise), as it would help a guesser.
    pub admin_pin_too_short: bool,
}

/// Failed sign-ins, for the teacher only: the admin PIN's since the last unlock, and each
/// learner's since their last right sign-in.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SignInOverview {
    pub admin_failed_before_unlock: u32,
    #[ts(type = "number | null")]
    pub admin_last_failed_ms: Option<i64>,
    /// Every named learner, in the class list's order.
    pub learners: Vec<LearnerAttemptsView>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LearnerAttemptsView {
    #[ts(type = "number")]
    pub learner_id: i64,
    pub display_name: String,
    /// `None`: the learner cannot sign in while sign-in is on, until the teacher sets a secret.
    pub secret: SecretKind,
    pub failed_attempts: u32,
    #[ts(type = "number | null")]
    pub last_failed_ms: Option<i64>,
    /// Seconds until the learner may try again; None when not locked.
    pub locked_seconds: Option<u32>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PictureView {
    pub id: String,
    /// The picture's name in the current language.
    pub name: String,
}

/// A printable sign-in card for a young learner: their name, avatar and picture password.
/// Only available right when the teacher sets the password, as it is stored hashed.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PictureCard {
    pub learner_name: String,
    pub avatar: String,
    pub pictures: Vec<PictureView>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SecretSetView {
    pub learner: LearnerView,
    pub card: Option<PictureCard>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IdleView {
    pub state: IdleState,
    /// True when this check ended the session (a guest's work is wiped).
    pub signed_out: bool,
    /// The session's idle limit in minutes; None where sessions do not time out (at home).
    pub limit_minutes: Option<u32>,
}

impl KlarApp {
    pub(crate) fn mode(&self) -> Result<Option<DeviceMode>> {
        Ok(self.storage.setting(KEY_MODE)?.as_deref().and_then(DeviceMode::parse))
    }

    pub(crate) fn sign_in_required(&self) -> Result<bool> {
        Ok(self.mode()? == Some(DeviceMode::Classroom) && self.storage.setting(KEY_SIGN_IN)?.as_deref() != Some("0"))
    }

    pub fn device_mode(&self) -> Result<ModeView> {
        let pin = self.storage.admin_pin()?;
        let unlocked = self.admin_session_live();
        Ok(ModeView {
            mode: self.mode()?,
            admin_pin_set: pin.is_some(),
            admin_unlocked: unlocked,
            sign_in_required: self.sign_in_required()?,
            device_name: self.storage.setting(KEY_DEVICE_NAME)?,
            learner_idle_minutes: self.learner_idle_ms()? / 60_000,
            admin_pin_too_short: unlocked && pin.is_some_and(|p| p.short_pin),
        })
    }

    /// Chooses how this PC is used. At first start anyone may choose; classroom and library need
    /// a new admin PIN (`admin_pin`), which home use may set too. Later a change needs the
    /// teacher's session; without an admin PIN (home use) the new mode's PIN is enough.
    /// Signed-in learners are signed out, as the start screen changes.
    pub fn choose_mode(&mut self, mode: DeviceMode, admin_pin: Option<String>) -> Result<ModeView> {
        let had_pin = self.storage.admin_pin()?.is_some();
        if self.mode()?.is_some() && had_pin {
            self.require_admin()?;
        }
        match admin_pin {
            Some(pin) => self.store_admin_pin(&pin)?,
            None if mode.requires_admin_pin() && !had_pin => {
                return Err(Error::invalid(format!("this mode needs an admin PIN ({ADMIN_PIN_MIN_DIGITS} to 8 digits)")));
            }
            None => {}
        }
        self.storage.set_setting(KEY_MODE, mode.as_str())?;
        self.end_session();
        // Whoever just chose the mode knows the PIN: they stay the teacher for setting up the class.
        self.admin_active_ms = self.storage.admin_pin()?.map(|_| self.storage.now());
        self.device_mode()
    }

    /// The mode choice as the first-start and settings screens make it: the current admin PIN
    /// (`admin_pin`, when there is one) opens the teacher's session, then the mode is chosen with
    /// an optional new PIN. Whoever chose a classroom stays its teacher to set up the class;
    /// otherwise the admin session ends here, as setup is over. The reply is the start screen's.
    pub fn choose_mode_with_pin(
        &mut self,
        mode: DeviceMode,
        admin_pin: Option<String>,
        new_pin: Option<String>,
        os_locale: &str,
    ) -> Result<super::Bootstrap> {
        if let Some(pin) = admin_pin.filter(|p| !p.is_empty()) {
            self.admin_unlock(&pin)?;
        }
        self.choose_mode(mode, new_pin.filter(|p| !p.is_empty()))?;
        if mode != DeviceMode::Classroom {
            self.admin_lock();
        }
        self.bootstrap(os_locale)
    }

    /// Checks the admin PIN. Five wrong tries lock it for a minute, each further one for 5, 30,
    /// then 60 minutes; count and lock are stored, so a restart lifts neither. A right PIN resets
    /// the count. A short PIN from before the 6-digit rule still opens (nobody is locked out).
    pub fn admin_unlock(&mut self, pin: &str) -> Result<ModeView> {
        let now = self.storage.now();
        let row = self.storage.admin_pin()?.ok_or_else(|| Error::invalid("no admin PIN has been set"))?.lock;
        if let Some(seconds_left) = locked_for(row.locked_until_ms, now) {
            return Err(Error::Locked { seconds_left });
        }
        if verify_secret(&admin_pin_text(pin), &row.hash) {
            self.storage.record_admin_unlock(check_admin_pin_format(pin).is_err())?;
            self.admin_active_ms = Some(now);
            return self.device_mode();
        }
        let (failed, until) = after_failure(row.failed_attempts, now);
        self.storage.record_admin_failure(failed, until)?;
        Err(failure_error(failed, until, now, true))
    }

    /// Ends the teacher's session.
    pub fn admin_lock(&mut self) {
        self.admin_active_ms = None;
    }

    /// A new admin PIN of 6 to 8 digits (teacher only).
    pub fn change_admin_pin(&mut self, new_pin: &str) -> Result<ModeView> {
        self.require_admin()?;
        self.store_admin_pin(new_pin)?;
        self.device_mode()
    }

    fn store_admin_pin(&mut self, pin: &str) -> Result<()> {
        check_admin_pin_format(pin)?;
        let hash = hash_secret(&admin_pin_text(pin))?;
        self.storage.set_admin_pin_hash(&hash, false)
    }

    /// Turns picture passwords / PINs on or off for the class (teacher only, classroom mode).
    /// They are on until the teacher turns them off; the teacher view says what that means.
    pub fn set_class_sign_in(&mut self, required: bool) -> Result<ModeView> {
        self.require_admin()?;
        if self.mode()? != Some(DeviceMode::Classroom) {
            return Err(Error::NotAllowedInMode("sign-in secrets are for classrooms".into()));
        }
        self.storage.set_setting(KEY_SIGN_IN, if required { "1" } else { "0" })?;
        self.device_mode()
    }

    /// How long a named learner may be idle before being signed out, in minutes (teacher only,
    /// classroom mode; 1 to 240).
    pub fn set_learner_idle_minutes(&mut self, minutes: i64) -> Result<ModeView> {
        self.require_admin()?;
        if self.mode()? != Some(DeviceMode::Classroom) {
            return Err(Error::NotAllowedInMode("the learners' idle time is for classrooms".into()));
        }
        if !LEARNER_IDLE_MINUTES_RANGE.contains(&minutes) {
            return Err(Error::invalid(format!(
                "the idle time must be {} to {} minutes",
                LEARNER_IDLE_MINUTES_RANGE.start(),
                LEARNER_IDLE_MINUTES_RANGE.end()
            )));
        }
        self.storage.set_setting(KEY_LEARNER_IDLE_MINUTES, &minutes.to_string())?;
        self.device_mode()
    }

    /// Failed sign-ins for the teacher: the admin PIN's since the last unlock, and every named
    /// learner's (with who has no picture password or PIN yet). Teacher only.
    pub fn sign_in_overview(&mut self) -> Result<SignInOverview> {
        self.require_admin()?;
        let now = self.storage.now();
        let admin = self.storage.admin_pin()?;
        let attempts: std::collections::BTreeMap<i64, _> =
            self.storage.sign_in_attempts()?.into_iter().map(|a| (a.learner_id, a)).collect();
        let learners = self
            .storage
            .learners()?
            .iter()
            .filter(|l| !l.is_guest)
            .map(|l| {
                let a = attempts.get(&l.id);
                LearnerAttemptsView {
                    learner_id: l.id,
                    display_name: l.display_name.clone(),
                    secret: a.map_or(SecretKind::None, |a| a.kind),
                    failed_attempts: a.map_or(0, |a| a.failed_attempts),
                    last_failed_ms: a.and_then(|a| a.last_failed_ms),
                    locked_seconds: a.and_then(|a| locked_for(a.locked_until_ms, now)),
                }
            })
            .collect();
        Ok(SignInOverview {
            admin_failed_before_unlock: admin.as_ref().map_or(0, |a| a.failed_before_unlock),
            admin_last_failed_ms: admin.and_then(|a| a.lock.last_failed_ms),
            learners,
        })
    }

    /// The PC's or school's name printed on learner records (teacher only); None removes it.
    pub fn set_device_name(&mut self, name: Option<&str>) -> Result<ModeView> {
        self.require_admin()?;
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => {
                if n.chars().count() > MAX_DEVICE_NAME_CHARS || n.chars().any(char::is_control) {
                    return Err(Error::invalid(format!("the name can be at most {MAX_DEVICE_NAME_CHARS} characters")));
                }
                self.storage.set_setting(KEY_DEVICE_NAME, n)?;
            }
            None => self.storage.remove_setting(KEY_DEVICE_NAME)?,
        }
        self.device_mode()
    }

    /// Sets a learner's picture password or PIN, or removes it with `None` (teacher only).
    /// For a picture password the reply holds the printable card: it cannot be made later.
    pub fn set_learner_secret(&mut self, learner: i64, secret: Option<LearnerSecret>) -> Result<SecretSetView> {
        self.require_admin()?;
        let l = self.storage.learner(learner)?;
        if l.is_guest {
            return Err(Error::invalid("guests have no sign-in"));
        }
        let mut card = None;
        match secret {
            Some(s) => {
                let hash = hash_secret(&s.canonical()?)?;
                self.storage.set_learner_secret(learner, Some((s.kind(), &hash)))?;
                if let LearnerSecret::Pictures(p) = &s {
                    let locale = self.locale()?;
                    card = Some(PictureCard {
                        learner_name: l.display_name.clone(),
                        avatar: l.avatar.clone(),
                        pictures: p
                            .iter()
                            .map(|id| PictureView {
                                id: id.clone(),
                                name: self.localizer.message(&locale, &format!("picture-{id}"), None),
                            })
                            .collect(),
                    });
                }
            }
            None => self.storage.set_learner_secret(learner, None)?,
        }
        Ok(SecretSetView { learner: self.learner_view(&l)?, card })
    }

    /// Signs a learner in. Home: pick a name. Classroom: pick a name, plus the picture password or
    /// PIN unless the teacher turned sign-in off (wrong tries lock that learner as for the admin PIN).
    /// Library: named learners cannot sign in; start a guest session instead.
    pub fn sign_in(&mut self, learner: i64, secret: Option<LearnerSecret>) -> Result<LearnerView> {
        if let Some(c) = self.current.clone().filter(|c| c.is_guest && c.id == learner) {
            // The guest who is here already (the window asked again).
            return self.learner_view(&c);
        }
        let l = self.storage.learner(learner)?;
        if l.is_guest {
            return Err(Error::NotFound(format!("learner {learner}")));
        }
        match self.mode()? {
            Some(DeviceMode::Library) if !l.is_guest => {
                return Err(Error::NotAllowedInMode("a public-library PC has guest sessions only".into()));
            }
            Some(DeviceMode::Classroom) if !l.is_guest && self.sign_in_required()? => {
                self.check_learner_secret(learner, secret.as_ref())?;
            }
            _ => {}
        }
        self.end_session();
        self.storage.touch_learner(learner)?;
        self.begin_session(l.clone());
        self.learner_view(&l)
    }

    fn check_learner_secret(&mut self, learner: i64, secret: Option<&LearnerSecret>) -> Result<()> {
        let now = self.storage.now();
        // Without a secret nobody can sign in as this learner until the teacher sets one (the
        // teacher view lists who has none).
        let row = self.storage.learner_secret(learner)?.ok_or(Error::SignInSecretMissing)?;
        if let Some(seconds_left) = locked_for(row.lock.locked_until_ms, now) {
            return Err(Error::Locked { seconds_left });
        }
        let Some(secret) = secret else {
            return Err(Error::invalid("a picture password or PIN is needed"));
        };
        // A malformed secret is a wrong try too, so guessing shapes gains nothing.
        let ok = secret.canonical().is_ok_and(|text| verify_secret(&text, &row.lock.hash));
        if ok {
            self.storage.record_learner_success(learner)?;
            return Ok(());
        }
        let (failed, until) = after_failure(row.lock.failed_attempts, now);
        self.storage.record_learner_failure(learner, failed, until)?;
        Err(failure_error(failed, until, now, false))
    }

    // ---- helpers used by the other intents ----

    /// How long a named classroom learner may be idle before the session ends, in ms.
    pub(crate) fn learner_idle_ms(&self) -> Result<i64> {
        let minutes = self
            .storage
            .setting(KEY_LEARNER_IDLE_MINUTES)?
            .and_then(|m| m.parse::<i64>().ok())
            .filter(|m| (1..=240).contains(m))
            .unwrap_or(LEARNER_IDLE_DEFAULT_MINUTES);
        Ok(minutes * 60_000)
    }

    pub(crate) fn admin_session_live(&self) -> bool {
        self.admin_active_ms.is_some_and(|t| self.storage.now() - t < ADMIN_IDLE_MS)
    }

    /// Teacher actions pass with a live admin session. Where no admin PIN exists (home use without
    /// one) there is nothing to protect and the grown-up at home is the teacher.
    pub(crate) fn require_admin(&mut self) -> Result<()> {
        if self.admin_session_live() {
            self.admin_active_ms = Some(self.storage.now());
            return Ok(());
        }
        self.admin_active_ms = None;
        if self.storage.admin_pin()?.is_none() && !self.mode()?.is_some_and(DeviceMode::requires_admin_pin) {
            return Ok(());
        }
        Err(Error::AdminRequired)
    }

    /// A learner's own data is theirs to see and export; anyone else's needs the teacher.
    /// At home (no admin PIN) everyone on the PC may, as before.
    pub(crate) fn require_self_or_admin(&mut self, learner: i64) -> Result<()> {
        if self.current.as_ref().is_some_and(|c| c.id == learner) {
            return Ok(());
        }
        self.require_admin()
    }

    /// Deleting a learner's whole record. In a classroom only the teacher may: a pupil who finds a
    /// classmate signed in (or picks a name while sign-in is off) must not be able to wipe their
    /// work. Elsewhere a learner may delete their own record, as before.
    pub(crate) fn require_may_delete(&mut self, learner: i64) -> Result<()> {
        let own_named = self.current.as_ref().is_some_and(|c| c.id == learner && !c.is_guest);
        if own_named && self.mode()? == Some(DeviceMode::Classroom) {
            return self.require_admin();
        }
        self.require_self_or_admin(learner)
    }

}

/// The admin PIN is hashed under its own prefix, so it can never equal a learner's secret text.
fn admin_pin_text(pin: &str) -> String {
    format!("admin:{pin}")
}
