//! Klar's core: the course (lessons, quizzes, rendering), learners and their progress (SQLite),
//! and translations. No window and no model here, so everything can be tested headless.

pub mod app;
pub mod classroom;
pub mod clock;
pub mod error;
pub mod course;
pub mod data;
pub mod i18n;
pub mod learners;
pub mod player;
pub mod privacy;
pub mod progress;
pub mod report;
pub mod session;
pub mod settings;
pub mod storage;
pub mod transfer;

/// The course's old module name, for callers outside this crate that still use it.
pub use course as lessons;
pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorCode, Result};
