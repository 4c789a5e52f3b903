//! The learner's (or the device's) settings: language, text size, contrast, motion.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::settings::{Settings, SettingsPatch};
use tauri::State;

#[tauri::command]
pub async fn settings_update(state: State<'_, Shared>, patch: SettingsPatch) -> Result<Settings, IpcError> {
    state.run(move |app| app.update_settings(patch)).await
}
