//! The course as data: loading lessons from `lessons/`, checking them, rendering their Markdown
//! and checking quiz answers (the app and `cargo xtask check` share this loader), and the
//! course's pages as the learner sees them: the course map, the glossary, the teachers' and
//! summary pages.

mod demo_loop;
mod diagnostics;
mod glossary;
mod loader;
mod markdown;
mod model;
mod overview;
mod pages;
pub mod presets;
mod read;
mod shared;
mod texts;
mod quiz;
mod render;
mod topics;

pub use demo_loop::{placeholders, record_fields, RecordField, ValueKind};
pub use diagnostics::{Diagnostic, Severity};
pub use loader::{load_course, LoadedCourse};
pub use shared::published_uuids;
pub use markdown::parse_locale_file;
pub use glossary::GlossaryView;
pub use model::*;
pub use overview::LessonCard;
pub use pages::{LessonSummaryView, TeacherNotesView, TopicView};
pub use quiz::{check_answer, QuizVerdict};
pub use render::{render_markdown, RenderContext};
pub use topics::{topic_codes, uncovered_topics};

/// The demos the app can embed; a demo step naming anything else is an error.
pub const KNOWN_DEMOS: &[&str] = &[
    "next-token",
    "tokenizer",
    "chat",
    "hallucination",
    "bias-probe",
    "classifier",
    "detector",
    "injection",
    "privacy",
    "energy",
    "agent",
];
