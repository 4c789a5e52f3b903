//! The llama-architecture transformer: weights loaded from GGUF, a batched forward pass and its KV cache.
//! Q4_1/Q8_0 weights run on our own kernels; other quantizations go through candle's QMatMul.

use crate::error::{Error, Result};
use crate::gguf::{DType, GgufFile, TensorInfo, Value};
use crate::kernels::{self, Isa, Q8Block, QK};
use candle_core::quantized::{ggml_file::qtensor_from_ggml, QMatMul};
use candle_core::{Device, Module, Tensor};
use rayon::prelude::*;
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
        let bad = |reason: String| Error::BadGguf {
            path: g.path.clone(),
            reason,
        };
        match g.get("general.architecture").and_then(Value::as_str) {
            Some("llama") => {}
            Some(other) => {
                return Err(Error::Unsupported {
                    path: g.path.clone(),
                    reason: format!(
                        "architecture '{other}' (this engine runs llama-architecture models only)"
                    ),
                })
            }
            None => return Err(bad("general.architecture is missing".into())),
        }
        let int = |k: &str, max: u64| -> Result<usize> {
            match g.get(k).and_then(Value::as_u64) {
                Some(v) if v >= 1 && v <= max => Ok(v as usize),
                Some(v) => Err(bad(format!("{k} = {v} is out of range"))),
                None => Err(bad(format!("{k} is missing"))),
            }
        };
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
}

/// A weight matrix of `rows` outputs by `cols` inputs.
pub enum Matrix {
    /// Raw GGUF blocks, run by our kernels.
    Own {
        dtype: DType,
        rows: usize,
        cols: usize,
        data: Vec<u8>,
    },
    /// Any other type, run by candle (raw bytes kept for row lookups when it is an embedding).
    Candle {
        dtype: DType,
        rows: usize,
        cols: usize,
        mm: QMatMul,
        raw: Option<Vec<u8>>,
    },
}

impl Matrix {
    fn load(
        g: &GgufFile,
        file: &mut std::fs::File,
        info: &TensorInfo,
        rows: usize,
        cols: usize,
        keep_raw: bool,
    ) -> Result<Self> {
        if info.dims != [cols, rows] {
            return Err(Error::BadGguf {
                path: g.path.clone(),
                reason: format!(
                    "tensor {} has shape {:?}, expected [{cols}, {rows}]",
                    info.name, info.dims
                ),
            });
        }
        let data = g.read_tensor(file, info)?;
        match info.dtype {
            DType::Q4_1 | DType::Q8_0 => Ok(Matrix::Own {
                dtype: info.dtype,
                rows,
                cols,
                data,
            }),
            dtype => {
                let qt = qtensor_from_ggml(dtype.to_candle(), &data, vec![rows, cols], &Device::Cpu)?;
                Ok(Matrix::Candle {
                    dtype,
                    rows,
                    cols,
                    mm: QMatMul::from_qtensor(qt)?,
                    raw: keep_raw.then_some(data),
                })
            }
        }
    }

    pub fn rows(&self) -> usize {
        match self {
            Matrix::Own { rows, .. } | Matrix::Candle { rows, .. } => *rows,
        }
    }

    /// One row as f32 (embedding lookup): only that row is dequantized.
    fn row(&self, r: usize, out: &mut [f32]) -> Result<()> {
        match self {
            Matrix::Own {
                dtype, cols, data, ..
            } => {
                let rb = cols / QK * dtype.block_bytes();
                let w = &data[r * rb..(r + 1) * rb];
                match dtype {
                    DType::Q4_1 => kernels::dequant_q4_1(w, out),
                    _ => kernels::dequant_q8_0(w, out),
                }
                Ok(())
            }
            Matrix::Candle {
                dtype, cols, raw, ..
            } => {
                let raw = raw
                    .as_ref()
                    .ok_or_else(|| Error::Compute("embedding bytes were not kept".into()))?;
                let rb = cols / dtype.block_elems() * dtype.block_bytes();
                let qt = qtensor_from_ggml(
                    dtype.to_candle(),
                    &raw[r * rb..(r + 1) * rb],
                    vec![*cols],
                    &Device::Cpu,
                )?;
                let v = qt.dequantize(&Device::Cpu)?.to_vec1::<f32>()?;
                out.copy_from_slice(&v);
                Ok(())
            }
        }
    }

