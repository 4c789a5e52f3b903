//! The model's hyper-parameters, read and checked from a GGUF file's metadata: which
//! architecture it is, then the `llama.*` keys here (the `gemma3.*` keys in `gemma_config`).

use crate::error::{Error, Result};
use crate::gguf::{GgufFile, Value};
use serde::Serialize;

/// The transformer families this engine runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Architecture {
    Llama,
    Gemma3,
}

impl Architecture {
    /// Reads `general.architecture`; any other family is refused with a clear message.
    pub fn from_gguf(g: &GgufFile) -> Result<Self> {
        match g.get("general.architecture").and_then(Value::as_str) {
            Some("llama") => Ok(Architecture::Llama),
            Some("gemma3") => Ok(Architecture::Gemma3),
            Some(other) => Err(Error::Unsupported {
                path: g.path.clone(),
                reason: format!(
                    "architecture '{other}' (this engine runs llama and gemma3 models only)"
                ),
            }),
            None => Err(Error::BadGguf {
                path: g.path.clone(),
                reason: "general.architecture is missing".into(),
            }),
        }
    }

    /// The name GGUF files use for it.
    pub fn name(self) -> &'static str {
        match self {
            Architecture::Llama => "llama",
            Architecture::Gemma3 => "gemma3",
        }
    }
}

/// What any loaded model tells about itself, whatever its architecture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelInfo {
    /// "llama" or "gemma3".
    pub architecture: &'static str,
    pub n_layer: usize,
    pub n_embd: usize,
    pub n_head: usize,
    pub n_head_kv: usize,
    pub head_dim: usize,
    /// Context length the model was trained for.
    pub n_ctx: usize,
    pub vocab: usize,
}

/// Reads a whole-number key within `1..=max`, with the file's name in every refusal.
pub(super) fn int_key(g: &GgufFile, k: &str, max: u64) -> Result<usize> {
    match g.get(k).and_then(Value::as_u64) {
        Some(v) if v >= 1 && v <= max => Ok(v as usize),
        Some(v) => Err(bad_gguf(g, format!("{k} = {v} is out of range"))),
        None => Err(bad_gguf(g, format!("{k} is missing"))),
    }
}

pub(super) fn bad_gguf(g: &GgufFile, reason: String) -> Error {
    Error::BadGguf {
        path: g.path.clone(),
        reason,
    }
}

/// The hyper-parameters read from `llama.*` metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct LlamaConfig {
    pub n_layer: usize,
    pub n_embd: usize,
    pub n_ff: usize,
    pub n_head: usize,
    pub n_head_kv: usize,
    pub head_dim: usize,
    pub rope_theta: f32,
    pub rms_eps: f32,
    pub n_ctx: usize,
    pub vocab: usize,
}

impl LlamaConfig {
    pub fn from_gguf(g: &GgufFile) -> Result<Self> {
        let bad = |reason: String| bad_gguf(g, reason);
        if Architecture::from_gguf(g)? != Architecture::Llama {
            return Err(bad("general.architecture is not llama".into()));
        }
        let int = |k: &str, max: u64| int_key(g, k, max);
        let n_embd = int("llama.embedding_length", 1 << 16)?;
        let n_head = int("llama.attention.head_count", 1024)?;
        let n_head_kv = match g.get("llama.attention.head_count_kv") {
            None => n_head,
            Some(_) => int("llama.attention.head_count_kv", 1024)?,
        };
        if n_embd % n_head != 0 || n_head % n_head_kv != 0 {
            return Err(bad(format!(
                "{n_embd} dimensions do not split into {n_head} heads / {n_head_kv} kv heads"
            )));
        }
        let head_dim = n_embd / n_head;
        if head_dim % 2 != 0 {
            return Err(bad(format!("head size {head_dim} is odd")));
        }
        let rope_theta = g
            .get("llama.rope.freq_base")
            .and_then(Value::as_f64)
            .unwrap_or(10_000.0) as f32;
        let rms_eps = g
            .get("llama.attention.layer_norm_rms_epsilon")
            .and_then(Value::as_f64)
            .unwrap_or(1e-5) as f32;
        if !(rope_theta.is_finite() && rope_theta > 1.0 && rms_eps.is_finite() && rms_eps >= 0.0) {
            return Err(bad("rope base or norm epsilon is not a sensible number".into()));
        }
        let vocab = g
            .get("tokenizer.ggml.tokens")
            .and_then(Value::as_str_array)
            .map_or(0, |v| v.len());
        Ok(LlamaConfig {
            n_layer: int("llama.block_count", 1024)?,
            n_embd,
            n_ff: int("llama.feed_forward_length", 1 << 18)?,
            n_head,
            n_head_kv,
            head_dim,
            rope_theta,
            rms_eps,
            n_ctx: int("llama.context_length", 1 << 24)?,
            vocab,
        })
    }

    pub fn kv_dim(&self) -> usize {
        self.n_head_kv * self.head_dim
    }

    pub fn info(&self) -> ModelInfo {
        ModelInfo {
            architecture: Architecture::Llama.name(),
            n_layer: self.n_layer,
            n_embd: self.n_embd,
            n_head: self.n_head,
            n_head_kv: self.n_head_kv,
            head_dim: self.head_dim,
            n_ctx: self.n_ctx,
            vocab: self.vocab,
        }
    }
}
