//! Which model answers which demo. The instruction-following model (SmolLM2, or one a teacher
//! copied into the first folder) answers the chat-like demos. When the multilingual model's file
//! is present, it answers the demos that continue or score text (the next-token explorer, the
//! tokenizer view, the bias probe, the detector), so they work in the learner's language.
//! Each model is loaded on first use and then kept: both together need about 400 MB.

use super::LabEvent;
use crate::demos::injection;
use crate::engine::{Engine, EngineOptions};
use crate::error::{Error, Result};
use crate::paths::{DEFAULT_MODEL_FILE, MULTILINGUAL_MODEL_FILE};
use crate::tokenizer::Tokenizer;
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Context the app gives the model: enough for a short chat, small enough for old PCs.
pub const APP_CONTEXT: usize = 2048;

/// Which model file the lab uses and where teachers can put others.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct ModelChoice {
    /// The file in use for the chat-like demos, if any was found.
    pub file: Option<String>,
    pub size_mib: Option<u32>,
    /// The folder Klar looks in first (a teacher copies stronger models here).
    pub folder: String,
    /// The default model's file name (what to copy into `folder`).
    pub default_file: String,
    /// The multilingual model's file, when it is present: it answers the text demos.
    pub multilingual: Option<String>,
}

/// What the Lab page shows before any demo runs.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct LabStatus {
    pub model: ModelChoice,
    pub loaded: bool,
    pub levels: Vec<injection::LevelInfo>,
}

/// The two kinds of work a demo asks of a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Follow instructions, chat (chat, hallucination check, injection game, energy, agent).
    Instruct,
    /// Continue or score text (explorer, tokenizer view, bias probe, detector): the
    /// multilingual model when present, else the instruct model.
    Text,
}

/// Picks the models: a model a teacher copied into the first folder wins over the default; the
/// default and the multilingual model are looked for in every folder in order.
pub fn choose_model(folders: &[PathBuf]) -> ModelChoice {
    let found = pick_model_file(folders);
    ModelChoice {
        size_mib: found.as_ref().and_then(|p| std::fs::metadata(p).ok()).map(|m| (m.len() >> 20) as u32),
        file: found.as_ref().and_then(|p| file_name(p)),
        folder: folders.first().map(|f| f.display().to_string()).unwrap_or_default(),
        default_file: DEFAULT_MODEL_FILE.to_string(),
        multilingual: multilingual_file(folders).as_deref().and_then(file_name),
    }
}

fn file_name(p: &Path) -> Option<String> {
    p.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// The instruct model's file. The multilingual model is not a candidate: it cannot chat.
pub(super) fn pick_model_file(folders: &[PathBuf]) -> Option<PathBuf> {
    if let Some(first) = folders.first() {
        let mut others: Vec<PathBuf> = std::fs::read_dir(first)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gguf"))
                    && p.file_name().is_some_and(|n| n != DEFAULT_MODEL_FILE && n != MULTILINGUAL_MODEL_FILE)
                    && p.is_file()
            })
            .collect();
        others.sort();
        if let Some(p) = others.into_iter().next() {
            return Some(p);
        }
    }
    folders.iter().map(|f| f.join(DEFAULT_MODEL_FILE)).find(|p| p.is_file())
}

/// The multilingual model's file, if it is in one of the folders.
pub(super) fn multilingual_file(folders: &[PathBuf]) -> Option<PathBuf> {
    folders.iter().map(|f| f.join(MULTILINGUAL_MODEL_FILE)).find(|p| p.is_file())
}

/// The loaded models, each loaded on first use.
#[derive(Default)]
pub(super) struct Models {
    /// A model given by file (tests, the CLI): it answers every demo.
    fixed: Option<Engine>,
    instruct: Option<Engine>,
    text: Option<Engine>,
    /// Tokenizers read on their own for the tokenizer comparison (no weights loaded).
    tokenizers: Vec<(PathBuf, Tokenizer)>,
}

impl Models {
    pub fn fixed(engine: Engine) -> Self {
        Models { fixed: Some(engine), ..Default::default() }
    }

    pub fn is_loaded(&self) -> bool {
        self.fixed.is_some() || self.instruct.is_some() || self.text.is_some()
    }

    /// The engine for `role`, loaded if needed.
    pub fn engine(
        &mut self,
        role: Role,
        folders: &[PathBuf],
        options: &EngineOptions,
        on_event: &mut dyn FnMut(LabEvent),
    ) -> Result<&mut Engine> {
        if let Some(e) = self.fixed.as_mut() {
            return Ok(e);
        }
        let multilingual = match role {
            Role::Text => multilingual_file(folders),
            Role::Instruct => None,
        };
        let (slot, path) = match multilingual {
            Some(path) => (&mut self.text, Some(path)),
            None => (&mut self.instruct, pick_model_file(folders)),
        };
        if slot.as_ref().is_none_or(|e| Some(e.path()) != path.as_deref()) {
            let path = path.ok_or_else(|| Error::ModelMissing {
                path: folders.first().cloned().unwrap_or_default().join(DEFAULT_MODEL_FILE),
            })?;
            on_event(LabEvent::ModelLoading);
            let mut options = options.clone();
            options.max_context = Some(options.max_context.unwrap_or(APP_CONTEXT));
            // A model that was replaced on disk is dropped before the new one is read.
            *slot = None;
            *slot = Some(Engine::load(&path, &options)?);
        }
        slot.as_mut().ok_or_else(|| Error::Compute("the model is not loaded".into()))
    }

    /// The loaded engines (a session change clears their caches).
    pub fn loaded_mut(&mut self) -> impl Iterator<Item = &mut Engine> {
        self.fixed.iter_mut().chain(self.instruct.iter_mut()).chain(self.text.iter_mut())
    }

    /// Every model file's tokenizer (the instruct model's first), read from the files' metadata
    /// only; a loaded engine's tokenizer is used as it is.
    pub fn tokenizers(&mut self, folders: &[PathBuf]) -> Result<Vec<(String, &Tokenizer)>> {
        if let Some(e) = &self.fixed {
            return Ok(vec![(file_name(e.path()).unwrap_or_default(), e.tokenizer())]);
        }
        let files: Vec<PathBuf> = pick_model_file(folders).into_iter().chain(multilingual_file(folders)).collect();
        if files.is_empty() {
            return Err(Error::ModelMissing { path: folders.first().cloned().unwrap_or_default().join(DEFAULT_MODEL_FILE) });
        }
        for f in &files {
            let loaded = self.loaded_engine(f).is_some();
            if !loaded && !self.tokenizers.iter().any(|(p, _)| p == f) {
                let mut g = crate::gguf::GgufFile::open(f)?;
                let t = Tokenizer::from_gguf(&mut g)?;
                self.tokenizers.push((f.clone(), t));
            }
        }
        let mut out = Vec::with_capacity(files.len());
        for f in &files {
            let name = file_name(f).unwrap_or_default();
            let t = match self.loaded_engine(f) {
                Some(e) => e.tokenizer(),
                None => match self.tokenizers.iter().find(|(p, _)| p == f) {
                    Some((_, t)) => t,
                    None => continue,
                },
            };
            out.push((name, t));
        }
        Ok(out)
    }

    fn loaded_engine(&self, path: &Path) -> Option<&Engine> {
        self.fixed.iter().chain(self.instruct.iter()).chain(self.text.iter()).find(|e| e.path() == path)
    }
}
