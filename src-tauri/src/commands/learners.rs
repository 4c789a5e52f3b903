//! Learners: creating, choosing, signing in, guest sessions, signing out, deleting.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::classroom::LearnerSecret;
use klar_core::learners::LearnerView;
use klar_core::session::Bootstrap;
use tauri::State;

#[tauri::command]
pub async fn learners_create(state: State<'_, Shared>, name: String, avatar: String) -> Result<LearnerView, IpcError> {
    state.run(move |app| app.create_learner(&name, &avatar)).await
}

#[tauri::command]
pub async fn learners_select(state: State<'_, Shared>, id: i64) -> Result<LearnerView, IpcError> {
    state.run(move |app| app.select_learner(id)).await
}

#[tauri::command]
pub async fn learners_guest(state: State<'_, Shared>) -> Result<LearnerView, IpcError> {
    state.run(|app| app.start_guest()).await
}

#[tauri::command]
pub async fn learners_sign_in(state: State<'_, Shared>, id: i64, secret: Option<LearnerSecret>) -> Result<LearnerView, IpcError> {
    state.run(move |app| app.sign_in(id, secret)).await
}

#[tauri::command]
pub async fn learners_sign_out(state: State<'_, Shared>) -> Result<Bootstrap, IpcError> {
    let os = state.os_locale.clone();
    state.run(move |app| app.sign_out().and_then(|()| app.bootstrap(&os))).await
}

#[tauri::command]
pub async fn learners_delete(state: State<'_, Shared>, id: i64) -> Result<Bootstrap, IpcError> {
    let os = state.os_locale.clone();
    state.run(move |app| app.delete_learner(id).and_then(|()| app.bootstrap(&os))).await
}
