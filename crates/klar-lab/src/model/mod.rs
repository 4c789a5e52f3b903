//! The transformers this engine runs: llama (SmolLM2) and Gemma 3, with weights loaded from GGUF,
//! a batched forward pass and the KV cache they share. Q4_1/Q8_0 weights run on our own kernels;
//! other quantizations go through candle's QMatMul. This file loads the llama weights, holds the
//! cache and [`Model`], which dispatches to the right family; `config`/`gemma_config` read the
//! hyper-parameters, `matrix` multiplies weight matrices, `forward` runs tokens through llama's
//! layers (and holds the pieces Gemma shares), `gemma` is Gemma 3.

mod config;
mod forward;
mod gemma;
mod gemma_config;
mod matrix;

pub use config::{Architecture, LlamaConfig, ModelInfo};
pub use gemma::GemmaModel;
pub use gemma_config::GemmaConfig;
pub use matrix::Matrix;

use crate::error::{Error, Result};
use crate::gguf::{DType, GgufFile};
use crate::kernels::Isa;
use candle_core::quantized::ggml_file::qtensor_from_ggml;
use candle_core::Device;
use std::cell::Cell;

thread_local! {
    static SERIAL: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with every parallel loop of the forward pass kept on the calling thread. When other
/// programs keep the cores busy, one thread that never waits for a pre-empted partner can be
/// faster than several that do (the engine measures which is faster and picks).
pub fn serially<R>(f: impl FnOnce() -> R) -> R {
    SERIAL.with(|s| s.set(true));
    let r = f();
    SERIAL.with(|s| s.set(false));
    r
}

/// The smallest piece a parallel loop may be split into: everything at once when serial.
fn min_len() -> usize {
    if SERIAL.with(Cell::get) {
        usize::MAX
    } else {
        1
    }
}
struct Layer {
    attn_norm: Vec<f32>,
    wq: Matrix,
    wk: Matrix,
    wv: Matrix,
    wo: Matrix,
    ffn_norm: Vec<f32>,
    gate: Matrix,
    up: Matrix,
    down: Matrix,
}

/// Keys and values of every position seen so far (f32, as in the reference).
#[derive(Debug, Default, Clone)]
pub struct KvCache {
    k: Vec<Vec<f32>>,
    v: Vec<Vec<f32>>,
    len: usize,
}

impl KvCache {
    fn with_layers(n_layer: usize) -> Self {
        KvCache {
            k: vec![Vec::new(); n_layer],
            v: vec![Vec::new(); n_layer],
            len: 0,
        }
    }
    /// Number of positions held.
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn clear(&mut self) {
        self.k.iter_mut().for_each(Vec::clear);
        self.v.iter_mut().for_each(Vec::clear);
        self.len = 0;
    }
    /// Forgets everything after the first `n` positions.
    pub fn truncate(&mut self, n: usize, kv_dim: usize) {
        if n < self.len {
            self.k.iter_mut().for_each(|k| k.truncate(n * kv_dim));
            self.v.iter_mut().for_each(|v| v.truncate(n * kv_dim));
            self.len = n;
        }
    }
}

/// Which logits a forward pass returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Logits {
    None,
    Last,
    All,
}

/// A loaded llama model.
pub struct LlamaModel {
    pub cfg: LlamaConfig,
    layers: Vec<Layer>,
    token_embd: Matrix,
    output_norm: Vec<f32>,
    output: Option<Matrix>,
    isa: Isa,
}

fn load_vector(g: &GgufFile, file: &mut std::fs::File, name: &str, n: usize) -> Result<Vec<f32>> {
    let info = g.tensor(name).ok_or_else(|| Error::BadGguf {
        path: g.path.clone(),
        reason: format!("tensor {name} is missing"),
    })?;
    if info.dims != [n] {
        return Err(Error::BadGguf {
            path: g.path.clone(),
            reason: format!("tensor {name} has shape {:?}, expected [{n}]", info.dims),
        });
    }
    let raw = g.read_tensor(file, info)?;
    match info.dtype {
        DType::F32 => Ok(raw
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect()),
        dtype => {
            let qt = qtensor_from_ggml(dtype.to_candle(), &raw, vec![n], &Device::Cpu)?;
            Ok(qt.dequantize(&Device::Cpu)?.to_vec1::<f32>()?)
        }
    }
}

