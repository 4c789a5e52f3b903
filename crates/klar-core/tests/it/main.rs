//! klar-core's integration tests, one binary: the app API on real data files, the course and
//! its translations, the storage file, progress files. `support` holds what they share.
//! (The privacy highlighter's tests are still their own binary, `tests/privacy.rs`.)

mod app_journey;
mod broken_lessons;
mod classroom;
mod course_content;
mod sessions;
mod storage_file;
mod support;
mod transfer;
