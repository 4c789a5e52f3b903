//! Rotating copies of the data file, made with SQLite's backup API into a temporary file that
//! replaces nothing until it is complete, so the last good copy is never overwritten.

use super::Storage;
use crate::error::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const BACKUPS_KEPT: usize = 3;

/// Writes `backups/klar-<ms>.sqlite` next to the data file and keeps the newest few.
pub fn backup_now(storage: &Storage, dir: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let now = storage.now();
    let tmp = dir.join(format!(".klar-{now}.sqlite.partial"));
    let done = dir.join(format!("klar-{now}.sqlite"));
    {
        let mut dst = rusqlite::Connection::open(&tmp)?;
        let backup = rusqlite::backup::Backup::new(&storage.conn, &mut dst)?;
        backup.run_to_completion(256, Duration::from_millis(0), None)?;
    }
    std::fs::rename(&tmp, &done)?;
    let mut all: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("klar-") && n.ends_with(".sqlite")))
        .collect();
    all.sort();
    while all.len() > BACKUPS_KEPT {
        let oldest = all.remove(0);
        std::fs::remove_file(oldest)?;
    }
    Ok(done)
}
