//! Rotating copies of the data file, made with SQLite's backup API into a temporary file that
//! replaces nothing until it is complete and checked, so the last good copy is never overwritten.
//!
//! Copies are named `klar-<sequence>-<ms>.sqlite`. The sequence orders them (a clock that jumps
//! back must not make the newest copy look oldest); the time is only shown to people.

use super::Storage;
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;
use ts_rs::TS;

pub const BACKUPS_KEPT: usize = 3;

const PREFIX: &str = "klar-";
const SUFFIX: &str = ".sqlite";
const PARTIAL_SUFFIX: &str = ".sqlite.partial";

/// One copy in `backups/`, as the restore screens list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    /// The file name; the only way to ask for this copy back.
    pub name: String,
    /// When the copy was made (the PC's clock at the time), ms since 1970.
    #[ts(type = "number")]
    pub created_ms: i64,
    #[ts(type = "number")]
    pub size_bytes: u64,
    /// Whether SQLite's quick check passed on it.
    pub good: bool,
    #[serde(skip)]
    #[ts(skip)]
    sequence: u64,
}

/// `(sequence, ms)` from a copy's name; copies from before sequence numbers have sequence 0.
fn parse_name(name: &str) -> Option<(u64, i64)> {
    let middle = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    match middle.split_once('-') {
        Some((seq, ms)) => Some((seq.parse().ok()?, ms.parse().ok()?)),
        None => Some((0, middle.parse().ok()?)),
    }
}

/// Every copy in `dir`, newest first (by sequence, then by name).
pub fn list_backups(dir: &Path) -> Result<Vec<BackupInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut all = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((sequence, created_ms)) = parse_name(&name) else { continue };
        let size_bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        let good = size_bytes > 0 && quick_check_file(&entry.path()).is_ok();
        all.push(BackupInfo { name, created_ms, size_bytes, good, sequence });
    }
    all.sort_by(|a, b| b.sequence.cmp(&a.sequence).then_with(|| b.name.cmp(&a.name)));
    Ok(all)
}

/// Whether `dir` holds at least one copy (good or not: a person should hear about it either way).
pub fn has_backups(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut it| it.any(|e| e.is_ok_and(|e| parse_name(&e.file_name().to_string_lossy()).is_some())))
}

/// The path of the copy called `name` in `dir`, if it is one of the listed copies (a name from
/// the window never reaches the file system unchecked).
pub fn backup_path(dir: &Path, name: &str) -> Result<PathBuf> {
    if list_backups(dir)?.iter().any(|b| b.name == name) {
        Ok(dir.join(name))
    } else {
        Err(Error::NotFound(format!("backup {name}")))
    }
}

/// Opens a copy read-only and runs `quick_check` on it.
pub(crate) fn quick_check_file(path: &Path) -> Result<Connection> {
    let read_only = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(Error::from)
        .and_then(|c| quick_check(&c).map(|()| c));
    match read_only {
        Ok(c) => Ok(c),
        // Copies made by older versions say "WAL" in their header, which read-only opening may
        // refuse; such a copy is opened for writing (without creating anything) instead.
        Err(_) => {
            let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            quick_check(&conn)?;
            Ok(conn)
        }
    }
}

pub(crate) fn quick_check(conn: &Connection) -> Result<()> {
    let result: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if result == "ok" {
        Ok(())
    } else {
        Err(Error::DatabaseCorrupt(result))
    }
}

/// A copy read into memory and checked, ready to be put in place. Loading it first means the
/// copy is known good before anything is replaced, and later rotation of `backups/` (the copy of
/// the current file made just before a restore) cannot take it away.
pub struct StagedBackup {
    conn: Connection,
}

impl StagedBackup {
    pub fn load(path: &Path) -> Result<Self> {
        let src = quick_check_file(path)?;
        let mut conn = Connection::open_in_memory()?;
        {
            let backup = rusqlite::backup::Backup::new(&src, &mut conn)?;
            backup.run_to_completion(256, Duration::from_millis(0), None)?;
        }
        quick_check(&conn)?;
        Ok(Self { conn })
    }

