//! How this PC is used (home, classroom, public library), chosen at first start, and the
//! device-wide choices that go with it: sign-in for the class, the PC's name.

use super::ADMIN_PIN_MIN_DIGITS;
use crate::app::KlarApp;
use crate::session::Bootstrap;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub(crate) const KEY_MODE: &str = "device_mode";

/// Picture passwords / PINs for the class: on unless the teacher turned them off ("0"), so
/// classmates cannot open each other's work by picking a name.
const KEY_SIGN_IN: &str = "class_sign_in";

pub(crate) const KEY_DEVICE_NAME: &str = "device_name";

const MAX_DEVICE_NAME_CHARS: usize = 80;

/// How this PC is used, chosen at first start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DeviceMode {
    /// At home: one or a few learners, no sign-in.
    Personal,
    /// A class list; optional picture passwords or PINs; a teacher behind the admin PIN.
    Classroom,
    /// Shared by strangers: guest sessions only, nothing survives a session.
    Library,
}

impl DeviceMode {
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceMode::Personal => "personal",
            DeviceMode::Classroom => "classroom",
            DeviceMode::Library => "library",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "personal" => Some(DeviceMode::Personal),
            "classroom" => Some(DeviceMode::Classroom),
            "library" => Some(DeviceMode::Library),
            _ => None,
        }
    }

    /// Classroom and library PCs are set up by an adult who protects the setup with a PIN.
    pub fn requires_admin_pin(self) -> bool {
        !matches!(self, DeviceMode::Personal)
    }
}

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
    ) -> Result<Bootstrap> {
        if let Some(pin) = admin_pin.filter(|p| !p.is_empty()) {
            self.admin_unlock(&pin)?;
        }
        self.choose_mode(mode, new_pin.filter(|p| !p.is_empty()))?;
        if mode != DeviceMode::Classroom {
            self.admin_lock();
        }
        self.bootstrap(os_locale)
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
}