    /// Rows `r0..r0+out.len()` of W times one quantized vector (our kernels only).
    fn rows_into(&self, isa: Isa, xq: &[Q8Block], r0: usize, out: &mut [f32]) {
        if let Matrix::Own { dtype, cols, data, .. } = self {
            let rb = cols / QK * dtype.block_bytes();
            for (j, y) in out.iter_mut().enumerate() {
                let w = &data[(r0 + j) * rb..(r0 + j + 1) * rb];
                *y = match dtype {
                    DType::Q4_1 => isa.dot_q4_1(w, xq),
                    _ => isa.dot_q8_0(w, xq),
                };
            }
        }
    }

    /// `out[t*rows + r] = Σ_c W[r,c] x[t,c]` for `t` tokens; `xq` is `x` quantized per 32.
    fn matmul(&self, isa: Isa, x: &[f32], xq: &[Q8Block], t: usize, out: &mut [f32]) -> Result<()> {
        match self {
            Matrix::Own {
                dtype,
                rows,
                cols,
                data,
            } => {
                let nb = cols / QK;
                let rb = nb * dtype.block_bytes();
                let dot = |r: usize, xr: &[Q8Block]| {
                    let w = &data[r * rb..(r + 1) * rb];
                    match dtype {
                        DType::Q4_1 => isa.dot_q4_1(w, xr),
                        _ => isa.dot_q8_0(w, xr),
                    }
                };
                let dot4 = |r: usize, xr: [&[Q8Block]; 4]| {
                    let w = &data[r * rb..(r + 1) * rb];
                    match dtype {
                        DType::Q4_1 => isa.dot_q4_1_x4(w, xr),
                        _ => isa.dot_q8_0_x4(w, xr),
                    }
                };
                // Many small chunks: if another program takes a core, the idle thread steals the rest.
                let chunk = (rows / (rayon::current_num_threads() * 8)).clamp(8, 1024);
                if t == 1 {
                    out[..*rows]
                        .par_chunks_mut(chunk)
                        .with_min_len(min_len())
                        .enumerate()
                        .for_each(|(ci, o)| {
                            for (j, y) in o.iter_mut().enumerate() {
                                *y = dot(ci * chunk + j, xq);
                            }
                        });
                } else {
                    // Chunks small enough that their weights stay in L1 across token groups.
                    let chunk = (rows / (rayon::current_num_threads() * 4))
                        .min(16384 / rb)
                        .max(4);
                    let mut tmp = vec![0f32; rows * t];
                    tmp.par_chunks_mut(chunk * t)
                        .with_min_len(min_len())
                        .enumerate()
                        .for_each(|(ci, o)| {
                            let xt = |tt: usize| &xq[tt * nb..(tt + 1) * nb];
                            let n_rows = o.len() / t;
                            // Tokens outside, rows inside: this chunk's weights stay in L1
                            // while four tokens' activations are reused across all its rows.
                            let mut tt = 0;
                            while tt + 4 <= t {
                                let xs = [xt(tt), xt(tt + 1), xt(tt + 2), xt(tt + 3)];
                                for j in 0..n_rows {
                                    let v = dot4(ci * chunk + j, xs);
                                    o[j * t + tt..j * t + tt + 4].copy_from_slice(&v);
                                }
                                tt += 4;
                            }
                            let left = t - tt;
                            if left == 1 {
                                for j in 0..n_rows {
                                    o[j * t + tt] = dot(ci * chunk + j, xt(tt));
                                }
                            } else if left > 1 {
                                // Two or three tokens left: one four-wide pass (repeating the
                                // last token) costs less than separate passes.
                                let last = t - 1;
                                let xs = [xt(tt), xt((tt + 1).min(last)), xt((tt + 2).min(last)), xt(last)];
                                for j in 0..n_rows {
                                    let v = dot4(ci * chunk + j, xs);
                                    o[j * t + tt..j * t + t].copy_from_slice(&v[..left]);
                                }
                            }
                        });
                    for r in 0..*rows {
                        for tt in 0..t {
                            out[tt * rows + r] = tmp[r * t + tt];
                        }
                    }
                }
                Ok(())
            }
            Matrix::Candle { rows, cols, mm, .. } => {
                let xs = Tensor::from_slice(&x[..t * cols], (t, *cols), &Device::Cpu)?;
                let ys = mm.forward(&xs)?.flatten_all()?.to_vec1::<f32>()?;
                out[..t * rows].copy_from_slice(&ys);
                Ok(())
            }
        }
    }
}

