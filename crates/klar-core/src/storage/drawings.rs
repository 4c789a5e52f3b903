//! Classifier drawings a learner chose to keep (JSON as the UI made it; the core only stores it).

use super::Storage;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension};

/// Largest set of drawings kept (about 240 drawings of a few hundred points).
pub const MAX_DRAWINGS_BYTES: usize = 2_000_000;

impl Storage {
    pub fn save_drawings(&mut self, learner: i64, key: &str, data: &str) -> Result<()> {
        if key.is_empty() || key.chars().count() > 80 {
            return Err(Error::invalid("the drawing set needs a short name"));
        }
        if data.len() > MAX_DRAWINGS_BYTES {
            return Err(Error::invalid("too many drawings to keep"));
        }
        let now = self.now();
        self.conn.execute(
            "INSERT INTO lab_drawings (learner_id, set_key, data, updated_ms) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (learner_id, set_key) DO UPDATE SET data = excluded.data, updated_ms = excluded.updated_ms",
            params![learner, key, data, now],
        )?;
        Ok(())
    }

    pub fn drawings(&self, learner: i64, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT data FROM lab_drawings WHERE learner_id = ?1 AND set_key = ?2", params![learner, key], |r| r.get(0))
            .optional()?)
    }

    pub fn delete_drawings(&mut self, learner: i64, key: &str) -> Result<()> {
        self.conn.execute("DELETE FROM lab_drawings WHERE learner_id = ?1 AND set_key = ?2", params![learner, key])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn kept_only_on_request_replaced_and_deleted() -> crate::Result<()> {
        let mut s = crate::storage::test_support::memory();
        let l = s.create_learner("Ada", "wave", false)?;
        assert_eq!(s.drawings(l.id, "lab")?, None);
        s.save_drawings(l.id, "lab", "{\"a\":1}")?;
        s.save_drawings(l.id, "lab", "{\"a\":2}")?;
        assert_eq!(s.drawings(l.id, "lab")?.as_deref(), Some("{\"a\":2}"));
        assert!(s.save_drawings(l.id, "", "{}").is_err());
        assert!(s.save_drawings(l.id, "lab", &"x".repeat(super::MAX_DRAWINGS_BYTES + 1)).is_err());
        s.delete_drawings(l.id, "lab")?;
        assert_eq!(s.drawings(l.id, "lab")?, None);
        s.save_drawings(l.id, "lab", "{}")?;
        s.delete_learner(l.id)?;
        assert_eq!(s.drawings(l.id, "lab")?, None, "deleted with the learner");
        Ok(())
    }
}
