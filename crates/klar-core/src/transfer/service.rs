//! Moving progress between PCs as intents: export one learner or the class to a progress file's
//! text, and import one in two steps — a preview of what the file would change, then the merge
//! once the person agreed. The shell reads and writes the file through its own dialogs.

use crate::app::KlarApp;
use crate::classroom::DeviceMode;
use crate::error::{Error, Result};
use crate::storage::ReflectionScope;
use crate::transfer::{self, ProgressFile, TransferKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

/// How long a preview waits for the person's answer.
pub const IMPORT_PREVIEW_MS: i64 = 10 * 60 * 1000;

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

/// One learner of the file as the import preview shows them.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportLearnerPreview {
    /// The name shown on this PC: a learner already here keeps their local name.
    pub name: String,
    /// The name in the file, when it is not the one shown here.
    pub name_in_file: Option<String>,
    /// New on this PC (else: already here and something would change).
    pub added: bool,
    /// Someone else (here or in the file) has the same or a look-alike name: a second "Ben".
    pub look_alike: bool,
    /// Titles of the course's lessons that would become completed.
    pub lessons_completed: Vec<String>,
    /// Lessons this PC's course does not have that would become completed.
    pub other_lessons_completed: u32,
    pub lessons_merged: u32,
    pub answers_merged: u32,
    pub reflections_merged: u32,
}

/// What a progress file would change, shown before anything is written.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    /// Names this preview when the person confirms or cancels; it works once.
    pub token: String,
    pub kind: TransferKind,
    /// The exporting PC's name, if it had one.
    pub device: Option<String>,
    #[ts(type = "number")]
    pub exported_ms: i64,
    /// The learners who would be added or changed; unchanged ones are only counted.
    pub learners: Vec<ImportLearnerPreview>,
    pub learners_added: u32,
    pub learners_updated: u32,
    pub learners_unchanged: u32,
    /// Lessons that would become completed, over all learners.
    pub lessons_completed: u32,
    /// Listed learners whose name looks like someone else's.
    pub look_alikes: u32,
}

/// A checked file waiting for the person's yes. Only the session that asked can use it, once,
/// for `IMPORT_PREVIEW_MS`.
#[derive(Debug)]
pub struct PendingImport {
    token: String,
    file: ProgressFile,
    /// The learner signed in when the preview was made (None: nobody, e.g. the teacher).
    learner: Option<i64>,
    /// The session it was made in: after any change of person at the PC it is void.
    session: u64,
    expires_ms: i64,
}

impl PendingImport {
    pub fn token(&self) -> &str {
        &self.token
    }
}

/// The shell's waiting import. One at a time: a new preview replaces an older one, so at most
/// one parsed file is held in memory.
#[derive(Debug, Default)]
pub struct PendingImports {
    waiting: Option<PendingImport>,
}

impl PendingImports {
    pub fn keep(&mut self, pending: PendingImport) {
        self.waiting = Some(pending);
    }

    /// Takes the import named by `token`: it cannot be confirmed a second time.
    pub fn take(&mut self, token: &str) -> Result<PendingImport> {
        match self.waiting.take() {
            Some(p) if p.token == token => Ok(p),
            other => {
                self.waiting = other;
                Err(Error::ImportExpired)
            }
        }
    }

    /// Forgets the import named by `token` (the person said no).
    pub fn forget(&mut self, token: &str) {
        if self.waiting.as_ref().is_some_and(|p| p.token == token) {
            self.waiting = None;
        }
    }
}

