//! Klar's core, one module per domain: the course (`course`), the lesson player (`player`),
//! progress and time spent (`progress`), learners (`learners`), the device modes (`classroom`),
//! the teacher's report (`report`), progress files (`transfer`), backups (`data`), settings,
//! sessions and translations (`i18n`), over one SQLite file (`storage`, a folder per table).
//! `KlarApp` (`app`) holds it together; its intents live in the domains. No window and no model
//! here, so everything can be tested headless.

pub mod app;
pub mod classroom;
pub mod clock;
pub mod course;
pub mod data;
pub mod error;
pub mod i18n;
pub mod learners;
pub mod player;
pub mod progress;
pub mod report;
pub mod session;
pub mod settings;
pub mod storage;
pub mod transfer;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorCode, Result};