/// One token through several matrices that share their input, as a single parallel region:
/// fewer hand-overs between threads means fewer chances to wait on a thread another program
/// has pushed off its core. Returns false (nothing done) unless all run on our kernels.
fn matvec_many(isa: Isa, xq: &[Q8Block], jobs: &mut [(&Matrix, &mut [f32])]) -> bool {
    if !jobs.iter().all(|(m, _)| matches!(m, Matrix::Own { .. })) {
        return false;
    }
    let total: usize = jobs.iter().map(|(m, _)| m.rows()).sum();
    let chunk = (total / (rayon::current_num_threads() * 8)).clamp(8, 1024);
    let mut tasks: Vec<(&Matrix, usize, &mut [f32])> = Vec::new();
    for (m, out) in jobs.iter_mut() {
        let rows = m.rows();
        for (ci, o) in out[..rows].chunks_mut(chunk).enumerate() {
            tasks.push((*m, ci * chunk, o));
        }
    }
    tasks
        .into_par_iter()
        .with_min_len(min_len())
        .for_each(|(m, r0, o)| m.rows_into(isa, xq, r0, o));
    true
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

    /// Runs `tokens` at positions `cache.len()..`, appends them to the cache and returns logits
    /// (`Last`: vocab floats; `All`: tokens × vocab). Run it inside the engine's thread pool.
    pub fn forward(&self, tokens: &[u32], cache: &mut KvCache, want: Logits) -> Result<Vec<f32>> {
        let cfg = &self.cfg;
        let (t, d, kvd, hd) = (tokens.len(), cfg.n_embd, cfg.kv_dim(), cfg.head_dim);
        if t == 0 {
            return Err(Error::InvalidInput("nothing to run: no tokens".into()));
        }
        let pos0 = cache.len;
        if cache.k.len() != cfg.n_layer {
            *cache = self.new_cache();
        }
        let mut x = vec![0f32; t * d];
        for (i, &tok) in tokens.iter().enumerate() {
            if tok as usize >= cfg.vocab {
                return Err(Error::InvalidInput(format!("token id {tok} is not in the vocabulary")));
            }
            self.token_embd.row(tok as usize, &mut x[i * d..(i + 1) * d])?;
        }
        let rope = rope_table(cfg, pos0, t);
        let nb = d / QK;
        let mut xn = vec![0f32; t * d];
        let mut xq = vec![Q8Block::default(); t * nb.max(cfg.n_ff / QK)];
        let mut q = vec![0f32; t * d];
        let mut k = vec![0f32; t * kvd];
        let mut v = vec![0f32; t * kvd];
        let mut att = vec![0f32; t * d];
        let mut o = vec![0f32; t * d];
        let mut g = vec![0f32; t * cfg.n_ff];
        let mut u = vec![0f32; t * cfg.n_ff];
        let isa = self.isa;
        let quant = |src: &[f32], cols: usize, dst: &mut [Q8Block]| {
            if cols.is_multiple_of(QK) {
                let nbc = cols / QK;
                dst[..t * nbc]
                    .par_chunks_mut(nbc)
                    .zip(src.par_chunks(cols))
                    .with_min_len(min_len())
                    .for_each(|(qd, xs)| kernels::quantize_q8(xs, qd));
            }
        };
        for (li, l) in self.layers.iter().enumerate() {
            rms_norm(&x, &l.attn_norm, cfg.rms_eps, &mut xn);
            quant(&xn, d, &mut xq);
            if t > 1 || !matvec_many(isa, &xq, &mut [(&l.wq, &mut q), (&l.wk, &mut k), (&l.wv, &mut v)]) {
                l.wq.matmul(isa, &xn, &xq, t, &mut q)?;
                l.wk.matmul(isa, &xn, &xq, t, &mut k)?;
                l.wv.matmul(isa, &xn, &xq, t, &mut v)?;
            }
            apply_rope(&mut q, cfg.n_head, hd, &rope);
            apply_rope(&mut k, cfg.n_head_kv, hd, &rope);
            cache.k[li].extend_from_slice(&k);
            cache.v[li].extend_from_slice(&v);
            attention(cfg, isa, &q, (&cache.k[li], &cache.v[li]), pos0, t, &mut att);
            quant(&att, d, &mut xq);
            l.wo.matmul(isa, &att, &xq, t, &mut o)?;
            x.iter_mut().zip(&o).for_each(|(a, b)| *a += b);
            rms_norm(&x, &l.ffn_norm, cfg.rms_eps, &mut xn);
            quant(&xn, d, &mut xq);
            if t > 1 || !matvec_many(isa, &xq, &mut [(&l.gate, &mut g), (&l.up, &mut u)]) {
                l.gate.matmul(isa, &xn, &xq, t, &mut g)?;
                l.up.matmul(isa, &xn, &xq, t, &mut u)?;
            }
            g.iter_mut()
                .zip(&u)
                .for_each(|(a, b)| *a = *a / (1.0 + (-*a).exp()) * b);
            quant(&g, cfg.n_ff, &mut xq);
            l.down.matmul(isa, &g, &xq, t, &mut o)?;
            x.iter_mut().zip(&o).for_each(|(a, b)| *a += b);
        }
        cache.len = pos0 + t;
        let rows = match want {
            Logits::None => return Ok(Vec::new()),
            Logits::Last => t - 1..t,
            Logits::All => 0..t,
        };
        let n = rows.len();
        let mut xl = vec![0f32; n * d];
        rms_norm(&x[rows.start * d..rows.end * d], &self.output_norm, cfg.rms_eps, &mut xl);
        let mut xlq = vec![Q8Block::default(); n * nb];
        if d % QK == 0 {
            for (qd, xs) in xlq.chunks_mut(nb).zip(xl.chunks(d)) {
                kernels::quantize_q8(xs, qd);
            }
        }
        let out_m = self.output.as_ref().unwrap_or(&self.token_embd);
        let mut logits = vec![0f32; n * cfg.vocab];
        out_m.matmul(isa, &xl, &xlq, n, &mut logits)?;
        Ok(logits)
    }
}

