//! `learner_secrets`: learners' hashed picture passwords and PINs, each with its wrong-try counter
//! and lock.

use super::{LockoutRow, Storage};
use crate::classroom::SecretKind;
use crate::error::Result;
use rusqlite::{params, OptionalExtension, Row};
use std::collections::BTreeMap;

/// One row of `learner_secrets`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretRow {
    pub learner_id: i64,
    pub kind: SecretKind,
    pub lock: LockoutRow,
}

const SELECT: &str =
    "SELECT learner_id, kind, secret_hash, failed_attempts, locked_until_ms, last_failed_ms FROM learner_secrets";

fn row_to_secret(r: &Row<'_>) -> rusqlite::Result<SecretRow> {
    Ok(SecretRow {
        learner_id: r.get(0)?,
        kind: SecretKind::parse(&r.get::<_, String>(1)?),
        lock: LockoutRow { hash: r.get(2)?, failed_attempts: r.get(3)?, locked_until_ms: r.get(4)?, last_failed_ms: r.get(5)? },
    })
}

impl Storage {
    pub fn learner_secret(&self, learner: i64) -> Result<Option<SecretRow>> {
        Ok(self
            .conn
            .prepare_cached(&format!("{SELECT} WHERE learner_id = ?1"))?
            .query_row([learner], row_to_secret)
            .optional()?)
    }

    /// Every learner with a secret: its kind and the failed sign-ins since the last right one.
    pub fn sign_in_attempts(&self) -> Result<Vec<SecretRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} ORDER BY learner_id"))?;
        let rows = stmt.query_map([], row_to_secret)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The kind of secret of every learner that has one.
    pub fn secret_kinds(&self) -> Result<BTreeMap<i64, SecretKind>> {
        let mut stmt = self.conn.prepare("SELECT learner_id, kind FROM learner_secrets")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, SecretKind::parse(&r.get::<_, String>(1)?))))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores a new secret hash (or removes the secret with `None`); the counter starts again.
    pub fn set_learner_secret(&mut self, learner: i64, secret: Option<(SecretKind, &str)>) -> Result<()> {
        self.learner(learner)?;
        match secret {
            None => {
                self.conn.execute("DELETE FROM learner_secrets WHERE learner_id = ?1", [learner])?;
            }
            Some((kind, hash)) => {
                self.conn.prepare_cached(include_str!("set.sql"))?.execute(params![learner, kind.as_str(), hash, self.now()])?;
            }
        }
        Ok(())
    }

    /// A wrong sign-in: the new count and lock, and when it happened.
    pub fn record_learner_failure(&mut self, learner: i64, failed_attempts: u32, locked_until_ms: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE learner_secrets SET failed_attempts = ?2, locked_until_ms = ?3, last_failed_ms = ?4 WHERE learner_id = ?1",
            params![learner, failed_attempts, locked_until_ms, self.now()],
        )?;
        Ok(())
    }

    /// A right sign-in: the count and the lock's level start again.
    pub fn record_learner_success(&mut self, learner: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE learner_secrets SET failed_attempts = 0, locked_until_ms = 0 WHERE learner_id = ?1",
            [learner],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::memory;
    use crate::classroom::SecretKind;

    #[test]
    fn secrets_and_time_go_with_the_learner() -> crate::Result<()> {
        let mut s = memory();
        let l = s.create_learner("Lea", "fox", false)?;
        s.set_learner_secret(l.id, Some((SecretKind::Pin, "$argon2id$x")))?;
        assert_eq!(s.learner_secret(l.id)?.map(|r| r.kind), Some(SecretKind::Pin));
        assert_eq!(crate::progress::record_time(&mut s, l.id, "L", true)?, 0);
        s.save_reflection(l.id, "L", "R", "mine")?;
        s.set_reflection_shared(l.id, "R", true)?;
        assert!(s.set_reflection_shared(l.id, "nope", true).is_err());
        s.delete_learner(l.id)?;
        assert!(s.learner_secret(l.id)?.is_none(), "the secret is deleted with the learner");
        let left: i64 = s.conn.query_row("SELECT count(*) FROM lesson_progress", [], |r| r.get(0))?;
        assert_eq!(left, 0);
        Ok(())
    }
}
