//! The forward pass: embeddings, then per layer RMS norm, rotary positions, grouped-query
//! attention over the KV cache and the SwiGLU feed-forward, then the logits asked for.

use super::matrix::{matvec_many, Matrix};
use super::{min_len, KvCache, LlamaModel, Logits};
use crate::error::{Error, Result};
use crate::kernels::{self, Isa, Q8Block, QK};
use rayon::prelude::*;

impl LlamaModel {
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
        let rope = rope_table(cfg.rope_theta, hd, pos0, t);
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
        let quant = |src: &[f32], cols: usize, dst: &mut [Q8Block]| quantize_rows(src, cols, t, dst);
        for (li, l) in self.layers.iter().enumerate() {
            rms_norm(&x, &l.attn_norm, cfg.rms_eps, &mut xn);
            quant(&xn, d, &mut xq);
            project_qkv(isa, [&l.wq, &l.wk, &l.wv], &xn, &xq, t, [&mut q, &mut k, &mut v])?;
            apply_rope(&mut q, cfg.n_head, hd, &rope);
            apply_rope(&mut k, cfg.n_head_kv, hd, &rope);
            cache.k[li].extend_from_slice(&k);
            cache.v[li].extend_from_slice(&v);
            let shape = AttnShape {
                n_head: cfg.n_head,
                n_head_kv: cfg.n_head_kv,
                head_dim: hd,
                scale: 1.0 / (hd as f32).sqrt(),
                window: None,
            };
            attention(&shape, isa, &q, (&cache.k[li], &cache.v[li]), pos0, t, &mut att);
            quant(&att, d, &mut xq);
            l.wo.matmul(isa, &att, &xq, t, &mut o)?;
            x.iter_mut().zip(&o).for_each(|(a, b)| *a += b);
            rms_norm(&x, &l.ffn_norm, cfg.rms_eps, &mut xn);
            quant(&xn, d, &mut xq);
            if t > 1 || !matvec_many(isa, &xq, &mut [(&l.gate, &mut g), (&l.up, &mut u)]) {
                l.gate.matmul(isa, &xn, &xq, t, &mut g)?;
                l.up.matmul(isa, &xn, &xq, t, &mut u)?;
            }
            gate(&mut g, &u, |a| a / (1.0 + (-a).exp()));
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

/// Quantizes `t` rows of `cols` activations each to 8 bits per 32-value block (rows in parallel).
pub(super) fn quantize_rows(src: &[f32], cols: usize, t: usize, dst: &mut [Q8Block]) {
    if cols.is_multiple_of(QK) {
        let nbc = cols / QK;
        dst[..t * nbc]
            .par_chunks_mut(nbc)
            .zip(src.par_chunks(cols))
            .with_min_len(min_len())
            .for_each(|(qd, xs)| kernels::quantize_q8(xs, qd));
    }
}

/// The query, key and value projections: for one token all three in one parallel pass over their
/// rows (where the weight types allow), otherwise one matrix after the other.
pub(super) fn project_qkv(
    isa: Isa,
    w: [&Matrix; 3],
    xn: &[f32],
    xq: &[Q8Block],
    t: usize,
    out: [&mut [f32]; 3],
) -> Result<()> {
    let [q, k, v] = out;
    if t > 1 || !matvec_many(isa, xq, &mut [(w[0], &mut *q), (w[1], &mut *k), (w[2], &mut *v)]) {
        w[0].matmul(isa, xn, xq, t, q)?;
        w[1].matmul(isa, xn, xq, t, k)?;
        w[2].matmul(isa, xn, xq, t, v)?;
    }
    Ok(())
}

pub(super) fn rms_norm(x: &[f32], w: &[f32], eps: f32, out: &mut [f32]) {
    let d = w.len();
    let one = |xs: &[f32], os: &mut [f32]| {
        // Eight partial sums: the additions do not wait for each other (f64 keeps it exact
        // enough that the order does not matter).
        let mut part = [0f64; 8];
        let mut chunks = xs.chunks_exact(8);
        for c in &mut chunks {
            for (p, &v) in part.iter_mut().zip(c) {
                *p += (v as f64) * (v as f64);
            }
        }
        let ss: f64 = part.iter().sum::<f64>() + chunks.remainder().iter().map(|&v| (v as f64) * (v as f64)).sum::<f64>();
        let scale = (1.0 / (ss / d as f64 + eps as f64).sqrt()) as f32;
        for ((o, &v), &wi) in os.iter_mut().zip(xs).zip(w) {
            *o = v * scale * wi;
        }
    };
    if x.len() > d {
        x.par_chunks_exact(d)
            .zip(out.par_chunks_exact_mut(d))
            .with_min_len(min_len())
            .for_each(|(xs, os)| one(xs, os));
    } else {
        x.chunks_exact(d).zip(out.chunks_exact_mut(d)).for_each(|(xs, os)| one(xs, os));
    }
}

/// The gated feed-forward's middle step, `g[i] = act(g[i]) · u[i]`, spread over the pool
/// (for a prompt it is millions of exponentials).
pub(super) fn gate(g: &mut [f32], u: &[f32], act: impl Fn(f32) -> f32 + Sync) {
    g.par_chunks_mut(4096)
        .zip(u.par_chunks(4096))
        .with_min_len(min_len())
        .for_each(|(gs, us)| gs.iter_mut().zip(us).for_each(|(a, b)| *a = act(*a) * b));
}

/// cos/sin for each of `t` positions from `pos0` and each rotated pair, for RoPE base `base`.
pub(super) fn rope_table(base: f32, head_dim: usize, pos0: usize, t: usize) -> Vec<(f32, f32)> {
    let half = head_dim / 2;
    let mut table = Vec::with_capacity(t * half);
    for p in pos0..pos0 + t {
        for i in 0..half {
            let freq = (base as f64).powf(-2.0 * i as f64 / head_dim as f64);
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

/// Rotates the pairs (x[i], x[i + head_dim/2]) ("NEOX" layout, used by Gemma files).
pub(super) fn apply_rope_neox(x: &mut [f32], n_heads: usize, hd: usize, table: &[(f32, f32)]) {
    let half = hd / 2;
    let row = n_heads * hd;
    for (tt, xs) in x.chunks_exact_mut(row).enumerate() {
        let cs = &table[tt * half..(tt + 1) * half];
        for head in xs.chunks_exact_mut(hd) {
            let (lo, hi) = head.split_at_mut(half);
            for ((a, b), &(c, s)) in lo.iter_mut().zip(hi.iter_mut()).zip(cs) {
                let (x0, x1) = (*a, *b);
                *a = x0 * c - x1 * s;
                *b = x0 * s + x1 * c;
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
    /// Keys at positions `first..n` are seen.
    first: usize,
    n: usize,
    scale: f32,
}

#[inline(always)]
fn attend(j: &HeadJob, o: &mut [f32]) {
    let hd = j.q.len();
    let mut scores: Vec<f32> = (j.first..j.n)
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
    for (p, &w) in (j.first..j.n).zip(&scores) {
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

/// The attention of one layer: heads, their size, the query scale and, for a sliding-window
/// layer, how many positions (the query's own included) a query sees.
pub(super) struct AttnShape {
    pub n_head: usize,
    pub n_head_kv: usize,
    pub head_dim: usize,
    pub scale: f32,
    pub window: Option<usize>,
}

/// Causal multi-head attention with grouped key/value heads, one (token, head) per task.
pub(super) fn attention(
    shape: &AttnShape,
    isa: Isa,
    q: &[f32],
    (kc, vc): (&[f32], &[f32]),
    pos0: usize,
    t: usize,
    out: &mut [f32],
) {
    let (hd, nh) = (shape.head_dim, shape.n_head);
    let kvd = shape.n_head_kv * hd;
    let group = nh / shape.n_head_kv;
    let scale = shape.scale;
    let work = |idx: usize, o: &mut [f32]| {
        let (tt, h) = (idx / nh, idx % nh);
        let n = pos0 + tt + 1;
        let head = HeadJob {
            q: &q[tt * nh * hd + h * hd..][..hd],
            kc,
            vc,
            offset: (h / group) * hd,
            stride: kvd,
            first: shape.window.map_or(0, |w| n.saturating_sub(w)),
            n,
            scale,
        };
        match isa {
            // SAFETY: Avx2 and Avx512 are only detected on CPUs with avx2 and fma.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 | Isa::Avx512 => unsafe { attend_avx2(&head, o) },
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

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(n: usize, seed: u32) -> Vec<f32> {
        (0..n).map(|i| (((i as u32).wrapping_mul(2_654_435_761) ^ seed) % 1000) as f32 / 500.0 - 1.0).collect()
    }

    #[test]
    fn a_sliding_window_sees_only_the_last_positions() {
        let (hd, n_pos, w) = (8, 10, 3);
        let shape = |window| AttnShape { n_head: 2, n_head_kv: 1, head_dim: hd, scale: 0.3, window };
        let (kc, vc) = (numbers(n_pos * hd, 1), numbers(n_pos * hd, 2));
        let q = numbers(2 * hd, 3);
        // The last query (position 9) through a window of 3 …
        let mut windowed = vec![0f32; 2 * hd];
        attention(&shape(Some(w)), Isa::Scalar, &q, (&kc, &vc), n_pos - 1, 1, &mut windowed);
        // … equals full attention over positions 7, 8, 9 alone.
        let mut alone = vec![0f32; 2 * hd];
        let tail = (n_pos - w) * hd;
        attention(&shape(None), Isa::Scalar, &q, (&kc[tail..], &vc[tail..]), w - 1, 1, &mut alone);
        for (a, b) in windowed.iter().zip(&alone) {
            assert!((a - b).abs() < 1e-6, "{windowed:?} vs {alone:?}");
        }
        let mut full = vec![0f32; 2 * hd];
        attention(&shape(None), Isa::Scalar, &q, (&kc, &vc), n_pos - 1, 1, &mut full);
        assert!(full.iter().zip(&windowed).any(|(a, b)| (a - b).abs() > 1e-3));
    }

    #[test]
    fn neox_rope_rotates_halves_and_keeps_length() {
        let hd = 8;
        let table = rope_table(10_000.0, hd, 5, 1);
        let mut x = numbers(hd, 7);
        let before = x.clone();
        apply_rope_neox(&mut x, 1, hd, &table);
        for i in 0..hd / 2 {
            let (c, s) = table[i];
            let (a, b) = (before[i], before[i + hd / 2]);
            assert!((x[i] - (a * c - b * s)).abs() < 1e-6);
            assert!((x[i + hd / 2] - (a * s + b * c)).abs() < 1e-6);
        }
    }
}
