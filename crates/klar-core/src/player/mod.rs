//! The lesson player: opening a lesson, answering its questions, predicting and recording demo runs, writing reflections, moving
//! between steps and finishing. Each intent is one method on `KlarApp` and commits exactly once
//! (`Storage::transact`), the time spent in the lesson included.

mod answer;
mod demo;
mod navigate;
mod open;
mod reflect;
#[cfg(test)]
mod tests;

pub use answer::{AnswerView, FeedbackView};
pub use demo::{DemoLoopView, DemoValue};
pub use navigate::ActivityView;
pub use open::{LessonView, OptionView, StepBody, StepView};
pub use reflect::SavedView;