/// A name as people compare them: compatibility forms folded ("Ｂｅｎ" is "Ben"), case and
/// spacing ignored.
fn name_key(name: &str) -> String {
    let folded: String = name.nfkc().flat_map(char::to_lowercase).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl KlarApp {
    /// The text of a progress file for `scope` (JSON, see `crate::transfer`).
    pub fn export_progress(&mut self, scope: ExportScope) -> Result<String> {
        let (kind, learners) = match scope {
            ExportScope::Learner { id } => {
                self.require_self_or_admin(id)?;
                let own = self.current.as_ref().is_some_and(|c| c.id == id);
                let reflections = if own { ReflectionScope::All } else { ReflectionScope::SharedOnly };
                (TransferKind::Learner, vec![transfer::learner_file(&self.storage, id, reflections)?])
            }
            ExportScope::Class => {
                self.require_admin()?;
                let mut all = Vec::new();
                for l in self.storage.learners()? {
                    all.push(transfer::learner_file(&self.storage, l.id, ReflectionScope::SharedOnly)?);
                }
                (TransferKind::Class, all)
            }
        };
        let device = self.storage.setting(crate::classroom::KEY_DEVICE_NAME)?;
        ProgressFile::new(kind, self.storage.now(), device, learners).to_json()
    }

    /// Importing is the teacher's in a classroom, and never happens on a library PC.
    fn require_import_allowed(&mut self) -> Result<()> {
        if self.mode()? == Some(DeviceMode::Library) {
            return Err(Error::NotAllowedInMode("a public-library PC keeps no learners".into()));
        }
        self.require_admin()
    }

    /// Step one of an import: checks the file completely and works out what it would change,
    /// without writing anything. The preview goes to the person; the `PendingImport` stays with
    /// the shell until they confirm (`confirm_import`) or cancel.
    pub fn preview_import(&mut self, bytes: &[u8]) -> Result<(ImportPreview, PendingImport)> {
        self.require_import_allowed()?;
        let now = self.storage.now();
        let file = transfer::parse(bytes, now)?;
        let plans = transfer::preview_merge(&self.storage, &file.learners)?;
        let locale = self.locale()?;
        // Everyone who would be on this PC afterwards, by the name that shows, to spot two
        // different people who look the same.
        let mut by_name: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        let locals = self.storage.learners()?;
        for l in &locals {
            by_name.entry(name_key(&l.display_name)).or_default().insert(&l.uuid);
        }
        let shown: Vec<&str> = file
            .learners
            .iter()
            .zip(&plans)
            .map(|(l, p)| p.local.as_ref().map_or(l.display_name.as_str(), |(_, name)| name.as_str()))
            .collect();
        for (l, name) in file.learners.iter().zip(&shown) {
            by_name.entry(name_key(name)).or_default().insert(&l.uuid);
        }
        let mut preview = ImportPreview {
            token: uuid::Uuid::new_v4().simple().to_string(),
            kind: file.kind,
            device: file.device.clone(),
            exported_ms: file.exported_ms,
            learners: Vec::new(),
            learners_added: 0,
            learners_updated: 0,
            learners_unchanged: 0,
            lessons_completed: 0,
            look_alikes: 0,
        };
        for ((l, plan), name) in file.learners.iter().zip(&plans).zip(&shown) {
            let added = plan.local.is_none();
            if !added && !plan.changed {
                preview.learners_unchanged += 1;
                continue;
            }
            if added {
                preview.learners_added += 1;
            } else {
                preview.learners_updated += 1;
            }
            let look_alike = by_name.get(&name_key(name)).is_some_and(|uuids| uuids.len() > 1);
            let mut lessons_completed = Vec::new();
            let mut other_lessons_completed = 0;
            for uuid in &plan.lessons_completed {
                match self.lesson(uuid) {
                    Ok((number, lesson)) => lessons_completed
                        .push((number, lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_else(|| lesson.slug.clone()))),
                    Err(_) => other_lessons_completed += 1,
                }
            }
            // In the course's order, as the teacher knows it.
            lessons_completed.sort();
            let lessons_completed = lessons_completed.into_iter().map(|(_, title)| title).collect();
            preview.lessons_completed += plan.lessons_completed.len() as u32;
            preview.look_alikes += u32::from(look_alike);
            preview.learners.push(ImportLearnerPreview {
                name: name.to_string(),
                name_in_file: (l.display_name != *name).then(|| l.display_name.clone()),
                added,
                look_alike,
                lessons_completed,
                other_lessons_completed,
                lessons_merged: plan.lessons_merged,
                answers_merged: plan.answers_merged,
                reflections_merged: plan.reflections_merged,
            });
        }
        let pending = PendingImport {
            token: preview.token.clone(),
            file,
            learner: self.current.as_ref().map(|c| c.id),
            session: self.session_epoch(),
            expires_ms: now.saturating_add(IMPORT_PREVIEW_MS),
        };
        Ok((preview, pending))
    }

    /// Step two: merges the previewed file in one transaction, so it all lands or nothing does.
    /// The rules of step one apply again (a teacher's session may have ended meanwhile), and only
    /// the same signed-in learner (or nobody, as before) may confirm, within the time limit.
    pub fn confirm_import(&mut self, pending: PendingImport) -> Result<ImportSummary> {
        self.require_import_allowed()?;
        if self.current.as_ref().map(|c| c.id) != pending.learner
            || self.session_epoch() != pending.session
            || self.storage.now() > pending.expires_ms
        {
            return Err(Error::ImportExpired);
        }
        let file = pending.file;
        let c = transfer::merge_learners(&mut self.storage, &file.learners)?;
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
