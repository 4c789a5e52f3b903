//! The one SQLite file that keeps learners, progress, answers and reflections. Opening checks
//! integrity, applies migrations in one transaction and refuses newer files; `transact` makes
//! one user intent one transaction. One folder per table (`learners/`, `progress/` for
//! `lesson_progress`, `answers/` for `quiz_answers`, `reflections/`, `admin_pin/`, `secrets/` for
//! `learner_secrets`, `settings/`, `drawings/` for `lab_drawings`, `demo_records/`) holds its record, its row
//! mapper and its multi-line statements as `.sql` files.

mod admin_pin;
mod answers;
mod backup;
mod demo_records;
mod drawings;
mod learners;
mod progress;
mod reflections;
mod secrets;
mod settings;

pub use backup::{backup_now, backup_path, has_backups, list_backups, renew_backups, BackupInfo, StagedBackup, BACKUPS_KEPT};
pub use admin_pin::{AdminPinRow, LockoutRow};
pub use answers::AnswerRecord;
pub use demo_records::{DemoRecordRow, MAX_DEMO_RECORD_BYTES};
pub use learners::{Learner, GUEST_ID};
pub use progress::LessonProgress;
pub use reflections::{ReflectionRecord, ReflectionScope, MAX_REFLECTION_CHARS};
pub use secrets::SecretRow;

use crate::clock::Clock;
use crate::error::{Error, Result};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Schema upgrades, oldest first. Never edit one that has landed: add the next.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_classroom.sql"),
    include_str!("migrations/0003_lab_drawings.sql"),
    include_str!("migrations/0004_sign_in_attempts.sql"),
    include_str!("migrations/0005_answer_confidence.sql"),
    include_str!("migrations/0006_demo_records.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub struct Storage {
    conn: Connection,
    clock: Arc<dyn Clock>,
    path: Option<PathBuf>,
}

/// Where the copies of the data file at `data_file` are kept: `backups/` beside it.
pub fn backup_dir_for(data_file: &Path) -> PathBuf {
    data_file.parent().unwrap_or(Path::new(".")).join("backups")
}

/// True when there is no data to open at `path`: no file, or an empty one without a WAL
/// (SQLite would silently treat either as a new, empty database).
pub fn data_file_missing(path: &Path) -> bool {
    let len = |p: &Path| std::fs::metadata(p).map(|m| m.len()).ok();
    match len(path) {
        None => true,
        Some(0) => len(&sidecar(path, "-wal")).unwrap_or(0) == 0,
        Some(_) => false,
    }
}

/// `klar.sqlite-wal`, `klar.sqlite-shm` …
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Creates `dir` (and its parents) readable by this OS user only, and tightens it if it exists.
pub fn private_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)?;
    Ok(())
}

/// Creates `path` if needed, readable and writable by this OS user only. SQLite gives the WAL
/// and shared-memory files the same mode as the database file.
pub(crate) fn create_private_file(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        options.open(path)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    options.open(path)?;
    Ok(())
}

