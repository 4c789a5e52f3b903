//! Gemma 3: the scaled, tied token embedding (also the output head, kept once), per layer
//! RMS norms before and after attention and feed-forward, RMS norms on each query and key head,
//! RoPE in the NEOX layout with a base per layer kind, sliding-window attention on local layers,
//! and the GeGLU feed-forward (tanh-approximated GELU). No logit soft-capping in Gemma 3.
//! Norm weights in GGUF files already hold Gemma's `1 + w` (the converter adds the one).

use super::forward::{apply_rope_neox, attention, gate, project_qkv, quantize_rows, rms_norm, rope_table, AttnShape};
use super::gemma_config::GemmaConfig;
use super::matrix::{matvec_many, Matrix};
use super::{load_vector, KvCache, Logits};
use crate::error::{Error, Result};
use crate::gguf::GgufFile;
use crate::kernels::{self, Isa, Q8Block, QK};

struct Layer {
    attn_norm: Vec<f32>,
    wq: Matrix,
    wk: Matrix,
    wv: Matrix,
    q_norm: Vec<f32>,
    k_norm: Vec<f32>,
    wo: Matrix,
    post_attn_norm: Vec<f32>,
    ffn_norm: Vec<f32>,
    gate: Matrix,
    up: Matrix,
    down: Matrix,
    post_ffn_norm: Vec<f32>,
}

/// A loaded Gemma 3 model.
pub struct GemmaModel {
    pub cfg: GemmaConfig,
    layers: Vec<Layer>,
    /// Input embedding and output head at once (Gemma ties them).
    token_embd: Matrix,
    output_norm: Vec<f32>,
    isa: Isa,
}

/// GELU, tanh approximation (as Gemma and llama.cpp use it).
fn gelu(x: f32) -> f32 {
    // 0.5·x·(1 + tanh z) written as x / (1 + e^(−2z)): the same function, and `exp` costs a
    // fraction of `tanh` (this loop took a fifth of a 128-token prompt with `tanh`). For large
    // negative x the exponential overflows to infinity and the result is −0, as it should be.
    const C2: f32 = 2.0 * 0.797_884_6; // 2·sqrt(2/pi)
    x / (1.0 + (-C2 * (x + 0.044_715 * x * x * x)).exp())
}

/// RMS norm of every `w.len()`-sized head of `x`, in place.
fn norm_heads(x: &mut [f32], w: &[f32], eps: f32) {
    let mut tmp = vec![0f32; w.len()];
    for head in x.chunks_exact_mut(w.len()) {
        rms_norm(head, w, eps, &mut tmp);
        head.copy_from_slice(&tmp);
    }
}

impl GemmaModel {
    pub fn load(g: &GgufFile, cfg: GemmaConfig) -> Result<Self> {
        let open = || {
            std::fs::File::open(&g.path).map_err(|source| Error::Io {
                path: g.path.clone(),
                source,
            })
        };
        let mut file = open()?;
        let missing = |name: &str| Error::BadGguf {
            path: g.path.clone(),
            reason: format!("tensor {name} is missing"),
        };
        let (d, qd, kv, ff, hd) = (cfg.n_embd, cfg.q_dim(), cfg.kv_dim(), cfg.n_ff, cfg.head_dim);
        if g.tensor("output.weight").is_some() {
            return Err(Error::Unsupported {
                path: g.path.clone(),
                reason: "a Gemma file with a separate output head".into(),
            });
        }
        let mut mat = |name: String, rows: usize, cols: usize, keep_raw: bool| -> Result<Matrix> {
            let info = g.tensor(&name).ok_or_else(|| missing(&name))?;
            Matrix::load(g, &mut file, info, rows, cols, keep_raw)
        };
        let token_embd = mat("token_embd.weight".into(), cfg.vocab, d, true)?;
        let mut mats = Vec::with_capacity(cfg.n_layer);
        for i in 0..cfg.n_layer {
            let p = |s: &str| format!("blk.{i}.{s}.weight");
            mats.push([
                mat(p("attn_q"), qd, d, false)?,
                mat(p("attn_k"), kv, d, false)?,
                mat(p("attn_v"), kv, d, false)?,
                mat(p("attn_output"), d, qd, false)?,
                mat(p("ffn_gate"), ff, d, false)?,
                mat(p("ffn_up"), ff, d, false)?,
                mat(p("ffn_down"), d, ff, false)?,
            ]);
        }
        let mut file = open()?;
        let mut vector = |name: String, n: usize| load_vector(g, &mut file, &name, n);
        let mut layers = Vec::with_capacity(cfg.n_layer);
        for (i, [wq, wk, wv, wo, gate, up, down]) in mats.into_iter().enumerate() {
            let p = |s: &str| format!("blk.{i}.{s}.weight");
            layers.push(Layer {
                attn_norm: vector(p("attn_norm"), d)?,
                q_norm: vector(p("attn_q_norm"), hd)?,
                k_norm: vector(p("attn_k_norm"), hd)?,
                post_attn_norm: vector(p("post_attention_norm"), d)?,
                ffn_norm: vector(p("ffn_norm"), d)?,
                post_ffn_norm: vector(p("post_ffw_norm"), d)?,
                wq,
                wk,
                wv,
                wo,
                gate,
                up,
                down,
            });
        }
        let output_norm = vector("output_norm.weight".into(), d)?;
        Ok(GemmaModel {
            cfg,
            layers,
            token_embd,
            output_norm,
            isa: Isa::detect(),
        })
    }

    pub fn isa(&self) -> Isa {
        self.isa
    }

