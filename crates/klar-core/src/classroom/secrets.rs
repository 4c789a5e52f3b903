//! Learners' sign-in in a classroom: picture passwords and PINs (stored hashed, locked after
//! wrong tries like the admin PIN), the printable picture card, and failed sign-ins for the teacher.

use super::{after_failure, check_digits, failure_error, hash_secret, locked_for, verify_secret, DeviceMode};
use crate::app::KlarApp;
use crate::learners::LearnerView;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The pictures of a picture password. Deliberately not the avatar pictures, so a learner's
/// avatar on the start screen gives nothing of their password away.
pub const PICTURES: &[&str] =
    &["apple", "ball", "bird", "boat", "car", "cat", "dog", "house", "key", "cup", "umbrella", "bicycle"];

/// How many pictures make a picture password.
pub const PICTURE_PASSWORD_LEN: usize = 3;

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

impl KlarApp {
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
                    failed_attempts: a.map_or(0, |a| a.lock.failed_attempts),
                    last_failed_ms: a.and_then(|a| a.lock.last_failed_ms),
                    locked_seconds: a.and_then(|a| locked_for(a.lock.locked_until_ms, now)),
                }
            })
            .collect();
        Ok(SignInOverview {
            admin_failed_before_unlock: admin.as_ref().map_or(0, |a| a.failed_before_unlock),
            admin_last_failed_ms: admin.and_then(|a| a.lock.last_failed_ms),
            learners,
        })
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
}