fn rms_norm(x: &[f32], w: &[f32], eps: f32, out: &mut [f32]) {
    let d = w.len();
    for (xs, os) in x.chunks_exact(d).zip(out.chunks_exact_mut(d)) {
        let ss: f64 = xs.iter().map(|&v| (v as f64) * (v as f64)).sum();
        let scale = (1.0 / (ss / d as f64 + eps as f64).sqrt()) as f32;
        for ((o, &v), &wi) in os.iter_mut().zip(xs).zip(w) {
            *o = v * scale * wi;
        }
    }
}

/// cos/sin for each of `t` positions from `pos0` and each rotated pair.
fn rope_table(cfg: &LlamaConfig, pos0: usize, t: usize) -> Vec<(f32, f32)> {
    let half = cfg.head_dim / 2;
    let mut table = Vec::with_capacity(t * half);
    for p in pos0..pos0 + t {
        for i in 0..half {
            let freq = (cfg.rope_theta as f64).powf(-2.0 * i as f64 / cfg.head_dim as f64);
            let a = p as f64 * freq;
            table.push((a.cos() as f32, a.sin() as f32));
        }
    }
    table
}

/// Rotates consecutive pairs (x[2i], x[2i+1]) — GGUF llama files store Q/K for this layout.
fn apply_rope(x: &mut [f32], n_heads: usize, hd: usize, table: &[(f32, f32)]) {
    let half = hd / 2;
    let row = n_heads * hd;
    for (tt, xs) in x.chunks_exact_mut(row).enumerate() {
        let cs = &table[tt * half..(tt + 1) * half];
        for head in xs.chunks_exact_mut(hd) {
            for (pair, &(c, s)) in head.chunks_exact_mut(2).zip(cs) {
                let (a, b) = (pair[0], pair[1]);
                pair[0] = a * c - b * s;
                pair[1] = a * s + b * c;
            }
        }
    }
}

