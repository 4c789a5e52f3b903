//! The teacher's report: the class overview, one learner's details and printable record, and the
//! class table as a CSV file (the dialog opens here; the table and its file name are klar-core's).

use crate::error::IpcError;
use crate::files;
use crate::state::Shared;
use klar_core::report::{LearnerDetail, LearnerRecord, TeacherOverview};
use tauri::{State, WebviewWindow};

const CSV: (&str, &[&str]) = ("CSV", &["csv"]);

#[tauri::command]
pub async fn teacher_overview(state: State<'_, Shared>) -> Result<TeacherOverview, IpcError> {
    state.run(|app| app.teacher_overview()).await
}

#[tauri::command]
pub async fn teacher_learner(state: State<'_, Shared>, id: i64) -> Result<LearnerDetail, IpcError> {
    state.run(move |app| app.learner_detail(id)).await
}

/// A learner's printable record (the learner themself or the teacher).
#[tauri::command]
pub async fn learner_record(state: State<'_, Shared>, id: i64) -> Result<LearnerRecord, IpcError> {
    state.run(move |app| app.learner_record(id)).await
}

/// The teacher's table as CSV, exactly as shown. None: the dialog was cancelled.
#[tauri::command]
pub async fn report_export_csv<R: tauri::Runtime>(window: WebviewWindow<R>, state: State<'_, Shared>) -> Result<Option<String>, IpcError> {
    let csv = state.run(|app| app.class_report_csv()).await?;
    let Some(path) = files::save_path(&window, klar_core::report::CLASS_REPORT_FILE, CSV).await else { return Ok(None) };
    files::write_in_background(&state, path, csv.into_bytes()).await.map(Some)
}
