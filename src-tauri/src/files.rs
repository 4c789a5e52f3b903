//! Files the teacher or learner moves by hand (CSV, progress files, their own data): the native
//! dialog is opened here, so the window never sees or names a path, and writes are atomic.
//! `KLAR_EXPORT_DIR` / `KLAR_IMPORT_FILE` replace the dialogs in end-to-end tests (a test cannot
//! click a GTK dialog). Only debug builds (which the tests run) read them: in a release build a
//! variable in someone's environment cannot make Klar skip a dialog.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Asks where to save `suggested`; None when the person cancels.
pub async fn save_path<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>, suggested: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
    if let Some(dir) = dialog_override("KLAR_EXPORT_DIR", OVERRIDES_HONOURED) {
        return Some(dir.join(suggested));
    }
    let handle = rfd::AsyncFileDialog::new().set_parent(window).set_file_name(suggested).add_filter(filter.0, filter.1).save_file().await?;
    Some(handle.path().to_path_buf())
}

/// Asks for a folder to put several files into; None when the person cancels.
pub async fn folder_path<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) -> Option<PathBuf> {
    if let Some(dir) = dialog_override("KLAR_EXPORT_DIR", OVERRIDES_HONOURED) {
        return Some(dir);
    }
    rfd::AsyncFileDialog::new().set_parent(window).pick_folder().await.map(|h| h.path().to_path_buf())
}

/// Asks for a progress file to open; None when the person cancels.
pub async fn open_path<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>, filter: (&str, &[&str])) -> Option<PathBuf> {
    if let Some(file) = dialog_override("KLAR_IMPORT_FILE", OVERRIDES_HONOURED) {
        return Some(file);
    }
    rfd::AsyncFileDialog::new().set_parent(window).add_filter(filter.0, filter.1).pick_file().await.map(|h| h.path().to_path_buf())
}

/// Debug builds only: the end-to-end tests run one; a shipped (release) build always asks.
const OVERRIDES_HONOURED: bool = cfg!(debug_assertions);

/// The path a test put in `var` instead of a dialog, when this build honours such overrides.
fn dialog_override(var: &str, honoured: bool) -> Option<PathBuf> {
    if !honoured {
        return None;
    }
    std::env::var_os(var).filter(|d| !d.is_empty()).map(PathBuf::from)
}

/// What the window is told about a file: its name, never the folder it is in.
pub fn display_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Writes `bytes` to a temporary file next to `path`, flushes it to disk and renames it over
/// `path`, so a full USB stick or a pulled cable never leaves half a file under the real name.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.klar-tmp-{}", display_name(path), std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Writes `bytes` to `path` on a blocking thread of its own, so a slow USB stick holds up no other
/// command; failures come back localized (disk full, read-only stick …). Returns the file's name.
pub async fn write_in_background(state: &crate::state::Shared, path: std::path::PathBuf, bytes: Vec<u8>) -> Result<String, crate::error::IpcError> {
    let written = tauri::async_runtime::spawn_blocking(move || write_atomic(&path, &bytes).map(|()| display_name(&path))).await;
    match written {
        Ok(Ok(name)) => Ok(name),
        Ok(Err(e)) => Err(state.core_error(&e.into())),
        Err(e) => Err(crate::error::IpcError::internal(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_file() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("a.csv");
        write_atomic(&p, b"one")?;
        write_atomic(&p, b"two")?;
        assert_eq!(std::fs::read(&p)?, b"two");
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
        Ok(())
    }

    #[test]
    fn a_write_into_a_missing_folder_fails_cleanly() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        assert!(write_atomic(&dir.path().join("gone/a.csv"), b"x").is_err());
        Ok(())
    }

    #[test]
    fn only_a_debug_build_lets_a_variable_replace_the_dialog() {
        let var = "KLAR_TEST_ONLY_DIALOG_OVERRIDE";
        std::env::set_var(var, "/somewhere/progress.json");
        assert_eq!(dialog_override(var, true), Some(PathBuf::from("/somewhere/progress.json")));
        assert_eq!(dialog_override(var, false), None, "a release build reads no override");
        assert_eq!(OVERRIDES_HONOURED, cfg!(debug_assertions));
        std::env::remove_var(var);
    }
}
