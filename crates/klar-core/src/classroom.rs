//! The rules of the three device modes (home, classroom, public library): admin PIN and its
//! lockout, learners' picture passwords and PINs, and the idle rule for guest sessions.
//! Pure logic with the time passed in, so every rule is tested with exact clocks.

use crate::error::{Error, Result};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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

/// The pictures of a picture password. Deliberately not the avatar pictures, so a learner's
/// avatar on the start screen gives nothing of their password away.
pub const PICTURES: &[&str] =
    &["apple", "ball", "bird", "boat", "car", "cat", "dog", "house", "key", "cup", "umbrella", "bicycle"];

/// How many pictures make a picture password.
pub const PICTURE_PASSWORD_LEN: usize = 3;

/// Wrong tries before the first lock.
pub const MAX_TRIES: u32 = 5;
/// How long each lock lasts: the fifth wrong try in a row locks for a minute, every further wrong
/// try (after waiting) for the next step, and from then on an hour each. Guessing a picture
/// password (1,728 combinations) or a PIN then takes weeks instead of hours.
pub const LOCK_STEPS_MS: [i64; 4] = [60_000, 5 * 60_000, 30 * 60_000, 60 * 60_000];

/// Guest sessions: a warning after 9 minutes without activity, wiped at 10.
pub const IDLE_WARN_MS: i64 = 9 * 60_000;
pub const IDLE_EXPIRE_MS: i64 = 10 * 60_000;

/// A learner's sign-in secret as the UI sends it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum LearnerSecret {
    /// Three picture ids from `PICTURES`, in order.
    Pictures(Vec<String>),
    /// 4–8 digits (`check_pin_format`).
    Pin(String),
}

/// Which kind of secret a learner signs in with (never the secret itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SecretKind {
    None,
    Pictures,
    Pin,
}

impl SecretKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::None => "none",
            SecretKind::Pictures => "pictures",
            SecretKind::Pin => "pin",
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "pictures" => SecretKind::Pictures,
            "pin" => SecretKind::Pin,
            _ => SecretKind::None,
        }
    }
}

impl LearnerSecret {
    pub fn kind(&self) -> SecretKind {
        match self {
            LearnerSecret::Pictures(_) => SecretKind::Pictures,
            LearnerSecret::Pin(_) => SecretKind::Pin,
        }
    }

    /// Checks the shape and returns the text that is hashed. The kind is part of it, so a PIN can
    /// never match a picture password.
    pub fn canonical(&self) -> Result<String> {
        match self {
            LearnerSecret::Pictures(p) => {
                if p.len() != PICTURE_PASSWORD_LEN {
                    return Err(Error::invalid(format!("a picture password has {PICTURE_PASSWORD_LEN} pictures")));
                }
                if let Some(bad) = p.iter().find(|x| !PICTURES.contains(&x.as_str())) {
                    return Err(Error::invalid(format!("'{bad}' is not one of the pictures")));
                }
                Ok(format!("pictures:{}", p.join(",")))
            }
            LearnerSecret::Pin(pin) => {
                check_pin_format(pin)?;
                Ok(format!("pin:{pin}"))
            }
        }
    }
}

/// A learner's PIN is 4–8 digits (ASCII): short enough for a child to type, long enough with the
/// escalating lockout.
pub fn check_pin_format(pin: &str) -> Result<()> {
    check_digits(pin, 4)
}

/// The fewest digits of a new admin PIN: it guards every learner's data, so it is longer than a
/// learner's. A shorter PIN set before this rule still unlocks; the teacher view asks for a new one.
pub const ADMIN_PIN_MIN_DIGITS: usize = 6;

/// A new admin PIN is 6–8 digits (ASCII).
pub fn check_admin_pin_format(pin: &str) -> Result<()> {
    check_digits(pin, ADMIN_PIN_MIN_DIGITS)
}

fn check_digits(pin: &str, min: usize) -> Result<()> {
    if !(min..=8).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid(format!("the PIN must be {min} to 8 digits")));
    }
    Ok(())
}

/// An argon2id hash with a fresh random salt, as a PHC string (`$argon2id$v=19$…`).
pub fn hash_secret(secret: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(format!("hashing failed: {e}")))
}

/// Whether `secret` matches a stored PHC string; a damaged hash never matches.
pub fn verify_secret(secret: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| Argon2::default().verify_password(secret.as_bytes(), &h).is_ok())
}

