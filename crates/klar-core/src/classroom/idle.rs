//! The idle rule: a session left alone ends (a library guest's after 10 minutes, a classroom
//! learner's after the teacher's setting), decided on every learner command and polled by the
//! window only for the countdown. Lab use counts as activity.

use super::{DeviceMode, ModeView, ADMIN_IDLE_MS};
use crate::app::KlarApp;
use crate::error::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

/// Guest sessions: a warning after 9 minutes without activity, wiped at 10.
pub const IDLE_WARN_MS: i64 = 9 * 60_000;

pub const IDLE_EXPIRE_MS: i64 = 10 * 60_000;

/// The countdown before an idle session ends.
const IDLE_WARNING_MS: i64 = 60_000;

/// Minutes without activity after which a named classroom learner is signed out; the teacher
/// may change it (`KEY_LEARNER_IDLE_MINUTES`).
pub const LEARNER_IDLE_DEFAULT_MINUTES: i64 = 15;

pub(crate) const KEY_LEARNER_IDLE_MINUTES: &str = "learner_idle_minutes";

/// The idle times a teacher may choose, in minutes.
pub const LEARNER_IDLE_MINUTES_RANGE: std::ops::RangeInclusive<i64> = 1..=240;

/// Where a guest session stands after a stretch without activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum IdleState {
    Active,
    /// Show the countdown: the session ends in `seconds_left` unless the learner does something.
    Warn {
        seconds_left: u32,
    },
    /// The session is over (and, for a guest, wiped).
    Expired,
}

/// The idle rule: active for 9 minutes after the last activity, then a 60-second warning, then over.
/// A clock that went backwards counts as activity just now.
pub fn idle_check(last_activity_ms: i64, now_ms: i64) -> IdleState {
    let idle = (now_ms - last_activity_ms).max(0);
    if idle >= IDLE_EXPIRE_MS {
        IdleState::Expired
    } else if idle >= IDLE_WARN_MS {
        IdleState::Warn { seconds_left: ((IDLE_EXPIRE_MS - idle + 999) / 1000) as u32 }
    } else {
        IdleState::Active
    }
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

    /// How long the current session may stay idle: 10 minutes for a library guest, the teacher's
    /// setting (15 minutes unless changed) for anyone in a classroom, no limit at home.
    pub(crate) fn idle_limit_ms(&self) -> Result<Option<i64>> {
        let Some(current) = &self.current else { return Ok(None) };
        Ok(match self.mode()? {
            Some(DeviceMode::Library) if current.is_guest => Some(IDLE_EXPIRE_MS),
            Some(DeviceMode::Classroom) => Some(self.learner_idle_ms()?),
            _ => None,
        })
    }

    /// Ends the session if it has been idle past its limit, with `SessionExpired`.
    pub(crate) fn expire_if_idle(&mut self) -> Result<()> {
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
    pub fn idle_status(&mut self) -> Result<IdleView> {
        let now = self.storage.now();
        if self.admin_active_ms.is_some_and(|t| now - t >= ADMIN_IDLE_MS) {
            self.admin_active_ms = None;
        }
        let Some(limit) = self.idle_limit_ms()? else {
            return Ok(IdleView { state: IdleState::Active, signed_out: false, limit_minutes: None });
        };
        let limit_minutes = Some((limit / 60_000).max(1) as u32);
        let idle = (now - self.last_activity_ms).max(0);
        let state = if idle >= limit {
            self.sign_out()?;
            return Ok(IdleView { state: IdleState::Expired, signed_out: true, limit_minutes });
        } else if idle >= limit - IDLE_WARNING_MS {
            IdleState::Warn { seconds_left: ((limit - idle + 999) / 1000) as u32 }
        } else {
            IdleState::Active
        };
        Ok(IdleView { state, signed_out: false, limit_minutes })
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_warns_at_nine_minutes_and_expires_at_ten() {
        let t = 5_000_000;
        assert_eq!(idle_check(t, t), IdleState::Active);
        assert_eq!(idle_check(t, t + IDLE_WARN_MS - 1), IdleState::Active);
        assert_eq!(idle_check(t, t + IDLE_WARN_MS), IdleState::Warn { seconds_left: 60 });
        assert_eq!(idle_check(t, t + IDLE_WARN_MS + 59_500), IdleState::Warn { seconds_left: 1 });
        assert_eq!(idle_check(t, t + IDLE_EXPIRE_MS), IdleState::Expired);
        assert_eq!(idle_check(t, t - 10_000), IdleState::Active, "a clock that went back");
    }
}
