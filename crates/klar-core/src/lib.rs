//! Klar's core: the course (lessons, quizzes, rendering), learners and their progress (SQLite),
//! and translations. No window and no model here, so everything can be tested headless.

pub mod app;
pub mod classroom;
pub mod clock;
pub mod error;
pub mod i18n;
pub mod lessons;
pub mod storage;
pub mod transfer;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorCode, Result};
