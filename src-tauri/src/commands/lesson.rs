//! Inside a lesson: opening it, moving between steps, answering, reflecting, finishing.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::course::LessonCard;
use klar_core::player::{AnswerView, LessonView, SavedView};
use tauri::State;

#[tauri::command]
pub async fn lesson_open(state: State<'_, Shared>, lesson_uuid: String) -> Result<LessonView, IpcError> {
    state.run(move |app| app.open_lesson(&lesson_uuid)).await
}

#[tauri::command]
pub async fn lesson_goto(state: State<'_, Shared>, lesson_uuid: String, step_uuid: String) -> Result<(), IpcError> {
    state.run(move |app| app.goto_step(&lesson_uuid, &step_uuid)).await
}

#[tauri::command]
pub async fn lesson_complete(state: State<'_, Shared>, lesson_uuid: String) -> Result<Vec<LessonCard>, IpcError> {
    state.run(move |app| app.complete_lesson(&lesson_uuid)).await
}

#[tauri::command]
pub async fn quiz_answer(
    state: State<'_, Shared>,
    lesson_uuid: String,
    question_uuid: String,
    chosen: Vec<String>,
) -> Result<AnswerView, IpcError> {
    state.run(move |app| app.answer(&lesson_uuid, &question_uuid, chosen)).await
}

#[tauri::command]
pub async fn reflection_save(
    state: State<'_, Shared>,
    lesson_uuid: String,
    step_uuid: String,
    text: String,
) -> Result<SavedView, IpcError> {
    state.run(move |app| app.save_reflection(&lesson_uuid, &step_uuid, &text)).await
}
