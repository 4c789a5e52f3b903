//! The lesson player: opening a lesson, moving between steps, answering, reflecting and sharing,
//! the time spent, finishing. Each command is one user intent and one transaction in klar-core.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::course::LessonCard;
use klar_core::player::{ActivityView, AnswerView, DemoLoopView, DemoValue, LessonView, SavedView};
use klar_core::progress::Confidence;
use std::collections::BTreeMap;
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
pub async fn quiz_answer(
    state: State<'_, Shared>,
    lesson_uuid: String,
    question_uuid: String,
    chosen: Vec<String>,
    confidence: Option<Confidence>,
) -> Result<AnswerView, IpcError> {
    state.run(move |app| app.answer(&lesson_uuid, &question_uuid, chosen, confidence)).await
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

#[tauri::command]
pub async fn reflection_share(state: State<'_, Shared>, lesson_uuid: String, step_uuid: String, shared: bool) -> Result<(), IpcError> {
    state.run(move |app| app.share_reflection(&lesson_uuid, &step_uuid, shared)).await
}

/// The learner's answer to a demo step's question before the run.
#[tauri::command]
pub async fn demo_predict(state: State<'_, Shared>, lesson_uuid: String, step_uuid: String, option: String) -> Result<DemoLoopView, IpcError> {
    state.run(move |app| app.demo_predict(&lesson_uuid, &step_uuid, &option)).await
}

/// What the demo recorded of the learner's run, for the debrief.
#[tauri::command]
pub async fn demo_record(
    state: State<'_, Shared>,
    lesson_uuid: String,
    step_uuid: String,
    values: BTreeMap<String, DemoValue>,
) -> Result<DemoLoopView, IpcError> {
    state.run(move |app| app.demo_record(&lesson_uuid, &step_uuid, values)).await
}

/// A heartbeat while a lesson is open: counts the time spent in it.
#[tauri::command]
pub async fn lesson_activity(state: State<'_, Shared>, lesson_uuid: String) -> Result<ActivityView, IpcError> {
    state.run(move |app| app.record_activity(&lesson_uuid)).await
}

#[tauri::command]
pub async fn lesson_complete(state: State<'_, Shared>, lesson_uuid: String) -> Result<Vec<LessonCard>, IpcError> {
    state.run(move |app| app.complete_lesson(&lesson_uuid)).await
}
