//! The data file's copies. After a start that found the data file missing or empty
//! (`data_missing`), anyone at the PC may list the copies and bring one back, or choose to start
//! empty; once Klar runs, only the admin lists and restores them (Settings → Backups).

use crate::error::IpcError;
use crate::state::{OpenChoice, Opener, Shared};
use klar_core::app::KlarApp;
use klar_core::storage::{backup_dir_for, list_backups, BackupInfo};
use tauri::State;

const DATA_MISSING: crate::error::IpcErrorCode = crate::error::IpcErrorCode::Core(klar_core::ErrorCode::DataMissing);

/// The start-up error again unless it is `data_missing` with a way to open the data.
fn missing_data_opener<'a>(startup: &IpcError, opener: Option<&'a Opener>) -> Result<&'a Opener, IpcError> {
    match opener {
        Some(o) if startup.code == DATA_MISSING => Ok(o),
        _ => Err(startup.clone()),
    }
}

fn localized(opener: &Opener, e: &klar_core::Error) -> IpcError {
    let message = klar_core::i18n::localized_error(&klar_core::i18n::Localizer::embedded(), &opener.locale, e);
    IpcError::from_core(e, message)
}

#[tauri::command]
pub async fn data_backups(state: State<'_, Shared>) -> Result<Vec<BackupInfo>, IpcError> {
    backups(&state).await
}

#[tauri::command]
pub async fn data_restore(state: State<'_, Shared>, name: String) -> Result<(), IpcError> {
    restore(&state, name).await
}

/// Only after a `data_missing` start: the person saw the copies and chose to start without them.
#[tauri::command]
pub async fn data_start_empty(state: State<'_, Shared>) -> Result<(), IpcError> {
    start_empty(&state).await
}

pub async fn backups(state: &Shared) -> Result<Vec<BackupInfo>, IpcError> {
    let listed = state
        .with_failed_start(|startup, opener| {
            let opener = missing_data_opener(startup, opener)?;
            let file = klar_core::app::data_file_in(&opener.data_dir);
            let list = list_backups(&backup_dir_for(&file)).map_err(|e| localized(opener, &e))?;
            Ok((list, None::<KlarApp>))
        })
        .await;
    match listed {
        Some(r) => r,
        None => state.run(|app| app.backups()).await,
    }
}

pub async fn restore(state: &Shared, name: String) -> Result<(), IpcError> {
    let at_start_name = name.clone();
    let restored = state
        .with_failed_start(move |startup, opener| {
            let opener = missing_data_opener(startup, opener)?;
            Ok(((), Some(opener.open(OpenChoice::Restore(at_start_name))?)))
        })
        .await;
    match restored {
        Some(r) => r,
        None => state.run(move |app| app.restore_backup(&name)).await,
    }
}

pub async fn start_empty(state: &Shared) -> Result<(), IpcError> {
    let started = state
        .with_failed_start(|startup, opener| {
            let opener = missing_data_opener(startup, opener)?;
            Ok(((), Some(opener.open(OpenChoice::StartEmpty)?)))
        })
        .await;
    match started {
        Some(r) => r,
        None => state.run(|_| Err(klar_core::Error::invalid("Klar has its data; there is nothing to start empty"))).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tauri::async_runtime::block_on;

    /// A data folder whose file had a learner and a copy, and then was emptied.
    fn emptied_folder() -> Result<tempfile::TempDir, Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        {
            let opened = crate::opened_state(dir.path(), "en_GB.UTF-8");
            let mut guard = opened.app.lock().map_err(|_| "poisoned")?;
            let app = guard.as_mut().map_err(|e| e.to_string())?;
            app.create_learner("Mila", "fish").map_err(|e| e.to_string())?;
            app.shutdown().map_err(|e| e.to_string())?;
        }
        // Start-up made the copy before Mila existed; one more holds her.
        let file = klar_core::app::data_file_in(dir.path());
        {
            let s = klar_core::storage::Storage::open(&file, std::sync::Arc::new(klar_core::SystemClock))?;
            klar_core::storage::backup_now(&s, &backup_dir_for(&file))?;
        }
        std::fs::write(&file, b"")?;
        for f in ["klar.sqlite-wal", "klar.sqlite-shm"] {
            let _ = std::fs::remove_file(dir.path().join(f));
        }
        Ok(dir)
    }

    #[test]
    fn a_missing_file_offers_the_copies_and_the_newest_comes_back() -> Result<(), Box<dyn std::error::Error>> {
        let dir = emptied_folder()?;
        let state = crate::opened_state(dir.path(), "en_GB.UTF-8");
        let err = block_on(state.run(|app| app.bootstrap("en"))).err().ok_or("a missing file was replaced silently")?;
        assert_eq!(err.code, DATA_MISSING);
        let list = block_on(backups(&state)).map_err(|e| e.to_string())?;
        assert_eq!(list.len(), 2, "{list:?}");
        block_on(restore(&state, list[0].name.clone())).map_err(|e| e.to_string())?;
        let boot = block_on(state.run(|app| app.bootstrap("en"))).map_err(|e| e.to_string())?;
        assert_eq!(boot.learners.iter().map(|l| l.display_name.as_str()).collect::<Vec<_>>(), vec!["Mila"]);
        let refused = block_on(start_empty(&state)).err().ok_or("started empty over existing data")?;
        assert_eq!(refused.code, klar_core::ErrorCode::InvalidInput.into());
        Ok(())
    }

    #[test]
    fn starting_empty_is_possible_only_after_the_question() -> Result<(), Box<dyn std::error::Error>> {
        let dir = emptied_folder()?;
        let state = crate::opened_state(dir.path(), "de_DE.UTF-8");
        block_on(start_empty(&state)).map_err(|e| e.to_string())?;
        let boot = block_on(state.run(|app| app.bootstrap("de"))).map_err(|e| e.to_string())?;
        assert!(boot.learners.is_empty() && boot.mode.is_none());
        Ok(())
    }

    #[test]
    fn a_failed_start_is_opened_again_when_the_window_retries() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let blocked = dir.path().join("data");
        // A file where the data folder should be: the start fails as on a broken disk.
        std::fs::write(&blocked, b"in the way")?;
        let state = crate::opened_state(&blocked, "en_GB.UTF-8");
        assert!(block_on(state.run(|app| app.bootstrap("en"))).is_err());
        std::fs::remove_file(&blocked)?;
        block_on(state.run(|app| app.bootstrap("en"))).map_err(|e| e.to_string())?;
        Ok(())
    }
}
