//! The data file's copies: an admin lists them and puts one back (Settings → Backups).

use crate::app::KlarApp;
use crate::error::{OrNotFound, Result};
use crate::storage::{backup_now, backup_path, list_backups, BackupInfo, StagedBackup};

impl KlarApp {
    /// The copies in `backups/`, newest first. Only the admin (the teacher, or anyone at home
    /// without an admin PIN) sees them.
    pub fn backups(&mut self) -> Result<Vec<BackupInfo>> {
        self.require_admin()?;
        match self.storage.backup_dir() {
            Some(dir) => list_backups(&dir),
            None => Ok(Vec::new()),
        }
    }

    /// Replaces all data with the copy called `name`. The copy is checked before anything
    /// changes, and the current data is copied first, so a wrong choice can be undone. Everyone
    /// is signed out afterwards: the restored file may know other learners and another PIN.
    pub fn restore_backup(&mut self, name: &str) -> Result<()> {
        self.require_admin()?;
        let dir = self.storage.backup_dir().or_not_found("backups folder")?;
        let staged = StagedBackup::load(&backup_path(&dir, name)?)?;
        backup_now(&self.storage, &dir)?;
        self.storage.restore_staged(&staged)?;
        self.storage.delete_guests()?;
        self.end_session();
        self.admin_active_ms = None;
        Ok(())
    }
}
