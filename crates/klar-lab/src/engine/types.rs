//! The engine's data: load options, generation parameters and every result it hands out
//! (tokens, top-k, streamed steps, generations, perplexities).

use crate::sampling::Sampling;
use serde::Serialize;
use ts_rs::TS;

/// How to load a model.
#[derive(Debug, Clone, Default)]
pub struct EngineOptions {
    /// Worker threads for the matrix work (0 = one per core, at most 4).
    pub threads: usize,
    /// Longest context the engine accepts (clipped to the model's own); None = min(model, 4096).
    pub max_context: Option<usize>,
}

/// Ids and vocabulary strings of a text.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Tokenized {
    pub ids: Vec<u32>,
    pub tokens: Vec<String>,
}

/// One candidate next token.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TokenProb {
    pub id: u32,
    pub text: String,
    pub logprob: f64,
}

/// The most likely next tokens after a prompt.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TopK {
    pub prompt_ids: Vec<u32>,
    pub top: Vec<TokenProb>,
}

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerateParams {
    pub max_tokens: usize,
    pub sampling: Sampling,
    /// Stop at the model's end-of-sequence tokens.
    pub stop_at_eos: bool,
}

impl Default for GenerateParams {
    fn default() -> Self {
        GenerateParams {
            max_tokens: 256,
            sampling: Sampling::default(),
            stop_at_eos: true,
        }
    }
}

/// Why generation ended.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    EndOfSequence,
    MaxTokens,
    ContextFull,
    Cancelled,
}

/// One generated token as it is streamed: the text it completes (may be empty while a
/// multi-byte character is still open) and how probable the model found it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TokenStep {
    pub id: u32,
    /// Newly completed text (control tokens give none).
    pub text: String,
    /// The model's own probability of this token (softmax at temperature 1, before the
    /// sampler's settings), so the learner sees how sure the model was.
    pub prob: f32,
    /// The most likely tokens at this step, the chosen one included, most likely first.
    pub alternatives: Vec<TokenProb>,
}

/// The result of one generation.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct Generation {
    /// Generated ids (an end-of-sequence token that stopped generation is included).
    pub ids: Vec<u32>,
    /// Generated text without control tokens.
    pub text: String,
    pub prompt_tokens: usize,
    /// From the call to the first generated token.
    pub ttft_ms: f64,
    /// Generation speed after the first token.
    pub tokens_per_s: f64,
    pub stop: StopReason,
}

/// Per-token log-probabilities of a text.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Perplexity {
    pub ids: Vec<u32>,
    /// logprobs[i] = log p(ids[i+1] | ids[..=i]).
    pub logprobs: Vec<f64>,
    pub perplexity: f64,
}