/// f32 dot product with eight running sums, so the compiler can vectorize it.
#[inline(always)]
fn dot_f32(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let ca = a.chunks_exact(8);
    let cb = b.chunks_exact(8);
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (xa, xb) in ca.zip(cb) {
        for i in 0..8 {
            acc[i] += xa[i] * xb[i];
        }
    }
    acc.iter().sum::<f32>() + tail
}

/// One query head against the cached keys/values of its kv head.
struct HeadJob<'a> {
    q: &'a [f32],
    kc: &'a [f32],
    vc: &'a [f32],
    offset: usize,
    stride: usize,
    n: usize,
    scale: f32,
}

#[inline(always)]
fn attend(j: &HeadJob, o: &mut [f32]) {
    let hd = j.q.len();
    let mut scores: Vec<f32> = (0..j.n)
        .map(|p| dot_f32(j.q, &j.kc[p * j.stride + j.offset..][..hd]) * j.scale)
        .collect();
    let max = scores.iter().fold(f32::NEG_INFINITY, |m, &s| m.max(s));
    let mut sum = 0f32;
    for s in scores.iter_mut() {
        *s = (*s - max).exp();
        sum += *s;
    }
    let inv = 1.0 / sum;
    o.iter_mut().for_each(|x| *x = 0.0);
    for (p, &w) in scores.iter().enumerate() {
        let vp = &j.vc[p * j.stride + j.offset..][..hd];
        let w = w * inv;
        o.iter_mut().zip(vp).for_each(|(a, b)| *a += w * b);
    }
}

/// The same code compiled for AVX2 (chosen at run time), so the compiler uses 256-bit vectors.
///
/// # Safety
/// The CPU must support avx2 and fma.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn attend_avx2(j: &HeadJob, o: &mut [f32]) {
    attend(j, o)
}

/// Causal multi-head attention with grouped key/value heads, one (token, head) per task.
fn attention(
    cfg: &LlamaConfig,
    isa: Isa,
    q: &[f32],
    (kc, vc): (&[f32], &[f32]),
    pos0: usize,
    t: usize,
    out: &mut [f32],
) {
    let (hd, nh, kvd) = (cfg.head_dim, cfg.n_head, cfg.kv_dim());
    let group = nh / cfg.n_head_kv;
    let scale = 1.0 / (hd as f32).sqrt();
    let work = |idx: usize, o: &mut [f32]| {
        let (tt, h) = (idx / nh, idx % nh);
        let head = HeadJob {
            q: &q[tt * nh * hd + h * hd..][..hd],
            kc,
            vc,
            offset: (h / group) * hd,
            stride: kvd,
            n: pos0 + tt + 1,
            scale,
        };
        match isa {
            // SAFETY: Avx2 is only detected on CPUs with avx2 and fma.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { attend_avx2(&head, o) },
            _ => attend(&head, o),
        }
    };
    let heavy = t * nh * (pos0 + t) * hd > 1 << 15;
    if heavy {
        out[..t * nh * hd]
            .par_chunks_mut(hd)
            .with_min_len(min_len())
            .enumerate()
            .for_each(|(i, o)| work(i, o));
    } else {
        out[..t * nh * hd]
            .chunks_mut(hd)
            .enumerate()
            .for_each(|(i, o)| work(i, o));
    }
}
