//! `lab_drawings`: classifier drawings a learner chose to keep (JSON as the UI made it; the core
//! only stores it).

use super::Storage;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension};

/// Largest set of drawings kept (about 240 drawings of a few hundred points).
pub const MAX_DRAWINGS_BYTES: usize = 2_000_000;
/// How many drawing sets one learner may keep: one per classifier demo is what the lessons use, so
/// this leaves room for many more demos while a script cannot fill the disk through it.
pub const MAX_DRAWING_SETS: usize = 20;
/// All of one learner's kept drawings together: five full sets.
pub const MAX_DRAWINGS_BYTES_PER_LEARNER: usize = 5 * MAX_DRAWINGS_BYTES;

impl Storage {
    pub fn save_drawings(&mut self, learner: i64, key: &str, data: &str) -> Result<()> {
        if key.is_empty() || key.chars().count() > 80 {
            return Err(Error::invalid("the drawing set needs a short name"));
        }
        if data.len() > MAX_DRAWINGS_BYTES {
            return Err(Error::invalid("too many drawings to keep"));
        }
        let now = self.now();
        self.transact(|s| {
            let (others, other_bytes): (i64, i64) = s
                .conn
                .prepare_cached(include_str!("others.sql"))?
                .query_row(params![learner, key], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if usize::try_from(others).unwrap_or(usize::MAX) >= MAX_DRAWING_SETS {
                return Err(Error::invalid(format!(
                    "{MAX_DRAWING_SETS} drawing sets are kept already; delete one before keeping another"
                )));
            }
            if usize::try_from(other_bytes).unwrap_or(usize::MAX).saturating_add(data.len()) > MAX_DRAWINGS_BYTES_PER_LEARNER {
                return Err(Error::invalid("the kept drawings are too large together; delete a set before keeping more"));
            }
            s.conn.prepare_cached(include_str!("save.sql"))?.execute(params![learner, key, data, now])?;
            Ok(())
        })
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

    #[test]
    fn a_learner_keeps_a_bounded_number_of_sets() -> crate::Result<()> {
        let mut s = crate::storage::test_support::memory();
        let ada = s.create_learner("Ada", "wave", false)?;
        let ben = s.create_learner("Ben", "wave", false)?;
        for i in 0..super::MAX_DRAWING_SETS {
            s.save_drawings(ada.id, &format!("set-{i}"), "{}")?;
        }
        let refused = s.save_drawings(ada.id, "one-more", "{}");
        assert!(
            matches!(&refused, Err(crate::Error::InvalidInput(m)) if m.contains("delete one")),
            "{refused:?}"
        );
        assert_eq!(s.drawings(ada.id, "one-more")?, None);
        // A kept set can still be replaced, and the cap is per learner.
        s.save_drawings(ada.id, "set-0", "{\"a\":1}")?;
        assert_eq!(s.drawings(ada.id, "set-0")?.as_deref(), Some("{\"a\":1}"));
        s.save_drawings(ben.id, "one-more", "{}")?;
        // Room again once a set is deleted.
        s.delete_drawings(ada.id, "set-1")?;
        s.save_drawings(ada.id, "one-more", "{}")?;
        Ok(())
    }

    #[test]
    fn a_learner_keeps_a_bounded_number_of_bytes() -> crate::Result<()> {
        let mut s = crate::storage::test_support::memory();
        let ada = s.create_learner("Ada", "wave", false)?;
        let full = "x".repeat(super::MAX_DRAWINGS_BYTES);
        let sets = super::MAX_DRAWINGS_BYTES_PER_LEARNER / super::MAX_DRAWINGS_BYTES;
        for i in 0..sets {
            s.save_drawings(ada.id, &format!("set-{i}"), &full)?;
        }
        let refused = s.save_drawings(ada.id, "one-more", "xy");
        assert!(matches!(&refused, Err(crate::Error::InvalidInput(m)) if m.contains("too large")), "{refused:?}");
        // Replacing a set counts its new size only.
        s.save_drawings(ada.id, "set-0", &full)?;
        s.save_drawings(ada.id, "set-0", "small")?;
        s.save_drawings(ada.id, "one-more", "xy")?;
        Ok(())
    }
}
