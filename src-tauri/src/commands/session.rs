//! The session's idle rule: how long until a learner is signed out, and "I am still here".

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::classroom::IdleView;
use tauri::State;

/// Polled by the window for the countdown; the idle rule itself runs on every learner command.
#[tauri::command]
pub async fn session_idle(state: State<'_, Shared>) -> Result<IdleView, IpcError> {
    state.run(|app| app.idle_status()).await
}

#[tauri::command]
pub async fn session_keep_alive(state: State<'_, Shared>) -> Result<(), IpcError> {
    state.run(|app| app.keep_alive()).await
}
