//! `learners`: a display name and a picture per learner, nothing more (no e-mail, no birth date).
//! Guests are learners marked as such and wiped when the app closes or next starts.

use super::Storage;
use crate::error::{Error, OrNotFound, Result};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use crate::learners::clean_name;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Learner {
    pub id: i64,
    pub uuid: String,
    pub display_name: String,
    pub avatar: String,
    pub is_guest: bool,
    pub created_ms: i64,
    pub last_active_ms: i64,
}

const COLUMNS: &str = "id, uuid, display_name, avatar, is_guest, created_ms, last_active_ms";

fn row_to_learner(r: &Row<'_>) -> rusqlite::Result<Learner> {
    Ok(Learner {
        id: r.get(0)?,
        uuid: r.get(1)?,
        display_name: r.get(2)?,
        avatar: r.get(3)?,
        is_guest: r.get(4)?,
        created_ms: r.get(5)?,
        last_active_ms: r.get(6)?,
    })
}

/// The id of the guest in a guest's in-memory store.
pub const GUEST_ID: i64 = -1;

impl Storage {
    pub fn create_learner(&mut self, name: &str, avatar: &str, is_guest: bool) -> Result<Learner> {
        let name = clean_name(name)?;
        if avatar.is_empty() || avatar.len() > 40 || !avatar.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(Error::invalid("unknown picture"));
        }
        let now = self.now();
        let uuid = uuid::Uuid::new_v4().to_string();
        self.conn.prepare_cached(include_str!("insert.sql"))?.execute(params![uuid, name, avatar, is_guest, now, now])?;
        self.learner(self.conn.last_insert_rowid())
    }

    pub fn learner(&self, id: i64) -> Result<Learner> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM learners WHERE id = ?1"), [id], row_to_learner)
            .optional()?
            .or_not_found(format_args!("learner {id}"))
    }

    /// Learners who keep their work (guests are never listed), most recently active first.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM learners WHERE is_guest = 0 ORDER BY last_active_ms DESC, id"
        ))?;
        let rows = stmt.query_map([], row_to_learner)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn touch_learner(&mut self, id: i64) -> Result<()> {
        let n = self.conn.execute("UPDATE learners SET last_active_ms = ?2 WHERE id = ?1", params![id, self.now()])?;
        if n == 0 {
            return Err(Error::NotFound(format!("learner {id}")));
        }
        Ok(())
    }

    pub fn rename_learner(&mut self, id: i64, name: &str, avatar: &str) -> Result<Learner> {
        let name = clean_name(name)?;
        let n = self.conn.execute("UPDATE learners SET display_name = ?2, avatar = ?3 WHERE id = ?1", params![id, name, avatar])?;
        if n == 0 {
            return Err(Error::NotFound(format!("learner {id}")));
        }
        self.learner(id)
    }

    /// Deletes the learner and, through the foreign keys, everything they did; the copies in
    /// `backups/` are replaced by one made after the delete, so none still holds them.
    pub fn delete_learner(&mut self, id: i64) -> Result<()> {
        let n = self.conn.execute("DELETE FROM learners WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(Error::NotFound(format!("learner {id}")));
        }
        self.checkpoint()?;
        self.renew_backups()
    }

    /// Removes every guest and their work; returns how many there were.
    pub fn delete_guests(&mut self) -> Result<usize> {
        let n = self.conn.execute("DELETE FROM learners WHERE is_guest = 1", [])?;
        if n > 0 {
            self.checkpoint()?;
        }
        Ok(n)
    }

    /// The learner with this uuid (files from other PCs name learners by uuid).
    pub fn learner_by_uuid(&self, uuid: &str) -> Result<Option<Learner>> {
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM learners WHERE uuid = ?1"))?
            .query_row([uuid], row_to_learner)
            .optional()?)
    }

    /// The local id of the learner with this uuid.
    pub fn learner_id_by_uuid(&self, uuid: &str) -> Result<Option<i64>> {
        Ok(self.learner_by_uuid(uuid)?.map(|l| l.id))
    }

    /// A named learner from another PC, with the uuid and times they have there; returns the
    /// local id.
    pub(crate) fn add_learner_from(&mut self, l: &Learner) -> Result<i64> {
        self.conn.prepare_cached(include_str!("insert.sql"))?.execute(params![
            l.uuid,
            l.display_name,
            l.avatar,
            false,
            l.created_ms,
            l.last_active_ms
        ])?;
        Ok(self.conn.last_insert_rowid())
    }

    pub(crate) fn set_last_active(&mut self, id: i64, ms: i64) -> Result<()> {
        self.conn.execute("UPDATE learners SET last_active_ms = ?2 WHERE id = ?1", params![id, ms])?;
        Ok(())
    }

    /// The one guest of a session store that lives in memory. Its id is negative, so it can never
    /// be mistaken for a learner of the data file, whose ids start at 1.
    pub(crate) fn create_guest(&mut self, name: &str) -> Result<Learner> {
        let l = self.create_learner(name, "star", true)?;
        self.conn.execute("UPDATE learners SET id = ?2 WHERE id = ?1", params![l.id, GUEST_ID])?;
        self.learner(GUEST_ID)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::memory;
    use crate::error::ErrorCode;

    #[test]
    fn create_list_delete() -> crate::Result<()> {
        let mut s = memory();
        let a = s.create_learner("  Ayşe ", "fox", false)?;
        assert_eq!(a.display_name, "Ayşe");
        s.create_learner("Gast", "owl", true)?;
        let list = s.learners()?;
        assert_eq!(list.len(), 1, "guests are not listed");
        s.delete_learner(a.id)?;
        assert!(s.learners()?.is_empty());
        assert_eq!(s.delete_learner(a.id).map_err(|e| e.code()), Err(ErrorCode::NotFound));
        assert_eq!(s.delete_guests()?, 1);
        Ok(())
    }

    #[test]
    fn names_are_checked() {
        let mut s = memory();
        for bad in ["", "   ", "a\u{7}b", &"x".repeat(41)] {
            assert_eq!(s.create_learner(bad, "fox", false).map_err(|e| e.code()).err(), Some(ErrorCode::InvalidInput), "{bad:?}");
        }
        assert!(s.create_learner("Ok", "../etc", false).is_err());
    }

    #[test]
    fn hidden_characters_leave_names_and_names_are_nfc() -> crate::Result<()> {
        let mut s = memory();
        // An override that makes "Ben" read backwards, isolates, marks and zero-width characters.
        let cases = [
            ("\u{202E}neB", "neB"),
            ("Ben\u{200B}", "Ben"),
            ("\u{2066}Mia\u{2069}", "Mia"),
            ("A\u{200E}d\u{200F}a\u{061C}", "Ada"),
            ("\u{FEFF}Noah\u{2060}", "Noah"),
            ("Le\u{200D}a\u{200C}", "Lea"),
            ("\u{202A}Cem\u{202C} ", "Cem"),
            // "é" as e + combining accent becomes the one precomposed letter.
            ("Jose\u{0301}", "Jos\u{e9}"),
        ];
        for (typed, stored) in cases {
            assert_eq!(s.create_learner(typed, "fox", false)?.display_name, stored, "{typed:?}");
        }
        for only_hidden in ["\u{202E}", "\u{200B}\u{200B}", " \u{2067} "] {
            assert_eq!(s.create_learner(only_hidden, "fox", true).map_err(|e| e.code()).err(), Some(ErrorCode::InvalidInput));
        }
        Ok(())
    }
}
