//! Classifier drawings a learner chose to keep, under a demo preset's key.

use crate::app::KlarApp;
use crate::error::Result;

impl KlarApp {
    /// Classifier drawings the learner chose to keep under `key` (a demo preset).
    pub fn save_drawings(&mut self, key: &str, data: &str) -> Result<()> {
        let id = self.learner_id()?;
        self.db_mut().save_drawings(id, key, data)
    }

    pub fn drawings(&mut self, key: &str) -> Result<Option<String>> {
        let id = self.learner_id()?;
        self.db().drawings(id, key)
    }

    pub fn delete_drawings(&mut self, key: &str) -> Result<()> {
        let id = self.learner_id()?;
        self.db_mut().delete_drawings(id, key)
    }
}
