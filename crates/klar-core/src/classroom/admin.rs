//! The teacher's (admin's) PIN and session: the PIN's format, hashing, the stored lockout after
//! wrong tries, and which actions need the teacher.

use super::DeviceMode;
use super::ModeView;
use crate::app::KlarApp;
use crate::error::{Error, Result};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// Wrong tries before the first lock.
pub const MAX_TRIES: u32 = 5;

/// How long each lock lasts: the fifth wrong try in a row locks for a minute, every further wrong
/// try (after waiting) for the next step, and from then on an hour each. Guessing a picture
/// password (1,728 combinations) or a PIN then takes weeks instead of hours.
pub const LOCK_STEPS_MS: [i64; 4] = [60_000, 5 * 60_000, 30 * 60_000, 60 * 60_000];

/// The fewest digits of a new admin PIN: it guards every learner's data, so it is longer than a
/// learner's. A shorter PIN set before this rule still unlocks; the teacher view asks for a new one.
pub const ADMIN_PIN_MIN_DIGITS: usize = 6;

/// The teacher's session ends after this long without a teacher action.
pub const ADMIN_IDLE_MS: i64 = 10 * 60_000;

/// A new admin PIN is 6–8 digits (ASCII).
pub fn check_admin_pin_format(pin: &str) -> Result<()> {
    check_digits(pin, ADMIN_PIN_MIN_DIGITS)
}

pub(crate) fn check_digits(pin: &str, min: usize) -> Result<()> {
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

/// The admin PIN is hashed under its own prefix, so it can never equal a learner's secret text.
fn admin_pin_text(pin: &str) -> String {
    format!("admin:{pin}")
}

impl KlarApp {
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

    pub(super) fn store_admin_pin(&mut self, pin: &str) -> Result<()> {
        check_admin_pin_format(pin)?;
        let hash = hash_secret(&admin_pin_text(pin))?;
        self.storage.set_admin_pin_hash(&hash, false)
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
