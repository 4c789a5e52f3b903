//! What the integration tests share: the real course (loaded once), a Klar app on a data file
//! with a fixed clock, and the error code of a result.

use klar_core::app::KlarApp;
use klar_core::course::{load_course, Course};
use klar_core::storage::Storage;
use klar_core::{ErrorCode, FixedClock};
use std::path::Path;
use std::sync::{Arc, OnceLock};

pub type R = Result<(), Box<dyn std::error::Error>>;

/// A moment in 2025, the start of every test's clock.
pub const T0: i64 = 1_760_000_000_000;

pub fn course() -> Course {
    static COURSE: OnceLock<Course> = OnceLock::new();
    COURSE.get_or_init(|| load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).course).clone()
}

pub fn open(path: &Path, clock: &Arc<FixedClock>) -> Result<KlarApp, Box<dyn std::error::Error>> {
    Ok(KlarApp::new(course(), Storage::open(path, clock.clone())?)?)
}

pub fn code<T>(r: klar_core::Result<T>) -> Option<ErrorCode> {
    r.err().map(|e| e.code())
}
