//! The workbench behind the app's lab: the lazily loaded models (`models.rs`) plus the state the
//! demos keep between calls (the explorer's last logits, the chat). The desktop shell runs it on
//! one worker thread; every method here is one demo action and is tested without a window.

use crate::chat::Chat;
use crate::demos::{agent, bias, claims, detector, energy, injection, next_token, tokens};
use crate::engine::{Engine, EngineOptions, GenerateParams, Generation, TokenStep};
use crate::error::{Error, Result};
use crate::sampling::Sampling;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;
use ts_rs::TS;

/// Longest message a learner can send to the model.
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// Most tokens one answer may have.
pub const MAX_ANSWER_TOKENS: u32 = 300;
mod models;
pub use models::{choose_model, LabStatus, ModelChoice, Role, APP_CONTEXT};
use models::Models;

/// What the lab streams while it works.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum LabEvent {
    /// The model file is being read (first use only).
    ModelLoading,
    /// One generated token.
    Token { step: TokenStep },
    /// The answer is complete but held back for a check before it is shown (injection game).
    Checking,
    /// One training round of the classifier is done.
    Training { progress: crate::classifier::TrainProgress },
}

/// Settings every generating demo shares.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct GenerationSettings {
    /// 0 = always the most likely token.
    pub temperature: f64,
    pub seed: u32,
    pub max_tokens: u32,
}

impl GenerationSettings {
    fn params(&self) -> GenerateParams {
        let temperature = if self.temperature.is_finite() { self.temperature.clamp(0.0, 2.0) } else { 0.7 };
        // Temperature 0 is what the learner was told: always the likeliest token, no penalty.
        let sampling = if temperature == 0.0 {
            Sampling::greedy()
        } else {
            Sampling { temperature, seed: u64::from(self.seed), ..Sampling::default() }
        };
        GenerateParams {
            max_tokens: self.max_tokens.clamp(1, MAX_ANSWER_TOKENS) as usize,
            sampling,
            stop_at_eos: true,
        }
    }
}

/// The injection game's reply to one message.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[ts(export)]
pub enum InjectionReply {
    /// The input filter stopped the message; the model never saw it.
    InputBlocked { word: String },
    /// The output check held the answer back.
    OutputBlocked,
    Answered { text: String },
}

/// Part two of the game: the summary and whether it obeyed the hidden instruction.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct SummaryReply {
    pub text: String,
    pub followed_hidden_instruction: bool,
}

/// A one-off answer cut into claims (hallucination check).
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct ClaimsAnswer {
    pub text: String,
    pub claims: Vec<String>,
}

/// The energy meter's answer with its measurement.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct EnergyAnswer {
    pub text: String,
    pub report: energy::EnergyReport,
}

/// The lab's state. Not `Sync`: it lives on one worker thread.
pub struct Workbench {
    folders: Vec<PathBuf>,
    options: EngineOptions,
    models: Models,
    explorer: next_token::Explorer,
    /// The file of the model the explorer's memory came from.
    explorer_model: Option<PathBuf>,
    chat: Option<(String, Chat)>,
    classifier: Option<crate::classifier::Classifier>,
}

impl Workbench {
    /// A workbench looking for models in `folders` (first: where teachers put models).
    pub fn new(folders: Vec<PathBuf>, options: EngineOptions) -> Self {
        Workbench { folders, options, models: Models::default(), explorer: Default::default(), explorer_model: None, chat: None, classifier: None }
    }

    /// A workbench for one given model file (tests, the CLI).
    pub fn with_model(path: &Path, options: EngineOptions) -> Result<Self> {
        let engine = Engine::load(path, &options)?;
        Ok(Workbench {
            folders: path.parent().map(Path::to_path_buf).into_iter().collect(),
            options,
            models: Models::fixed(engine),
            explorer: Default::default(),
            explorer_model: None,
            chat: None,
            classifier: None,
        })
    }

    pub fn is_loaded(&self) -> bool {
        self.models.is_loaded()
    }

    pub fn model_choice(&self) -> ModelChoice {
        choose_model(&self.folders)
    }

