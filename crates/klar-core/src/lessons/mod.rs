//! The course as data: loading lessons from `lessons/`, checking them, rendering their Markdown
//! and checking quiz answers. The app and `cargo xtask check` share this loader.

mod diagnostics;
mod loader;
mod markdown;
mod model;
mod quiz;
mod render;
mod topics;

pub use diagnostics::{Diagnostic, Severity};
pub use loader::{load_course, published_uuids, LoadedCourse};
pub use markdown::parse_locale_file;
pub use model::*;
pub use quiz::{check_answer, QuizVerdict};
pub use render::{render_markdown, RenderContext};
pub use topics::{topic_codes, uncovered_topics};

/// Every locale Klar knows, in the order the language picker shows them.
/// `de-x-ls` is German in Leichte Sprache (plain language).
pub const KNOWN_LOCALES: &[&str] = &["de", "de-x-ls", "en", "tr", "uk", "ar", "ru"];

/// Where a locale's text comes from when a step is missing in it.
pub fn fallback_chain(locale: &str) -> Vec<&str> {
    let mut chain = vec![locale];
    if locale == "de-x-ls" {
        chain.push("de");
    }
    if locale != "en" {
        chain.push("en");
    }
    chain
}

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
];