impl LlamaModel {
    pub fn load(g: &GgufFile, cfg: LlamaConfig) -> Result<Self> {
        let mut file = std::fs::File::open(&g.path).map_err(|source| Error::Io {
            path: g.path.clone(),
            source,
        })?;
        let missing = |name: &str| Error::BadGguf {
            path: g.path.clone(),
            reason: format!("tensor {name} is missing"),
        };
        let (d, kv, ff) = (cfg.n_embd, cfg.kv_dim(), cfg.n_ff);
        let mut mat = |name: String, rows: usize, cols: usize, keep_raw: bool| -> Result<Matrix> {
            let info = g.tensor(&name).ok_or_else(|| missing(&name))?;
            Matrix::load(g, &mut file, info, rows, cols, keep_raw)
        };
        let embd_info = g.tensor("token_embd.weight").ok_or_else(|| missing("token_embd.weight"))?;
        let n_vocab_rows = embd_info.dims.get(1).copied().unwrap_or(0);
        if n_vocab_rows != cfg.vocab {
            return Err(Error::BadGguf {
                path: g.path.clone(),
                reason: format!(
                    "the vocabulary has {} tokens but the embedding has {n_vocab_rows} rows",
                    cfg.vocab
                ),
            });
        }
        let token_embd = mat("token_embd.weight".into(), cfg.vocab, d, true)?;
        let output = match g.tensor("output.weight") {
            Some(_) => Some(mat("output.weight".into(), cfg.vocab, d, false)?),
            None => None,
        };
        let mut layers = Vec::with_capacity(cfg.n_layer);
        for i in 0..cfg.n_layer {
            let p = |s: &str| format!("blk.{i}.{s}.weight");
            layers.push(Layer {
                wq: mat(p("attn_q"), d, d, false)?,
                wk: mat(p("attn_k"), kv, d, false)?,
                wv: mat(p("attn_v"), kv, d, false)?,
                wo: mat(p("attn_output"), d, d, false)?,
                gate: mat(p("ffn_gate"), ff, d, false)?,
                up: mat(p("ffn_up"), ff, d, false)?,
                down: mat(p("ffn_down"), d, ff, false)?,
                attn_norm: Vec::new(),
                ffn_norm: Vec::new(),
            });
        }
        let mut file = std::fs::File::open(&g.path).map_err(|source| Error::Io {
            path: g.path.clone(),
            source,
        })?;
        for (i, l) in layers.iter_mut().enumerate() {
            l.attn_norm = load_vector(g, &mut file, &format!("blk.{i}.attn_norm.weight"), d)?;
            l.ffn_norm = load_vector(g, &mut file, &format!("blk.{i}.ffn_norm.weight"), d)?;
        }
        let output_norm = load_vector(g, &mut file, "output_norm.weight", d)?;
        Ok(LlamaModel {
            cfg,
            layers,
            token_embd,
            output_norm,
            output,
            isa: Isa::detect(),
        })
    }

    pub fn isa(&self) -> Isa {
        self.isa
    }

    pub fn new_cache(&self) -> KvCache {
        KvCache::with_layers(self.cfg.n_layer)
    }
}

/// A loaded model of either family.
pub enum Model {
    Llama(LlamaModel),
    Gemma(GemmaModel),
}

impl Model {
    /// Reads the hyper-parameters of the file's architecture (refusing any other).
    pub fn config(g: &GgufFile) -> Result<ModelConfig> {
        Ok(match Architecture::from_gguf(g)? {
            Architecture::Llama => ModelConfig::Llama(LlamaConfig::from_gguf(g)?),
            Architecture::Gemma3 => ModelConfig::Gemma(GemmaConfig::from_gguf(g)?),
        })
    }

    /// Bytes of tensor data `load` will keep in memory.
    pub fn weight_bytes(g: &GgufFile) -> u64 {
        g.tensors.iter().map(|t| t.n_bytes as u64).sum()
    }

    pub fn load(g: &GgufFile, cfg: ModelConfig) -> Result<Self> {
        Ok(match cfg {
            ModelConfig::Llama(c) => Model::Llama(LlamaModel::load(g, c)?),
            ModelConfig::Gemma(c) => Model::Gemma(GemmaModel::load(g, c)?),
        })
    }

    pub fn info(&self) -> ModelInfo {
        match self {
            Model::Llama(m) => m.cfg.info(),
            Model::Gemma(m) => m.cfg.info(),
        }
    }

    pub fn isa(&self) -> Isa {
        match self {
            Model::Llama(m) => m.isa(),
            Model::Gemma(m) => m.isa(),
        }
    }

    pub fn new_cache(&self) -> KvCache {
        KvCache::with_layers(self.info().n_layer)
    }

    /// Floats of keys (or values) per position and layer.
    pub fn kv_dim(&self) -> usize {
        match self {
            Model::Llama(m) => m.cfg.kv_dim(),
            Model::Gemma(m) => m.cfg.kv_dim(),
        }
    }

    pub fn forward(&self, tokens: &[u32], cache: &mut KvCache, want: Logits) -> Result<Vec<f32>> {
        match self {
            Model::Llama(m) => m.forward(tokens, cache, want),
            Model::Gemma(m) => m.forward(tokens, cache, want),
        }
    }
}

/// The hyper-parameters of either family, read before the weights are loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelConfig {
    Llama(LlamaConfig),
    Gemma(GemmaConfig),
}

impl ModelConfig {
    pub fn info(&self) -> ModelInfo {
        match self {
            ModelConfig::Llama(c) => c.info(),
            ModelConfig::Gemma(c) => c.info(),
        }
    }

    pub fn kv_dim(&self) -> usize {
        match self {
            ModelConfig::Llama(c) => c.kv_dim(),
            ModelConfig::Gemma(c) => c.kv_dim(),
        }
    }
}
