//! The llama-architecture transformer: weights loaded from GGUF, a batched forward pass and its KV cache.
//! Q4_1/Q8_0 weights run on our own kernels; other quantizations go through candle's QMatMul.
//! This file loads the weights and holds the cache; `config` reads the hyper-parameters, `matrix`
//! multiplies weight matrices and `forward` runs tokens through the layers.

mod config;
mod forward;
mod matrix;

pub use config::LlamaConfig;
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
    /// Bytes of tensor data `load` will keep in memory.
    pub fn weight_bytes(g: &GgufFile) -> u64 {
        g.tensors.iter().map(|t| t.n_bytes as u64).sum()
    }

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
        KvCache {
            k: vec![Vec::new(); self.cfg.n_layer],
            v: vec![Vec::new(); self.cfg.n_layer],
            len: 0,
        }
    }

}
