//! `admin_pin`: the one admin PIN of this PC, hashed, with its stored lockout and what the teacher
//! sees after unlocking.

use super::Storage;
use crate::error::Result;
use rusqlite::{params, OptionalExtension, Row};

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

fn row_to_admin_pin(r: &Row<'_>) -> rusqlite::Result<AdminPinRow> {
    Ok(AdminPinRow {
        lock: LockoutRow { hash: r.get(0)?, failed_attempts: r.get(1)?, locked_until_ms: r.get(2)?, last_failed_ms: r.get(3)? },
        failed_before_unlock: r.get(4)?,
        short_pin: r.get(5)?,
    })
}

impl Storage {
    pub fn admin_pin(&self) -> Result<Option<AdminPinRow>> {
        Ok(self
            .conn
            .prepare_cached(include_str!("get.sql"))?
            .query_row([], row_to_admin_pin)
            .optional()?)
    }

    /// Sets (or replaces) the admin PIN hash; a new PIN starts with a clean counter. `short_pin`
    /// marks a PIN shorter than the rule for new ones (only ever true for a PIN set earlier).
    pub fn set_admin_pin_hash(&mut self, hash: &str, short_pin: bool) -> Result<()> {
        self.conn.prepare_cached(include_str!("set.sql"))?.execute(params![hash, self.now(), short_pin])?;
        Ok(())
    }

    /// A wrong admin PIN: the new count and lock, and when it happened.
    pub fn record_admin_failure(&mut self, failed_attempts: u32, locked_until_ms: i64) -> Result<()> {
        self.conn.prepare_cached(include_str!("failure.sql"))?.execute(params![failed_attempts, locked_until_ms, self.now()])?;
        Ok(())
    }

    /// The right admin PIN: the count starts again, and the wrong tries since the last unlock are
    /// kept for the teacher to see. `short_pin` records whether the PIN just typed is a short one.
    pub fn record_admin_unlock(&mut self, short_pin: bool) -> Result<()> {
        self.conn.prepare_cached(include_str!("unlock.sql"))?.execute(params![short_pin, self.now()])?;
        Ok(())
    }
}
