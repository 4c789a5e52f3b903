//! The one SQLite file that keeps learners, progress, answers and reflections.
//! Opening checks integrity, applies migrations in one transaction and refuses newer files.

mod backup;
mod classroom;
mod drawings;
mod learners;
mod progress;
mod settings;
mod transfer;

pub use backup::{backup_now, BACKUPS_KEPT};
pub use learners::{Learner, MAX_NAME_CHARS};
pub(crate) use learners::clean_name;
pub use classroom::{LockoutRow, SecretRow};
pub use progress::{AnswerRecord, LessonProgress, ReflectionRecord, MAX_REFLECTION_CHARS};
pub use transfer::{
    merge_answer, merge_progress, merge_reflection, FullAnswer, FullLearner, FullProgress, FullReflection, LearnerMergePreview,
    MergeCounts, ReflectionScope,
};

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
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub struct Storage {
    conn: Connection,
    clock: Arc<dyn Clock>,
    path: Option<PathBuf>,
}

impl Storage {
    /// Opens (or creates) the data file at `path`.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
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

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn configure(&self, on_disk: bool) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(5))?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "secure_delete", "ON")?;
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

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    pub(crate) fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Folds the WAL back into the main file and empties it, so deleted rows leave no copy there.
    pub fn checkpoint(&self) -> Result<()> {
        if self.path.is_some() {
            self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::clock::FixedClock;

    pub fn memory() -> Storage {
        match Storage::open_in_memory(Arc::new(FixedClock::new(1_700_000_000_000))) {
            Ok(s) => s,
            Err(e) => panic!("in-memory storage: {e}"),
        }
    }
}
