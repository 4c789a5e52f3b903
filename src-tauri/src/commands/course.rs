//! The course map and the glossary.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::app::{GlossaryView, LessonCard};
use tauri::State;

#[tauri::command]
pub async fn course_overview(state: State<'_, Shared>) -> Result<Vec<LessonCard>, IpcError> {
    state.run(|app| app.course_overview()).await
}

#[tauri::command]
pub async fn glossary_term(state: State<'_, Shared>, term: String) -> Result<GlossaryView, IpcError> {
    state.run(move |app| app.glossary(&term)).await
}
