//! The course: the course map, the glossary, a lesson's teachers' page and its summary.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::course::{GlossaryView, LessonCard, LessonSummaryView, TeacherNotesView};
use tauri::State;

#[tauri::command]
pub async fn course_overview(state: State<'_, Shared>) -> Result<Vec<LessonCard>, IpcError> {
    state.run(|app| app.course_overview()).await
}

#[tauri::command]
pub async fn glossary_term(state: State<'_, Shared>, term: String) -> Result<GlossaryView, IpcError> {
    state.run(move |app| app.glossary(&term)).await
}

#[tauri::command]
pub async fn glossary_all(state: State<'_, Shared>) -> Result<Vec<GlossaryView>, IpcError> {
    state.run(|app| app.glossary_all()).await
}

#[tauri::command]
pub async fn lesson_teachers(state: State<'_, Shared>, lesson_uuid: String) -> Result<TeacherNotesView, IpcError> {
    state.run(move |app| app.teacher_notes(&lesson_uuid)).await
}

#[tauri::command]
pub async fn lesson_summary(state: State<'_, Shared>, lesson_uuid: String) -> Result<LessonSummaryView, IpcError> {
    state.run(move |app| app.lesson_summary(&lesson_uuid)).await
}

/// The Lab page's starting settings for the demos that run in the learner's language.
#[tauri::command]
pub async fn lab_presets(state: State<'_, Shared>) -> Result<Vec<klar_core::course::presets::LabPreset>, IpcError> {
    state.run(|app| app.lab_presets()).await
}
