//! Rows behind the classroom rules: the admin PIN with its stored lockout, learners' hashed
//! sign-in secrets and the "shared with the teacher" flag on reflections.

use super::Storage;
use crate::classroom::SecretKind;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension};

/// A stored hash with its wrong-try counter and lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockoutRow {
    pub hash: String,
    /// Wrong tries since the last right one (also the lock's level, see `classroom::after_failure`).
    pub failed_attempts: u32,
    pub locked_until_ms: i64,
    pub last_failed_ms: Option<i64>,
}

/// The admin PIN's row with what the teacher sees after unlocking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminPinRow {
    pub lock: LockoutRow,
    /// Wrong tries between the last two unlocks.
    pub failed_before_unlock: u32,
    /// The PIN is known to be shorter than a new admin PIN may be.
    pub short_pin: bool,
}

/// One learner's failed sign-ins, for the teacher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptsRow {
    pub learner_id: i64,
    pub kind: SecretKind,
    pub failed_attempts: u32,
    pub last_failed_ms: Option<i64>,
    pub locked_until_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretRow {
    pub kind: SecretKind,
    pub lock: LockoutRow,
}

impl Storage {
    pub fn admin_pin(&self) -> Result<Option<AdminPinRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT pin_hash, failed_attempts, locked_until_ms, last_failed_ms, failed_before_unlock, short_pin
                 FROM admin_pin WHERE id = 1",
                [],
                |r| {
                    Ok(AdminPinRow {
                        lock: LockoutRow {
                            hash: r.get(0)?,
                            failed_attempts: r.get(1)?,
                            locked_until_ms: r.get(2)?,
                            last_failed_ms: r.get(3)?,
                        },
                        failed_before_unlock: r.get(4)?,
                        short_pin: r.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    /// Sets (or replaces) the admin PIN hash; a new PIN starts with a clean counter. `short_pin`
    /// marks a PIN shorter than the rule for new ones (only ever true for a PIN set earlier).
    pub fn set_admin_pin_hash(&mut self, hash: &str, short_pin: bool) -> Result<()> {
        self.conn.execute(
            "INSERT INTO admin_pin (id, pin_hash, failed_attempts, locked_until_ms, updated_ms, short_pin)
             VALUES (1, ?1, 0, 0, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash, failed_attempts = 0,
                locked_until_ms = 0, updated_ms = excluded.updated_ms, short_pin = excluded.short_pin",
            params![hash, self.now(), short_pin],
        )?;
        Ok(())
    }

    /// A wrong admin PIN: the new count and lock, and when it happened.
    pub fn record_admin_failure(&mut self, failed_attempts: u32, locked_until_ms: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE admin_pin SET failed_attempts = ?1, locked_until_ms = ?2, last_failed_ms = ?3, updated_ms = ?3
             WHERE id = 1",
            params![failed_attempts, locked_until_ms, self.now()],
        )?;
        Ok(())
    }

    /// The right admin PIN: the count starts again, and the wrong tries since the last unlock are
    /// kept for the teacher to see. `short_pin` records whether the PIN just typed is a short one.
    pub fn record_admin_unlock(&mut self, short_pin: bool) -> Result<()> {
        self.conn.execute(
            "UPDATE admin_pin SET failed_before_unlock = failed_attempts, failed_attempts = 0, locked_until_ms = 0,
                short_pin = ?1, updated_ms = ?2
             WHERE id = 1",
            params![short_pin, self.now()],
        )?;
        Ok(())
    }

    pub fn learner_secret(&self, learner: i64) -> Result<Option<SecretRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT kind, secret_hash, failed_attempts, locked_until_ms, last_failed_ms
                 FROM learner_secrets WHERE learner_id = ?1",
                [learner],
                |r| {
                    Ok(SecretRow {
                        kind: SecretKind::parse(&r.get::<_, String>(0)?),
                        lock: LockoutRow {
                            hash: r.get(1)?,
                            failed_attempts: r.get(2)?,
                            locked_until_ms: r.get(3)?,
                            last_failed_ms: r.get(4)?,
                        },
                    })
                },
            )
            .optional()?)
    }

    /// Every learner with a secret: its kind and the failed sign-ins since the last right one.
    pub fn sign_in_attempts(&self) -> Result<Vec<AttemptsRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT learner_id, kind, failed_attempts, last_failed_ms, locked_until_ms FROM learner_secrets ORDER BY learner_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AttemptsRow {
                learner_id: r.get(0)?,
                kind: SecretKind::parse(&r.get::<_, String>(1)?),
                failed_attempts: r.get(2)?,
                last_failed_ms: r.get(3)?,
                locked_until_ms: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The kind of secret of every learner that has one.
    pub fn secret_kinds(&self) -> Result<std::collections::BTreeMap<i64, SecretKind>> {
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
                self.conn.execute(
                    "INSERT INTO learner_secrets (learner_id, kind, secret_hash, failed_attempts, locked_until_ms, updated_ms)
                     VALUES (?1, ?2, ?3, 0, 0, ?4)
                     ON CONFLICT (learner_id) DO UPDATE SET kind = excluded.kind, secret_hash = excluded.secret_hash,
                        failed_attempts = 0, locked_until_ms = 0, updated_ms = excluded.updated_ms",
                    params![learner, kind.as_str(), hash, self.now()],
                )?;
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

    /// Shares a reflection with the teacher or takes it back. The change counts as an edit
    /// (`updated_ms`), so it travels with the reflection when progress moves between PCs.
    pub fn set_reflection_shared(&mut self, learner: i64, step: &str, shared: bool) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE reflections SET shared = ?3, updated_ms = max(updated_ms, ?4) WHERE learner_id = ?1 AND step_uuid = ?2",
            params![learner, step, shared, self.now()],
        )?;
        if n == 0 {
            return Err(Error::NotFound("reflection".into()));
        }
        Ok(())
    }
}

impl Storage {
    /// Per question across named learners (guests excluded): (question uuid, learners who
    /// answered, learners whose first answer was wrong).
    pub fn answer_stats(&self) -> Result<Vec<(String, i64, i64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.question_uuid, count(*), sum(1 - a.first_correct)
             FROM quiz_answers a JOIN learners l ON l.id = a.learner_id
             WHERE l.is_guest = 0 GROUP BY a.question_uuid",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
