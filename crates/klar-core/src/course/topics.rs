//! The curriculum's topic codes (A1 … F4) and which of them no lesson teaches yet.

use super::model::{Course, LessonEntry};
use std::collections::BTreeSet;

const TOPICS: &[&str] = &[
    "A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "B6", "C1", "C2", "C3", "C4", "C5", "D1",
    "D2", "D3", "D4", "D5", "D6", "D7", "D8", "E1", "E2", "E3", "E4", "E5", "F1", "F2", "F3", "F4",
];

pub fn topic_codes() -> &'static [&'static str] {
    TOPICS
}

/// Codes that no loadable lesson lists, in curriculum order.
pub fn uncovered_topics(course: &Course) -> Vec<&'static str> {
    let covered: BTreeSet<&str> = course
        .lessons
        .iter()
        .filter_map(|e| match e {
            LessonEntry::Ready(l) => Some(l.topics.iter().map(String::as_str)),
            LessonEntry::Unavailable { .. } => None,
        })
        .flatten()
        .collect();
    TOPICS.iter().copied().filter(|t| !covered.contains(t)).collect()
}
