//! Moving progress between PCs as intents: export one learner or the class to a progress file's
//! text, and import one. The shell reads and writes the file through its own dialogs.

use super::KlarApp;
use crate::classroom::DeviceMode;
use crate::error::{Error, Result};
use crate::storage::ReflectionScope;
use crate::transfer::{self, ProgressFile, TransferKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ExportScope {
    /// One learner: their own export carries all their reflections, the teacher's only shared ones.
    Learner {
        #[ts(type = "number")]
        id: i64,
    },
    /// Every (non-guest) learner on this PC, with shared reflections only (teacher).
    Class,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportSummary {
    pub learners_added: u32,
    pub learners_updated: u32,
    pub lessons_merged: u32,
    pub answers_merged: u32,
    pub reflections_merged: u32,
    /// The exporting PC's name, if it had one.
    pub device: Option<String>,
    #[ts(type = "number")]
    pub exported_ms: i64,
}

impl KlarApp {
    /// The text of a progress file for `scope` (JSON, see `crate::transfer`).
    pub fn export_progress(&mut self, scope: ExportScope) -> Result<String> {
        let (kind, learners) = match scope {
            ExportScope::Learner { id } => {
                self.require_self_or_admin(id)?;
                let own = self.current.as_ref().is_some_and(|c| c.id == id);
                let reflections = if own { ReflectionScope::All } else { ReflectionScope::SharedOnly };
                (TransferKind::Learner, vec![self.storage.full_learner(id, reflections)?])
            }
            ExportScope::Class => {
                self.require_admin()?;
                let mut all = Vec::new();
                for l in self.storage.learners()? {
                    all.push(self.storage.full_learner(l.id, ReflectionScope::SharedOnly)?);
                }
                (TransferKind::Class, all)
            }
        };
        let device = self.storage.setting(super::classroom::KEY_DEVICE_NAME)?;
        ProgressFile::new(kind, self.storage.now(), device, learners).to_json()
    }

    /// Imports a progress file: validated completely first, then merged in one transaction, so a
    /// bad file changes nothing. Teacher only in a classroom; never on a library PC.
    pub fn import_progress(&mut self, bytes: &[u8]) -> Result<ImportSummary> {
        if self.mode()? == Some(DeviceMode::Library) {
            return Err(Error::NotAllowedInMode("a public-library PC keeps no learners".into()));
        }
        self.require_admin()?;
        let file = transfer::parse(bytes)?;
        let c = self.storage.merge_learners(&file.learners)?;
        Ok(ImportSummary {
            learners_added: c.learners_added,
            learners_updated: c.learners_updated,
            lessons_merged: c.lessons_merged,
            answers_merged: c.answers_merged,
            reflections_merged: c.reflections_merged,
            device: file.device,
            exported_ms: file.exported_ms,
        })
    }
}