    /// Runs `tokens` at positions `cache.len()..`, appends them to the cache and returns logits
    /// (`Last`: vocab floats; `All`: tokens × vocab). Run it inside the engine's thread pool.
    pub fn forward(&self, tokens: &[u32], cache: &mut KvCache, want: Logits) -> Result<Vec<f32>> {
        let cfg = &self.cfg;
        let (t, d, qd, kvd, hd, ff) = (tokens.len(), cfg.n_embd, cfg.q_dim(), cfg.kv_dim(), cfg.head_dim, cfg.n_ff);
        if t == 0 {
            return Err(Error::InvalidInput("nothing to run: no tokens".into()));
        }
        if cache.k.len() != cfg.n_layer {
            *cache = KvCache::with_layers(cfg.n_layer);
        }
        let pos0 = cache.len;
        let mut x = vec![0f32; t * d];
        let embd_scale = (d as f32).sqrt();
        for (i, &tok) in tokens.iter().enumerate() {
            if tok as usize >= cfg.vocab {
                return Err(Error::InvalidInput(format!("token id {tok} is not in the vocabulary")));
            }
            let row = &mut x[i * d..(i + 1) * d];
            self.token_embd.row(tok as usize, row)?;
            row.iter_mut().for_each(|v| *v *= embd_scale);
        }
        let rope_global = rope_table(cfg.rope_global, hd, pos0, t);
        let rope_local = rope_table(cfg.rope_local, hd, pos0, t);
        let widest = d.max(qd).max(ff);
        let mut xn = vec![0f32; t * d];
        let mut xq = vec![Q8Block::default(); t * widest / QK];
        let mut q = vec![0f32; t * qd];
        let mut k = vec![0f32; t * kvd];
        let mut v = vec![0f32; t * kvd];
        let mut att = vec![0f32; t * qd];
        let mut o = vec![0f32; t * d];
        let mut g = vec![0f32; t * ff];
        let mut u = vec![0f32; t * ff];
        let isa = self.isa;
        let quant = |src: &[f32], cols: usize, dst: &mut [Q8Block]| quantize_rows(src, cols, t, dst);
        for (li, l) in self.layers.iter().enumerate() {
            rms_norm(&x, &l.attn_norm, cfg.rms_eps, &mut xn);
            quant(&xn, d, &mut xq);
            project_qkv(isa, [&l.wq, &l.wk, &l.wv], &xn, &xq, t, [&mut q, &mut k, &mut v])?;
            norm_heads(&mut q, &l.q_norm, cfg.rms_eps);
            norm_heads(&mut k, &l.k_norm, cfg.rms_eps);
            let global = cfg.is_global(li);
            let rope = if global { &rope_global } else { &rope_local };
            apply_rope_neox(&mut q, cfg.n_head, hd, rope);
            apply_rope_neox(&mut k, cfg.n_head_kv, hd, rope);
            cache.k[li].extend_from_slice(&k);
            cache.v[li].extend_from_slice(&v);
            let shape = AttnShape {
                n_head: cfg.n_head,
                n_head_kv: cfg.n_head_kv,
                head_dim: hd,
                scale: cfg.query_scale,
                window: (!global).then_some(cfg.window),
            };
            attention(&shape, isa, &q, (&cache.k[li], &cache.v[li]), pos0, t, &mut att);
            quant(&att, qd, &mut xq);
            l.wo.matmul(isa, &att, &xq, t, &mut o)?;
            rms_norm(&o, &l.post_attn_norm, cfg.rms_eps, &mut xn);
            x.iter_mut().zip(&xn).for_each(|(a, b)| *a += b);
            rms_norm(&x, &l.ffn_norm, cfg.rms_eps, &mut xn);
            quant(&xn, d, &mut xq);
            if t > 1 || !matvec_many(isa, &xq, &mut [(&l.gate, &mut g), (&l.up, &mut u)]) {
                l.gate.matmul(isa, &xn, &xq, t, &mut g)?;
                l.up.matmul(isa, &xn, &xq, t, &mut u)?;
            }
            gate(&mut g, &u, gelu);
            quant(&g, ff, &mut xq);
            l.down.matmul(isa, &g, &xq, t, &mut o)?;
            rms_norm(&o, &l.post_ffn_norm, cfg.rms_eps, &mut xn);
            x.iter_mut().zip(&xn).for_each(|(a, b)| *a += b);
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
        let nb = d / QK;
        let mut xlq = vec![Q8Block::default(); n * nb];
        for (qd, xs) in xlq.chunks_mut(nb).zip(xl.chunks(d)) {
            kernels::quantize_q8(xs, qd);
        }
        let mut logits = vec![0f32; n * cfg.vocab];
        self.token_embd.matmul(isa, &xl, &xlq, n, &mut logits)?;
        Ok(logits)
    }
}

#[cfg(test)]
mod tests {
    use super::gelu;

    /// The exponential form is the tanh approximation itself, also far out where one of the
    /// exponentials overflows.
    #[test]
    fn gelu_is_the_tanh_approximation() {
        for x in [-100.0f32, -12.0, -3.0, -1.0, -0.3, 0.0, 0.2, 1.0, 2.5, 9.0, 100.0] {
            let tanh_form = 0.5 * x * (1.0 + (0.797_884_6 * (x + 0.044_715 * x * x * x)).tanh());
            assert!((gelu(x) - tanh_form).abs() <= 1e-6 * (1.0 + x.abs()), "x = {x}: {} vs {tanh_form}", gelu(x));
        }
        assert_eq!(gelu(-1000.0), 0.0);
    }
}
