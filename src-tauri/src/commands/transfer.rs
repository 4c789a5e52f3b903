//! Files that leave or enter Klar by hand (a USB stick): progress files to move learners between
//! PCs, and a learner's own data. The dialog opens from here; the window only learns the file's name.

use crate::error::IpcError;
use crate::files;
use crate::state::Shared;
use klar_core::transfer::{ExportScope, ImportPreview, ImportSummary, PendingImports};
use std::sync::Mutex;
use tauri::{State, WebviewWindow};

/// The progress file waiting for the person's yes after `progress_import` (at most one).
#[derive(Default)]
pub struct ImportSlot(Mutex<PendingImports>);

impl ImportSlot {
    fn with<T>(&self, f: impl FnOnce(&mut PendingImports) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

const PROGRESS: (&str, &[&str]) = ("Klar", &["json"]);

/// A progress file for one learner or the whole class, to import on another PC.
#[tauri::command]
pub async fn progress_export<R: tauri::Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, Shared>,
    scope: ExportScope,
) -> Result<Option<String>, IpcError> {
    let json = state.run(move |app| app.export_progress(scope)).await?;
    let name = match scope {
        ExportScope::Class => "klar-class-progress.json".to_string(),
        ExportScope::Learner { id } => format!("klar-learner-{id}-progress.json"),
    };
    let Some(path) = files::save_path(&window, &name, PROGRESS).await else { return Ok(None) };
    files::write_in_background(&state, path, json.into_bytes()).await.map(Some)
}

/// Step one of an import: the open dialog, then the file is read (its size checked first),
/// checked completely and compared with this PC's data. Nothing is written: the reply says what
/// the import would do and carries the token that confirms it. None: the dialog was cancelled.
#[tauri::command]
pub async fn progress_import<R: tauri::Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, Shared>,
    slot: State<'_, ImportSlot>,
) -> Result<Option<ImportPreview>, IpcError> {
    let Some(path) = files::open_path(&window, PROGRESS).await else { return Ok(None) };
    let read = tauri::async_runtime::spawn_blocking(move || klar_core::transfer::read_file(&path)).await;
    let bytes = match read {
        Ok(r) => r.map_err(|e| state.core_error(&e))?,
        Err(e) => return Err(IpcError::internal(e.to_string())),
    };
    let (preview, pending) = state.run(move |app| app.preview_import(&bytes)).await?;
    slot.with(|s| s.keep(pending));
    Ok(Some(preview))
}

/// Step two: merges the previewed file in one transaction. The token works once, for ten
/// minutes, in the session that made the preview, under the same rules as step one.
#[tauri::command]
pub async fn progress_import_confirm(state: State<'_, Shared>, slot: State<'_, ImportSlot>, token: String) -> Result<ImportSummary, IpcError> {
    let pending = slot.with(|s| s.take(&token));
    state.run(move |app| app.confirm_import(pending?)).await
}

/// The person said no: the previewed file is forgotten.
#[tauri::command]
pub fn progress_import_cancel(slot: State<'_, ImportSlot>, token: String) {
    slot.with(|s| s.forget(&token));
}

/// Everything stored about a learner (JSON and CSV tables) into a folder the person picks.
/// The reply names the files written.
#[tauri::command]
pub async fn learner_data_export<R: tauri::Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, Shared>,
    id: i64,
) -> Result<Option<Vec<String>>, IpcError> {
    let data = state.run(move |app| app.learner_data_export(id)).await?;
    let Some(dir) = files::folder_path(&window).await else { return Ok(None) };
    let mut written = vec![files::write_in_background(&state, dir.join(&data.json_file_name), data.json.into_bytes()).await?];
    for f in data.csv_files {
        written.push(files::write_in_background(&state, dir.join(&f.file_name), f.content.into_bytes()).await?);
    }
    Ok(Some(written))
}