/// Tightens the WAL and shared-memory files left by an older Klar (new ones inherit 0600).
fn private_sidecars(path: &Path) -> Result<()> {
    #[cfg(unix)]
    for suffix in ["-wal", "-shm", "-journal"] {
        use std::os::unix::fs::PermissionsExt;
        let p = sidecar(path, suffix);
        if p.exists() {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

impl Storage {
    /// Opens (or creates) the data file at `path`. A missing or empty file is refused with
    /// `DataMissing` when `backups/` beside it holds copies: the person decides whether to
    /// restore one ([`Storage::restore_file`]) or to start empty ([`Storage::open_new`]).
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        if data_file_missing(path) {
            let backups = list_backups(&backup_dir_for(path))?;
            if !backups.is_empty() {
                return Err(Error::DataMissing { backups: backups.len() });
            }
        }
        Self::open_file(path, clock)
    }

    /// Like [`Storage::open`], but a missing or empty file becomes a new, empty database even
    /// when copies exist: the person chose to start again.
    pub fn open_new(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        if data_file_missing(path) {
            remove_stale_sidecars(path)?;
        }
        Self::open_file(path, clock)
    }

    /// Puts the copy at `backup` in place of a missing or empty data file and opens it.
    /// The copy is checked first; the data file appears whole or not at all (written beside
    /// it, then renamed).
    pub fn restore_file(path: &Path, backup: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        if !data_file_missing(path) {
            // The file came back (a sync finished): it is never overwritten from here.
            return Err(Error::invalid("the data file is there; restore from Settings instead"));
        }
        let staged = StagedBackup::load(backup)?;
        if let Some(parent) = path.parent() {
            private_dir(parent)?;
        }
        let tmp = sidecar(path, ".restoring");
        let _ = std::fs::remove_file(&tmp);
        if let Err(e) = staged.write_to(&tmp) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        // A WAL left from the lost file must never be replayed onto the restored one.
        remove_stale_sidecars(path)?;
        std::fs::rename(&tmp, path)?;
        if let Some(parent) = path.parent() {
            backup::sync_dir(parent)?;
        }
        Self::open_file(path, clock)
    }

    /// Replaces everything in the open data file with a staged copy, in one step through
    /// SQLite's backup API, then brings it up to this app's schema.
    pub fn restore_staged(&mut self, staged: &StagedBackup) -> Result<()> {
        staged.copy_into(&mut self.conn)?;
        self.check_integrity()?;
        self.migrate()?;
        self.checkpoint()
    }

    /// `backups/` beside the data file (None for a database in memory).
    pub fn backup_dir(&self) -> Option<PathBuf> {
        self.path.as_deref().map(backup_dir_for)
    }

    /// After something was deleted: every copy is replaced by one fresh copy.
    pub(crate) fn renew_backups(&self) -> Result<()> {
        match self.backup_dir() {
            Some(dir) => renew_backups(self, &dir),
            None => Ok(()),
        }
    }

    fn open_file(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        if let Some(parent) = path.parent() {
            private_dir(parent)?;
        }
        create_private_file(path)?;
        private_sidecars(path)?;
        let conn = Connection::open(path)?;
        let mut s = Self { conn, clock, path: Some(path.to_path_buf()) };
        let opened = s.configure(true).and_then(|()| s.check_integrity()).and_then(|()| s.migrate());
        opened.map_err(|e| match e.code() {
            crate::ErrorCode::DatabaseCorrupt if !matches!(e, Error::DatabaseCorrupt(_)) => Error::DatabaseCorrupt(e.to_string()),
            _ => e,
        })?;
        Ok(s)
    }

    /// A database that lives only in memory (tests, and sessions that must leave nothing behind).
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Self> {
        let conn = Connection::open_in_memory()?;
        let mut s = Self { conn, clock, path: None };
        s.configure(false)?;
        s.migrate()?;
        Ok(s)
    }

    /// The clock this store stamps its rows with (a guest's in-memory store shares it).
    pub fn clock(&self) -> Arc<dyn Clock> {
        Arc::clone(&self.clock)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn configure(&self, on_disk: bool) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(5))?;
        // Room for every statement the tables prepare (`prepare_cached`).
        self.conn.set_prepared_statement_cache_capacity(64);
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        // Sorts and temporary tables stay in memory: nothing of a session lands in the temp folder.
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        if on_disk {
            // WAL keeps readers and the writer apart; FULL makes every commit survive power loss.
            let mode: String = self.conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                tracing::warn!(mode, "WAL is not available here; using the file system's journal");
            }
            self.conn.pragma_update(None, "synchronous", "FULL")?;
        }
        Ok(())
    }

    fn check_integrity(&self) -> Result<()> {
        let result: rusqlite::Result<String> = self.conn.query_row("PRAGMA quick_check", [], |r| r.get(0));
        match result {
            Ok(s) if s == "ok" => Ok(()),
            Ok(s) => Err(Error::DatabaseCorrupt(s)),
            Err(e) => Err(e.into()),
        }
    }

    fn migrate(&mut self) -> Result<()> {
        let found: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(Error::DatabaseNewer { found, known: SCHEMA_VERSION });
        }
        if found == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        for sql in &MIGRATIONS[found as usize..] {
            tx.execute_batch(sql)?;
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// Runs `f` as one transaction: committed once when it returns `Ok`, rolled back on `Err`.
    /// Called inside another `transact`, it joins the outer one, so a user intent that is built
    /// from several writes still commits exactly once.
    pub fn transact<T>(&mut self, f: impl FnOnce(&mut Storage) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        // IMMEDIATE takes the write lock at once, so the transaction never fails half-way on it.
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = f(self).and_then(|v| {
            self.conn.execute_batch("COMMIT")?;
            Ok(v)
        });
        if result.is_err() && !self.conn.is_autocommit() {
            if let Err(e) = self.conn.execute_batch("ROLLBACK") {
                tracing::warn!(%e, "rolling back failed");
            }
        }
        result
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    pub(crate) fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Folds the WAL back into the main file and empties it, so deleted rows leave no copy there.
    /// SQLite reports a checkpoint that could not finish (a reader in the way) in its result row,
    /// not as an error; it is an error here. The busy timeout already waited for the reader.
    pub fn checkpoint(&self) -> Result<()> {
        if self.path.is_some() {
            let (busy, log, done): (i64, i64, i64) =
                self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            if busy != 0 || log != done {
                return Err(Error::Sqlite(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    Some(format!("checkpoint incomplete: busy {busy}, {done} of {log} frames")),
                )));
            }
        }
        Ok(())
    }
}

/// Removes the WAL and shared-memory files of a data file that is gone.
fn remove_stale_sidecars(path: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", "-journal"] {
        match std::fs::remove_file(sidecar(path, suffix)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::clock::FixedClock;
    use std::sync::atomic::{AtomicUsize, Ordering};

    impl Storage {
        /// Counts the transactions this connection commits from now on (autocommitted statements
        /// count one each), for the one-commit-per-intent tests.
        pub(crate) fn count_commits(&self) -> Arc<AtomicUsize> {
            let n = Arc::new(AtomicUsize::new(0));
            let counter = Arc::clone(&n);
            self.conn.commit_hook(Some(move || {
                counter.fetch_add(1, Ordering::SeqCst);
                false
            }));
            n
        }
    }

    impl Storage {
        /// Every row of every table as text, for "nothing changed" checks.
        pub(crate) fn dump(&self) -> Result<Vec<String>> {
            let mut out = Vec::new();
            for table in
                ["learners", "lesson_progress", "quiz_answers", "reflections", "settings", "admin_pin", "learner_secrets"]
            {
                let mut stmt = self.conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))?;
                let n = stmt.column_count();
                let rows = stmt.query_map([], |r| {
                    let mut cells = vec![table.to_string()];
                    for i in 0..n {
                        cells.push(format!("{:?}", r.get_ref(i)?));
                    }
                    Ok(cells.join("|"))
                })?;
                for row in rows {
                    out.push(row?);
                }
            }
            Ok(out)
        }
    }

    pub fn memory() -> Storage {
        match Storage::open_in_memory(Arc::new(FixedClock::new(1_700_000_000_000))) {
            Ok(s) => s,
            Err(e) => panic!("in-memory storage: {e}"),
        }
    }
}
