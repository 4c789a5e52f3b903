//! Progress files that move learners between PCs without a network (a USB stick): a versioned
//! JSON document, validated strictly before anything touches the database, then merged in one
//! transaction. The shell opens the file dialogs; `read` reads the chosen file within its size
//! cap. `file` is the format, `merge` the merge rules, `service` export and import as intents,
//! `learner_data` the learner-rights export.
//!
//! What travels:
//! - a class transfer (teacher) or a teacher's export of one learner: progress, answers, time
//!   spent, and only the reflections the learner shared — reflections are private;
//! - a learner's own export, and the learner-data export (learner rights): all reflections;
//! - every export: the demo steps' predictions and recorded runs.
//!
//! Never: sign-in secrets (a teacher sets them again on the new PC), guests, device settings.
//! Lessons this PC does not know are kept (a newer course on another PC may have them; reports
//! only show the course's lessons), so nothing of a learner is lost on the way through.

mod demo_records;
mod file;
mod learner_data;
mod merge;
mod read;
mod service;
#[cfg(test)]
mod tests;

pub use demo_records::{merge_demo_record, FileDemoRecord};
pub use file::*;
pub use learner_data::{CsvFile, LearnerDataExport};
pub use merge::{merge_answer, merge_learners, merge_progress, merge_reflection, preview_merge, LearnerMergePreview, MergeCounts};
pub use read::{read_capped, read_file};
pub use service::{
    ExportScope, ImportLearnerPreview, ImportPreview, ImportSummary, PendingImport, PendingImports, IMPORT_PREVIEW_MS,
};
