//! The app itself: start-up, the system's language, printing, closing, About Klar.

use crate::error::IpcError;
use crate::state::Shared;
use klar_core::i18n::LocaleInfo;
use klar_core::session::Bootstrap;
use tauri::State;

#[tauri::command]
pub async fn app_bootstrap(state: State<'_, Shared>) -> Result<Bootstrap, IpcError> {
    let os = state.os_locale.clone();
    state.run(move |app| app.bootstrap(&os)).await
}

/// The system's language, even when the data could not be opened: the error and restore screens
/// speak it instead of guessing from the webview.
#[tauri::command]
pub fn app_locale(state: State<'_, Shared>) -> LocaleInfo {
    klar_core::i18n::os_locale_info(&state.os_locale)
}

#[tauri::command]
pub async fn app_welcomed(state: State<'_, Shared>) -> Result<(), IpcError> {
    state.run(|app| app.mark_welcomed()).await
}

/// Opens the system's print dialog for what the window shows (the printable lesson summary).
#[tauri::command]
pub async fn app_print<R: tauri::Runtime>(window: tauri::WebviewWindow<R>, state: State<'_, Shared>) -> Result<(), IpcError> {
    // Reported as the core's I/O error, so that the learner reads it in their language.
    window.print().map_err(|e| state.core_error(&klar_core::Error::Io(std::io::Error::other(e.to_string()))))
}

/// The page has saved what was being typed: the window may close now.
#[tauri::command]
pub fn app_close_ready<R: tauri::Runtime>(window: tauri::WebviewWindow<R>) {
    crate::closing::page_saved(&window);
}

/// Version, build date and the licences of everything inside the app (Settings → About Klar).
#[tauri::command]
pub async fn app_about() -> Result<crate::about::AboutView, IpcError> {
    tauri::async_runtime::spawn_blocking(crate::about::about)
        .await
        .map_err(|e| IpcError::internal(e.to_string()))
}