/// What a stored lockout says at `now`: `Some(seconds left)` while locked.
pub fn locked_for(locked_until_ms: i64, now_ms: i64) -> Option<u32> {
    (locked_until_ms > now_ms).then(|| ((locked_until_ms - now_ms + 999) / 1000) as u32)
}

/// The counter after a wrong try: (wrong tries since the last right one, locked until). The count
/// is the lock's level too: it is stored and only a right answer resets it, so neither a lock
/// running out nor a restart gives an attacker a fresh set of tries.
pub fn after_failure(failed_before: u32, now_ms: i64) -> (u32, i64) {
    let failed = failed_before.saturating_add(1);
    match failed.checked_sub(MAX_TRIES) {
        Some(step) => {
            let last = LOCK_STEPS_MS.len() - 1;
            (failed, now_ms + LOCK_STEPS_MS[(step as usize).min(last)])
        }
        None => (failed, 0),
    }
}

/// The error a wrong try produces, given the counter `after_failure` returned.
pub fn failure_error(failed: u32, locked_until_ms: i64, now_ms: i64, admin: bool) -> Error {
    let tries_left = MAX_TRIES.saturating_sub(failed);
    match locked_for(locked_until_ms, now_ms) {
        Some(seconds_left) => Error::Locked { seconds_left },
        None if admin => Error::AdminPinWrong { tries_left },
        None => Error::SignInWrong { tries_left },
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_and_pictures_are_checked() {
        for ok in ["1234", "12345678"] {
            assert!(check_pin_format(ok).is_ok(), "{ok}");
        }
        for bad in ["123", "123456789", "12a4", "", "١٢٣٤"] {
            assert!(check_pin_format(bad).is_err(), "{bad}");
        }
        let p = |v: &[&str]| LearnerSecret::Pictures(v.iter().map(|s| s.to_string()).collect());
        assert!(p(&["cat", "dog", "key"]).canonical().is_ok());
        assert!(p(&["cat", "cat", "cat"]).canonical().is_ok(), "repeats are allowed");
        assert!(p(&["cat", "dog"]).canonical().is_err());
        assert!(p(&["cat", "dog", "sun"]).canonical().is_err(), "avatars are not password pictures");
    }

    #[test]
    fn hashes_are_salted_and_verify() -> Result<()> {
        let a = hash_secret("pin:1234")?;
        let b = hash_secret("pin:1234")?;
        assert_ne!(a, b, "a random salt each time");
        assert!(a.starts_with("$argon2"));
        assert!(verify_secret("pin:1234", &a) && verify_secret("pin:1234", &b));
        assert!(!verify_secret("pin:1235", &a));
        assert!(!verify_secret("pin:1234", "not a hash"));
        Ok(())
    }

    #[test]
    fn five_wrong_tries_lock_for_sixty_seconds_then_longer() {
        let now = 1_000_000;
        let mut failed = 0;
        for i in 1..=4 {
            let until;
            (failed, until) = after_failure(failed, now);
            assert_eq!((failed, until), (i, 0));
            assert!(
                matches!(failure_error(failed, until, now, true), Error::AdminPinWrong { tries_left } if tries_left == 5 - i)
            );
        }
        let (failed, until) = after_failure(failed, now);
        assert_eq!((failed, until), (5, now + 60_000));
        assert!(matches!(failure_error(failed, until, now, true), Error::Locked { seconds_left: 60 }));
        assert_eq!(locked_for(until, now + 59_001), Some(1));
        assert_eq!(locked_for(until, now + 60_000), None);
        // Each further wrong try locks at once, for longer, up to an hour each.
        let mut failed = failed;
        for minutes in [5, 30, 60, 60, 60] {
            let until;
            (failed, until) = after_failure(failed, now);
            assert_eq!(until, now + minutes * 60_000, "wrong try {failed}");
        }
        assert_eq!(after_failure(u32::MAX, now), (u32::MAX, now + 3_600_000), "the count cannot overflow");
    }

    #[test]
    fn a_new_admin_pin_has_six_to_eight_digits() {
        for ok in ["123456", "12345678"] {
            assert!(check_admin_pin_format(ok).is_ok(), "{ok}");
        }
        for bad in ["1234", "12345", "123456789", "12345a"] {
            assert!(check_admin_pin_format(bad).is_err(), "{bad}");
        }
    }

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