    /// Writes the copy as a new plain file at `path` (0600), synced to disk.
    pub(crate) fn write_to(&self, path: &Path) -> Result<()> {
        super::create_private_file(path)?;
        let mut dst = Connection::open(path)?;
        self.copy_into(&mut dst)?;
        let _: String = dst.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
        dst.close().map_err(|(_, e)| Error::from(e))?;
        std::fs::File::open(path)?.sync_all()?;
        Ok(())
    }

    pub(crate) fn copy_into(&self, dst: &mut Connection) -> Result<()> {
        let backup = rusqlite::backup::Backup::new(&self.conn, dst)?;
        backup.run_to_completion(256, Duration::from_millis(0), None)?;
        Ok(())
    }
}

/// Removes copies that an interrupted run left half-written.
fn remove_partials(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&format!(".{PREFIX}")) && name.ends_with(PARTIAL_SUFFIX) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// Writes the next `backups/klar-<seq>-<ms>.sqlite` and keeps the newest few.
pub fn backup_now(storage: &Storage, dir: &Path) -> Result<PathBuf> {
    super::private_dir(dir)?;
    remove_partials(dir)?;
    let sequence = list_backups(dir)?.iter().map(|b| b.sequence).max().unwrap_or(0) + 1;
    let now = storage.now();
    let tmp = dir.join(format!(".{PREFIX}{sequence:06}-{now}{PARTIAL_SUFFIX}"));
    let done = dir.join(format!("{PREFIX}{sequence:06}-{now}{SUFFIX}"));
    if let Err(e) = write_copy(storage, &tmp) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, &done)?;
    sync_dir(dir)?;
    let all = list_backups(dir)?;
    for old in all.iter().skip(BACKUPS_KEPT) {
        std::fs::remove_file(dir.join(&old.name))?;
    }
    Ok(done)
}

/// Replaces every copy with one fresh one, so nothing deleted from the data file survives in
/// `backups/` (a deleted learner is gone from the copies too).
pub fn renew_backups(storage: &Storage, dir: &Path) -> Result<()> {
    // The fresh copy comes first, so there is never a moment without one; if it cannot be made,
    // the old copies still go: a deleted person's data must not stay behind.
    let fresh = backup_now(storage, dir);
    if let Err(e) = &fresh {
        tracing::warn!("fresh backup failed: {e}");
    }
    let keep = fresh.as_ref().ok().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
    for old in list_backups(dir)? {
        if Some(&old.name) != keep.as_ref() {
            std::fs::remove_file(dir.join(&old.name))?;
        }
    }
    remove_partials(dir)?;
    sync_dir(dir)?;
    fresh.map(|_| ())
}

fn write_copy(storage: &Storage, tmp: &Path) -> Result<()> {
    super::create_private_file(tmp)?;
    let mut dst = Connection::open(tmp)?;
    {
        let backup = rusqlite::backup::Backup::new(&storage.conn, &mut dst)?;
        backup.run_to_completion(256, Duration::from_millis(0), None)?;
    }
    // A copy of a WAL file says "WAL" in its header; a copy is a single plain file.
    let _: String = dst.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
    dst.pragma_update(None, "secure_delete", "ON")?;
    dst.pragma_update(None, "foreign_keys", "ON")?;
    // No copy ever holds a guest's work, whoever happens to be signed in right now.
    dst.execute("DELETE FROM learners WHERE is_guest = 1", [])?;
    quick_check(&dst)?;
    dst.close().map_err(|(_, e)| Error::from(e))?;
    std::fs::File::open(tmp)?.sync_all()?;
    Ok(())
}

/// Makes a rename in `dir` survive a power cut (a no-op where directories cannot be synced).
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_order_by_sequence_not_by_clock() {
        assert_eq!(parse_name("klar-000002-1000.sqlite"), Some((2, 1000)));
        assert_eq!(parse_name("klar-1700000000000.sqlite"), Some((0, 1_700_000_000_000)));
        assert_eq!(parse_name(".klar-000002-1000.sqlite.partial"), None);
        assert_eq!(parse_name("klar-x.sqlite"), None);
        assert_eq!(parse_name("notes.txt"), None);
    }
}
