//! Gemma 3's hyper-parameters from the `gemma3.*` metadata, plus the ones the file does not
//! hold, fixed as llama.cpp fixes them for this architecture (and as the reference tests
//! against llama.cpp confirm): every 6th layer attends globally, the others through a sliding
//! window with RoPE base 10 000; queries are scaled by 1/sqrt(head size).

use super::config::{bad_gguf, int_key, Architecture, ModelInfo};
use crate::error::Result;
use crate::gguf::{GgufFile, Value};

/// Layer `i` attends globally iff `(i + 1).is_multiple_of(GLOBAL_EVERY)` (Gemma 3's 5 local : 1 global).
const GLOBAL_EVERY: usize = 6;
/// RoPE base of the sliding-window layers (not in the file's metadata).
const LOCAL_ROPE_BASE: f32 = 10_000.0;

#[derive(Debug, Clone, PartialEq)]
pub struct GemmaConfig {
    pub n_layer: usize,
    pub n_embd: usize,
    pub n_ff: usize,
    pub n_head: usize,
    pub n_head_kv: usize,
    pub head_dim: usize,
    /// RoPE base of the global layers (`gemma3.rope.freq_base`).
    pub rope_global: f32,
    pub rope_local: f32,
    /// Keys a local layer sees: the query's own position and the `window - 1` before it.
    pub window: usize,
    pub rms_eps: f32,
    /// Multiplies queries before the dot product with keys.
    pub query_scale: f32,
    pub n_ctx: usize,
    pub vocab: usize,
}

impl GemmaConfig {
    pub fn from_gguf(g: &GgufFile) -> Result<Self> {
        let bad = |reason: String| bad_gguf(g, reason);
        if Architecture::from_gguf(g)? != Architecture::Gemma3 {
            return Err(bad("general.architecture is not gemma3".into()));
        }
        let int = |k: &str, max: u64| int_key(g, k, max);
        let float = |k: &str| -> Result<f32> {
            match g.get(k).and_then(Value::as_f64) {
                Some(v) if v.is_finite() && v >= 0.0 => Ok(v as f32),
                Some(v) => Err(bad(format!("{k} = {v} is not a sensible number"))),
                None => Err(bad(format!("{k} is missing"))),
            }
        };
        let n_embd = int("gemma3.embedding_length", 1 << 16)?;
        let n_head = int("gemma3.attention.head_count", 1024)?;
        let n_head_kv = int("gemma3.attention.head_count_kv", 1024)?;
        let head_dim = int("gemma3.attention.key_length", 1 << 12)?;
        if int("gemma3.attention.value_length", 1 << 12)? != head_dim {
            return Err(bad("keys and values of different sizes are not supported".into()));
        }
        if n_head % n_head_kv != 0 || head_dim % 2 != 0 || n_embd % 32 != 0 || (n_head * head_dim) % 32 != 0 {
            return Err(bad(format!(
                "{n_head} heads / {n_head_kv} kv heads of size {head_dim} over {n_embd} dimensions \
                 do not fit together"
            )));
        }
        let rope_global = float("gemma3.rope.freq_base")?;
        let rms_eps = float("gemma3.attention.layer_norm_rms_epsilon")?;
        if rope_global <= 1.0 {
            return Err(bad(format!("gemma3.rope.freq_base = {rope_global} is too small")));
        }
        let vocab = g
            .get("tokenizer.ggml.tokens")
            .and_then(Value::as_str_array)
            .map_or(0, |v| v.len());
        Ok(GemmaConfig {
            n_layer: int("gemma3.block_count", 1024)?,
            n_embd,
            n_ff: match int("gemma3.feed_forward_length", 1 << 18)? {
                ff if ff % 32 == 0 => ff,
                ff => return Err(bad(format!("gemma3.feed_forward_length = {ff} is not a multiple of 32"))),
            },
            n_head,
            n_head_kv,
            head_dim,
            rope_global,
            rope_local: LOCAL_ROPE_BASE,
            window: int("gemma3.attention.sliding_window", 1 << 24)?,
            rms_eps,
            query_scale: 1.0 / (head_dim as f32).sqrt(),
            n_ctx: int("gemma3.context_length", 1 << 24)?,
            vocab,
        })
    }

    /// Whether layer `i` attends to the whole context (else through the sliding window).
    pub fn is_global(&self, i: usize) -> bool {
        (i + 1).is_multiple_of(GLOBAL_EVERY)
    }

    pub fn q_dim(&self) -> usize {
        self.n_head * self.head_dim
    }

    pub fn kv_dim(&self) -> usize {
        self.n_head_kv * self.head_dim
    }

    pub fn info(&self) -> ModelInfo {
        ModelInfo {
            architecture: Architecture::Gemma3.name(),
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