    /// Forwards every generated token to `on_event` as a [`LabEvent::Token`].
    fn token_events(on_event: &mut (dyn FnMut(LabEvent) + Send)) -> impl FnMut(&TokenStep) + Send + '_ {
        move |step: &TokenStep| on_event(LabEvent::Token { step: step.clone() })
    }

    /// The instruction-following model, loaded on first use.
    fn engine(&mut self, on_event: &mut dyn FnMut(LabEvent)) -> Result<&mut Engine> {
        self.models.engine(Role::Instruct, &self.folders, &self.options, on_event)
    }

    /// Loads the model a demo will need (`text`: one of the text demos) while the learner reads
    /// and types, so that their first action does not wait for the file to load. Nothing the
    /// learner did is involved: only the model file is read.
    pub fn warm_up(&mut self, text: bool, on_event: &mut dyn FnMut(LabEvent)) -> Result<()> {
        let role = if text { Role::Text } else { Role::Instruct };
        self.models.engine(role, &self.folders, &self.options, on_event).map(|_| ())
    }

    /// The model for the demos that continue or score text: the multilingual one when present.
    fn text_engine(&mut self, on_event: &mut dyn FnMut(LabEvent)) -> Result<&mut Engine> {
        self.models.engine(Role::Text, &self.folders, &self.options, on_event)
    }

    /// Next-token explorer: the ten most likely next tokens at `temperature`.
    pub fn next_tokens(
        &mut self,
        prompt: &str,
        picked: &[u32],
        temperature: f64,
        on_event: &mut dyn FnMut(LabEvent),
    ) -> Result<next_token::NextTokens> {
        let engine = self.models.engine(Role::Text, &self.folders, &self.options, on_event)?;
        // What the explorer remembers belongs to the model that computed it.
        if self.explorer_model.as_deref() != Some(engine.path()) {
            self.explorer = Default::default();
            self.explorer_model = Some(engine.path().to_path_buf());
        }
        self.explorer.next_tokens(engine, prompt, picked, temperature, 10)
    }

    /// Continues `prompt` + `picked` (next-token explorer, "generate").
    pub fn continue_text(
        &mut self,
        prompt: &str,
        picked: &[u32],
        settings: &GenerationSettings,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<Generation> {
        crate::demos::cap(prompt, 2000, "prompt")?;
        let engine = self.text_engine(on_event)?;
        let mut ids = engine.tokenizer().encode_text(prompt)?;
        ids.extend_from_slice(picked);
        engine.generate_steps(&ids, &settings.params(), cancel, &mut Self::token_events(on_event))
    }

    /// One chat turn. A different system message starts a new conversation.
    pub fn chat(
        &mut self,
        system: &str,
        message: &str,
        settings: &GenerationSettings,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<Generation> {
        check_message(message)?;
        let (engine, chat) = self.chat_with(system, on_event)?;
        chat.send_steps(engine, message.trim(), &settings.params(), cancel, &mut Self::token_events(on_event))
    }

    /// Gets the chat ready while the learner types: loads the chat model and runs the
    /// conversation so far (a new chat: its system message) into the model's cache, so the first
    /// Send only computes the learner's message.
    pub fn chat_prepare(&mut self, system: &str, on_event: &mut (dyn FnMut(LabEvent) + Send)) -> Result<()> {
        let (engine, chat) = self.chat_with(system, on_event)?;
        chat.prepare(engine)
    }

    /// The chat model and the conversation with `system` as its system message (a new one when
    /// the system message changed).
    fn chat_with(&mut self, system: &str, on_event: &mut (dyn FnMut(LabEvent) + Send)) -> Result<(&mut Engine, &mut Chat)> {
        crate::demos::cap(system, 2000, "system message")?;
        let engine = self.models.engine(Role::Instruct, &self.folders, &self.options, on_event)?;
        if self.chat.as_ref().is_none_or(|(s, _)| s != system) {
            engine.reset();
            let system_message = (!system.trim().is_empty()).then_some(system);
            self.chat = Some((system.to_string(), Chat::new(system_message)));
        }
        match self.chat.as_mut() {
            Some((_, chat)) => Ok((engine, chat)),
            None => Err(Error::Compute("the chat was not started".into())),
        }
    }

    /// Forgets everything the person at the PC did in the lab: the conversation and the model's
    /// cache of it, the explorer's last prompt and the trained classifier. Called whenever the
    /// session changes (sign-out, a new guest, another learner), so the next person continues
    /// nothing of the one before. The loaded model itself stays: it holds nobody's data.
    pub fn reset_session(&mut self) {
        self.chat_reset();
        self.explorer = Default::default();
        self.classifier = None;
    }

    /// Forgets the conversation.
    pub fn chat_reset(&mut self) {
        self.chat = None;
        for e in self.models.loaded_mut() {
            e.reset();
        }
    }

    /// A single question without history, cut into claims (hallucination check).
    pub fn ask_for_claims(
        &mut self,
        question: &str,
        settings: &GenerationSettings,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<ClaimsAnswer> {
        let g = self.single_turn(None, question, settings, cancel, on_event)?;
        Ok(ClaimsAnswer { claims: claims::split(&g.text), text: g.text })
    }

    fn single_turn(
        &mut self,
        system: Option<&str>,
        message: &str,
        settings: &GenerationSettings,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<Generation> {
        check_message(message)?;
        // A one-off question must not disturb a running chat's history.
        let engine = self.engine(on_event)?;
        let mut chat = Chat::new(system);
        chat.send_steps(engine, message.trim(), &settings.params(), cancel, &mut Self::token_events(on_event))
    }

    /// Tokenizer view.
    pub fn tokenize(&mut self, texts: &[tokens::LabeledText], on_event: &mut dyn FnMut(LabEvent)) -> Result<Vec<tokens::TokenizedText>> {
        let engine = self.text_engine(on_event)?;
        tokens::compare(engine.tokenizer(), texts)
    }

    /// Tokenizer view, second part: how many tokens each text costs in every model's tokenizer
    /// (read from the model files; no model is loaded for this).
    pub fn tokenizer_counts(&mut self, texts: &[tokens::LabeledText]) -> Result<Vec<tokens::TokenizerCounts>> {
        let tokenizers = self.models.tokenizers(&self.folders)?;
        tokens::counts(&tokenizers, texts)
    }

    /// Bias probe.
    pub fn bias(
        &mut self,
        prompts: &[String],
        continuations: &[String],
        cancel: &AtomicBool,
        on_event: &mut dyn FnMut(LabEvent),
    ) -> Result<Vec<bias::BiasRow>> {
        let engine = self.text_engine(on_event)?;
        bias::probe(engine, prompts, continuations, cancel)
    }

    /// Agent demo: the pretend tools ranked after the clean page and after the hidden line.
    pub fn agent(
        &mut self,
        task: &str,
        page: &str,
        hidden: &str,
        cancel: &AtomicBool,
        on_event: &mut dyn FnMut(LabEvent),
    ) -> Result<agent::AgentReport> {
        let engine = self.engine(on_event)?;
        agent::rank(engine, task, page, hidden, cancel)
    }

    /// AI-text detector, with the thresholds calibrated for `language` (a locale code).
    pub fn detect(
        &mut self,
        text: &str,
        language: &str,
        cancel: &AtomicBool,
        on_event: &mut dyn FnMut(LabEvent),
    ) -> Result<detector::DetectorReport> {
        let engine = self.text_engine(on_event)?;
        detector::score(engine, text, language, cancel)
    }

    /// Injection game, part one: one message to the guardian of level `level`.
    pub fn injection(
        &mut self,
        level: u8,
        message: &str,
        settings: &GenerationSettings,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<InjectionReply> {
        check_message(message)?;
        let system = injection::system_prompt(level)
            .ok_or_else(|| Error::InvalidInput(format!("there is no level {level}")))?;
        if let Some(word) = injection::blocked_word(level, message) {
            return Ok(InjectionReply::InputBlocked { word: word.to_string() });
        }
        let checked = injection::levels()
            .iter()
            .find(|l| l.level == level)
            .is_some_and(|l| l.defences.iter().any(|d| matches!(d, injection::Defence::OutputCheck | injection::Defence::StrictOutputCheck)));
        // With an output check, nothing is shown before the check has run.
        let mut forward = |e: LabEvent| {
            if !checked || !matches!(e, LabEvent::Token { .. }) {
                on_event(e)
            }
        };
        let g = self.single_turn(Some(&system), message, settings, cancel, &mut forward)?;
        if checked {
            on_event(LabEvent::Checking);
        }
        Ok(if injection::output_blocked(level, &g.text) {
            InjectionReply::OutputBlocked
        } else {
            InjectionReply::Answered { text: g.text }
        })
    }

    /// Injection game, part two: summarise a document that may hide an instruction.
    pub fn summarise(
        &mut self,
        document: &str,
        markers: &[String],
        settings: &GenerationSettings,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<SummaryReply> {
        crate::demos::cap(document, 3000, "document")?;
        let request = injection::summary_request(document.trim());
        let engine = self.engine(on_event)?;
        let mut chat = Chat::new(Some(injection::SUMMARY_SYSTEM));
        let g = chat.send_steps(engine, &request, &settings.params(), cancel, &mut Self::token_events(on_event))?;
        Ok(SummaryReply { followed_hidden_instruction: injection::followed_hidden_instruction(&g.text, markers), text: g.text })
    }

    /// Energy meter: answers `question` and measures the CPU time it took.
    pub fn energy(
        &mut self,
        question: &str,
        settings: &GenerationSettings,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<EnergyAnswer> {
        // Load first, so loading the file is not counted as the answer's energy.
        let threads = self.engine(on_event)?.threads();
        let cpu0 = energy::process_cpu_time();
        let t0 = Instant::now();
        let g = self.single_turn(None, question, settings, cancel, on_event)?;
        let wall = t0.elapsed();
        let (cpu, measured) = match (cpu0, energy::process_cpu_time()) {
            (Some(a), Some(b)) if b >= a => (b - a, true),
            _ => (wall * threads as u32, false),
        };
        let report = energy::estimate(cpu, wall, g.ids.len() as u32, measured, &energy::Assumptions::default());
        Ok(EnergyAnswer { text: g.text, report })
    }
}

impl Workbench {
    /// Trains the learner's classifier (no language model needed); it replaces the last one.
    pub fn train_classifier(
        &mut self,
        class_names: &[String],
        examples: &[crate::classifier::Example],
        min_per_class: usize,
        cancel: &AtomicBool,
        on_event: &mut (dyn FnMut(LabEvent) + Send),
    ) -> Result<crate::classifier::TrainReport> {
        let options = crate::classifier::TrainOptions { min_per_class: min_per_class.max(1), ..Default::default() };
        let (classifier, report) = crate::classifier::Classifier::train(class_names, examples, &options, cancel, &mut |p| {
            on_event(LabEvent::Training { progress: p.clone() })
        })?;
        self.classifier = Some(classifier);
        Ok(report)
    }

    /// The probability of each class for a test drawing.
    pub fn predict_drawing(&mut self, strokes: &[crate::classifier::Stroke]) -> Result<Vec<f32>> {
        match &self.classifier {
            Some(c) => c.predict(strokes),
            None => Err(Error::InvalidInput("train the classifier first".into())),
        }
    }
}

fn check_message(message: &str) -> Result<()> {
    if message.trim().is_empty() {
        return Err(Error::InvalidInput("the message is empty".into()));
    }
    crate::demos::cap(message, MAX_MESSAGE_CHARS, "message")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reset_session_clears_the_explorer_the_chat_and_the_classifier() -> Result<()> {
        let mut wb = Workbench::new(vec![std::env::temp_dir().join("klar-lab-no-models-here")], EngineOptions::default());
        wb.explorer = next_token::Explorer::remembering(vec![1, 2], vec![0.5; 4]);
        wb.chat = Some(("Be kind.".into(), Chat::new(Some("Be kind."))));
        let (names, examples) = crate::classifier::synthetic::shapes(6, 11);
        wb.train_classifier(&names, &examples, 5, &AtomicBool::new(false), &mut |_| {})?;
        assert!(wb.explorer.remembers() && wb.chat.is_some() && wb.classifier.is_some());
        wb.reset_session();
        assert!(!wb.explorer.remembers(), "the explorer forgot the last prompt");
        assert!(wb.chat.is_none(), "the conversation is gone");
        assert!(wb.classifier.is_none(), "the trained classifier is gone");
        Ok(())
    }
}
