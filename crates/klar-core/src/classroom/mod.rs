//! The three device modes (home, classroom, public library) and what they bring: the mode itself
//! (`mode`), the teacher's PIN and session (`admin`), learners' picture passwords and PINs
//! (`secrets`) and the idle rule (`idle`). The rules are pure functions with the time passed in,
//! so each is tested with exact clocks; the intents are methods on `KlarApp` beside them.

mod admin;
mod idle;
mod mode;
mod secrets;

pub use admin::{
    after_failure, check_admin_pin_format, failure_error, hash_secret, locked_for, verify_secret, ADMIN_IDLE_MS,
    ADMIN_PIN_MIN_DIGITS, LOCK_STEPS_MS, MAX_TRIES,
};
pub(crate) use admin::check_digits;
pub use idle::{
    idle_check, IdleState, IdleView, IDLE_EXPIRE_MS, IDLE_WARN_MS, LEARNER_IDLE_DEFAULT_MINUTES, LEARNER_IDLE_MINUTES_RANGE,
};
pub use mode::{DeviceMode, ModeView};
pub(crate) use mode::KEY_DEVICE_NAME;
pub use secrets::{
    check_pin_format, LearnerAttemptsView, LearnerSecret, PictureCard, PictureView, SecretKind, SecretSetView,
    SignInOverview, PICTURES, PICTURE_PASSWORD_LEN,
};
