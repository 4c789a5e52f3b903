//! Weight matrices: Q4_1, Q8_0, Q5_0, Q4_K and Q6_K kept as they are on disk (one copy) and
//! multiplied by our own kernels; other quantizations through candle's QMatMul. Single rows are
//! dequantized on demand (embeddings).

use super::min_len;
use crate::error::{Error, Result};
use crate::gguf::{DType, GgufFile, TensorInfo};
use crate::kernels::{self, Isa, PairKind, Q8Block, Q8KBlock, XPair, QK_K};
use candle_core::quantized::{ggml_file::qtensor_from_ggml, QMatMul};
use candle_core::{Device, Module, Tensor};
use rayon::prelude::*;

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
    pub(super) fn load(
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
            dtype if has_kernel(dtype) && cols > 0 && cols.is_multiple_of(dtype.block_elems()) => Ok(Matrix::Own {
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
    pub(super) fn row(&self, r: usize, out: &mut [f32]) -> Result<()> {
        match self {
            Matrix::Own {
                dtype, cols, data, ..
            } => {
                let rb = row_bytes(*dtype, *cols);
                let w = data
                    .get(r * rb..(r + 1) * rb)
                    .ok_or_else(|| Error::Compute(format!("row {r} is outside the matrix")))?;
                match dtype {
                    DType::Q4_1 => kernels::dequant_q4_1(w, out),
                    DType::Q5_0 => kernels::dequant_q5_0(w, out),
                    DType::Q4K => kernels::dequant_q4_k(w, out),
                    DType::Q6K => kernels::dequant_q6_k(w, out),
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
    fn rows_into<A: Act>(&self, isa: Isa, xq: &[A], r0: usize, out: &mut [f32]) {
        if let Matrix::Own { dtype, cols, data, .. } = self {
            let rb = row_bytes(*dtype, *cols);
            for (j, y) in out.iter_mut().enumerate() {
                *y = A::dot(isa, *dtype, &data[(r0 + j) * rb..(r0 + j + 1) * rb], xq);
            }
        }
    }

    /// `out[t*rows + r] = Σ_c W[r,c] x[t,c]` for `t` tokens; `xq` is `x` quantized per 32.
    pub(super) fn matmul(&self, isa: Isa, x: &[f32], xq: &[Q8Block], t: usize, out: &mut [f32]) -> Result<()> {
        match self {
            Matrix::Own { dtype, rows, cols, .. } if uses_q8k(*dtype) => {
                // The K-quants take activations per 256 (see kernels): quantized here, once
                // per product, from the f32 input.
                let nbk = cols / QK_K;
                let mut xk = vec![Q8KBlock::default(); t * nbk];
                xk.par_chunks_mut(nbk)
                    .zip(x[..t * cols].par_chunks(*cols))
                    .with_min_len(min_len())
                    .for_each(|(qd, xs)| kernels::quantize_q8k(xs, qd));
                self.own_matmul(isa, &xk, *rows, t, out);
                Ok(())
            }
            Matrix::Own { dtype, rows, cols, .. } if t > 1 && isa.has_pair_kernels() && pair_kind(*dtype).is_some() => {
                // The AVX-512 batch kernels take the activations laid out once per product
                // (see `XPair`) instead of gathering them again for every row.
                let nb = cols / kernels::QK;
                let np = nb.div_ceil(2);
                let mut xp = vec![XPair::default(); t * np];
                xp.par_chunks_mut(np)
                    .zip(xq[..t * nb].par_chunks(nb))
                    .with_min_len(min_len())
                    .for_each(|(p, q)| kernels::prepare_pairs(q, p));
                self.own_matmul(isa, &xp, *rows, t, out);
                Ok(())
            }
            Matrix::Own { rows, .. } => {
                self.own_matmul(isa, xq, *rows, t, out);
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

impl Matrix {
    /// `out[t*rows + r] = Σ_c W[r,c] x[t,c]` on our kernels, `xq` holding `t` quantized rows.
    fn own_matmul<A: Act>(&self, isa: Isa, xq: &[A], rows: usize, t: usize, out: &mut [f32]) {
        let Matrix::Own { dtype, cols, data, .. } = self else {
            return;
        };
        let dtype = *dtype;
        let nb = cols.div_ceil(A::QK);
        let rb = row_bytes(dtype, *cols);
        let dot = |r: usize, xr: &[A]| A::dot(isa, dtype, &data[r * rb..(r + 1) * rb], xr);
        let dot4 = |r: usize, xr: [&[A]; 4]| A::dot4(isa, dtype, &data[r * rb..(r + 1) * rb], xr);
        let dot8 = |r: usize, xr: [&[A]; 8]| A::dot8(isa, dtype, &data[r * rb..(r + 1) * rb], xr);
        // Many small chunks: if another program takes a core, the idle thread steals the rest.
        let chunk = (rows / (rayon::current_num_threads() * 8)).clamp(8, 1024);
        if t == 1 {
            out[..rows]
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
            let out = TokenMajor {
                ptr: out[..t * rows].as_mut_ptr(),
                rows,
                len: t * rows,
            };
            let n_chunks = rows.div_ceil(chunk);
            (0..n_chunks).into_par_iter().with_min_len(min_len()).for_each(|ci| {
                let xt = |tt: usize| &xq[tt * nb..(tt + 1) * nb];
                let r0 = ci * chunk;
                let n_rows = chunk.min(rows - r0);
                // Tokens outside, rows inside: this chunk's weights stay in L1
                // while four tokens' activations are reused across all its rows.
                let mut tt = 0;
                while A::wide(isa) && tt + 8 <= t {
                    let xs: [&[A]; 8] = std::array::from_fn(|k| xt(tt + k));
                    for j in 0..n_rows {
                        for (k, y) in dot8(r0 + j, xs).into_iter().enumerate() {
                            out.put(tt + k, r0 + j, y);
                        }
                    }
                    tt += 8;
                }
                while tt + 4 <= t {
                    let xs = [xt(tt), xt(tt + 1), xt(tt + 2), xt(tt + 3)];
                    for j in 0..n_rows {
                        let v = dot4(r0 + j, xs);
                        for (k, y) in v.into_iter().enumerate() {
                            out.put(tt + k, r0 + j, y);
                        }
                    }
                    tt += 4;
                }
                let left = t - tt;
                if left == 1 {
                    for j in 0..n_rows {
                        out.put(tt, r0 + j, dot(r0 + j, xt(tt)));
                    }
                } else if left > 1 {
                    // Two or three tokens left: one four-wide pass (repeating the
                    // last token) costs less than separate passes.
                    let last = t - 1;
                    let xs = [xt(tt), xt((tt + 1).min(last)), xt((tt + 2).min(last)), xt(last)];
                    for j in 0..n_rows {
                        let v = dot4(r0 + j, xs);
                        for (k, &y) in v[..left].iter().enumerate() {
                            out.put(tt + k, r0 + j, y);
                        }
                    }
                }
            });
        }
    }
}

/// The `t × rows` token-major output of a product, written by the row chunks in parallel: each
/// chunk writes only its own rows' entries, so no two threads touch the same element (and no
/// second pass has to turn a row-major result around).
struct TokenMajor {
    ptr: *mut f32,
    rows: usize,
    len: usize,
}

// SAFETY: see `put`: the chunks write disjoint elements of one live, exclusively borrowed slice.
unsafe impl Sync for TokenMajor {}

impl TokenMajor {
    #[inline]
    fn put(&self, token: usize, row: usize, v: f32) {
        let at = token * self.rows + row;
        assert!(row < self.rows && at < self.len, "output element outside the product");
        // SAFETY: `ptr` points to `len` floats borrowed mutably by `own_matmul` for the whole
        // parallel region (`at` is inside, checked above), and each (token, row) pair belongs
        // to exactly one chunk, so no element is written by two threads.
        unsafe { *self.ptr.add(at) = v };
    }
}

/// The weight types our kernels run.
fn has_kernel(dtype: DType) -> bool {
    matches!(dtype, DType::Q4_1 | DType::Q8_0 | DType::Q5_0 | DType::Q4K | DType::Q6K)
}

/// Whether a type takes activations per 256 ([`Q8KBlock`]) rather than per 32.
fn uses_q8k(dtype: DType) -> bool {
    matches!(dtype, DType::Q4K | DType::Q6K)
}

fn row_bytes(dtype: DType, cols: usize) -> usize {
    cols / dtype.block_elems() * dtype.block_bytes()
}

/// Quantized activations of one kind, and the kernels of the weight types that take them.
trait Act: Copy + Send + Sync {
    const QK: usize;
    /// Whether `dot8` has kernels of its own on `isa` (else it is two `dot4`s and not used).
    fn wide(_isa: Isa) -> bool {
        false
    }
    fn dot(isa: Isa, dtype: DType, w: &[u8], x: &[Self]) -> f32;
    fn dot4(isa: Isa, dtype: DType, w: &[u8], x: [&[Self]; 4]) -> [f32; 4];
    fn dot8(isa: Isa, dtype: DType, w: &[u8], x: [&[Self]; 8]) -> [f32; 8] {
        let a = Self::dot4(isa, dtype, w, [x[0], x[1], x[2], x[3]]);
        let b = Self::dot4(isa, dtype, w, [x[4], x[5], x[6], x[7]]);
        [a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]]
    }
}

impl Act for Q8Block {
    const QK: usize = kernels::QK;
    #[inline]
    fn dot(isa: Isa, dtype: DType, w: &[u8], x: &[Self]) -> f32 {
        match dtype {
            DType::Q4_1 => isa.dot_q4_1(w, x),
            DType::Q5_0 => isa.dot_q5_0(w, x),
            _ => isa.dot_q8_0(w, x),
        }
    }
    #[inline]
    fn dot4(isa: Isa, dtype: DType, w: &[u8], x: [&[Self]; 4]) -> [f32; 4] {
        match dtype {
            DType::Q4_1 => isa.dot_q4_1_x4(w, x),
            DType::Q5_0 => isa.dot_q5_0_x4(w, x),
            _ => isa.dot_q8_0_x4(w, x),
        }
    }
}

/// Two 32-blocks per item; a row with an odd block count ends in a half-empty pair.
impl Act for XPair {
    const QK: usize = 2 * kernels::QK;
    fn wide(_isa: Isa) -> bool {
        true
    }
    #[inline]
    fn dot(isa: Isa, dtype: DType, w: &[u8], x: &[Self]) -> f32 {
        Self::dot4(isa, dtype, w, [x; 4])[0]
    }
    #[inline]
    fn dot4(isa: Isa, dtype: DType, w: &[u8], x: [&[Self]; 4]) -> [f32; 4] {
        isa.dot_pairs_x4(pair_kind(dtype).unwrap_or(PairKind::Q8_0), w, x)
    }
    #[inline]
    fn dot8(isa: Isa, dtype: DType, w: &[u8], x: [&[Self]; 8]) -> [f32; 8] {
        isa.dot_pairs_x8(pair_kind(dtype).unwrap_or(PairKind::Q8_0), w, x)
    }
}

/// The pair kernel of a weight type, if it has one.
fn pair_kind(dtype: DType) -> Option<PairKind> {
    match dtype {
        DType::Q4_1 => Some(PairKind::Q4_1),
        DType::Q5_0 => Some(PairKind::Q5_0),
        DType::Q8_0 => Some(PairKind::Q8_0),
        _ => None,
    }
}

impl Act for Q8KBlock {
    const QK: usize = QK_K;
    fn wide(isa: Isa) -> bool {
        isa.has_pair_kernels()
    }
    #[inline]
    fn dot8(isa: Isa, dtype: DType, w: &[u8], x: [&[Self]; 8]) -> [f32; 8] {
        isa.dot_k_x8(dtype == DType::Q6K, w, x)
    }
    #[inline]
    fn dot(isa: Isa, dtype: DType, w: &[u8], x: &[Self]) -> f32 {
        match dtype {
            DType::Q4K => isa.dot_q4_k(w, x),
            _ => isa.dot_q6_k(w, x),
        }
    }
    #[inline]
    fn dot4(isa: Isa, dtype: DType, w: &[u8], x: [&[Self]; 4]) -> [f32; 4] {
        match dtype {
            DType::Q4K => isa.dot_q4_k_x4(w, x),
            _ => isa.dot_q6_k_x4(w, x),
        }
    }
}

/// One token through several matrices that share their input, as a single parallel region:
/// fewer hand-overs between threads means fewer chances to wait on a thread another program
/// has pushed off its core. Returns false (nothing done) unless all run on our kernels with
/// activations per 32 (the K-quants need the f32 input: use `matmul` for those).
pub(super) fn matvec_many(isa: Isa, xq: &[Q8Block], jobs: &mut [(&Matrix, &mut [f32])]) -> bool {
    if !jobs
        .iter()
        .all(|(m, _)| matches!(m, Matrix::Own { dtype, .. } if !uses_q8k(*dtype)))
    {
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

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::quantized::ggml_file::qtensor_from_ggml;

    /// Random blocks with a sane f16 scale wherever the type keeps one.
    fn blocks(dtype: DType, n: usize, seed: u64) -> Vec<u8> {
        let mut s = seed;
        let mut w: Vec<u8> = (0..n * dtype.block_bytes())
            .map(|_| {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (s >> 33) as u8
            })
            .collect();
        let d = half::f16::from_f32(0.002).to_le_bytes();
        for b in w.chunks_exact_mut(dtype.block_bytes()) {
            let at = if dtype == DType::Q6K { 208 } else { 0 };
            b[at..at + 2].copy_from_slice(&d);
            // The second f16 (Q4_K's minimum scale, Q4_1's minimum) must be a number too: random
            // bytes can be NaN there, and then both sides give NaN and nothing is compared.
            if matches!(dtype, DType::Q4K | DType::Q4_1) {
                b[2..4].copy_from_slice(&d);
            }
        }
        w
    }

    #[test]
    fn own_matmul_and_rows_agree_with_candle() -> Result<()> {
        let (rows, cols) = (12, 512);
        for dtype in [DType::Q5_0, DType::Q4K, DType::Q6K, DType::Q8_0, DType::Q4_1] {
            let data = blocks(dtype, rows * cols / dtype.block_elems(), 9);
            let qt = qtensor_from_ggml(dtype.to_candle(), &data, vec![rows, cols], &Device::Cpu)?;
            let reference = QMatMul::from_qtensor(qt)?;
            let full = qtensor_from_ggml(dtype.to_candle(), &data, vec![rows, cols], &Device::Cpu)?
                .dequantize(&Device::Cpu)?
                .to_vec2::<f32>()?;
            let m = Matrix::Own { dtype, rows, cols, data };
            for t in [1, 3, 5, 6, 9] {
                let x: Vec<f32> = (0..t * cols).map(|i| ((i * 31 % 97) as f32 - 48.0) / 17.0).collect();
                let mut xq = vec![Q8Block::default(); t * cols / kernels::QK];
                for (q, xs) in xq.chunks_mut(cols / kernels::QK).zip(x.chunks(cols)) {
                    kernels::quantize_q8(xs, q);
                }
                let mut ours = vec![0f32; t * rows];
                m.matmul(Isa::detect(), &x, &xq, t, &mut ours)?;
                let xs = Tensor::from_slice(&x, (t, cols), &Device::Cpu)?;
                let theirs = reference.forward(&xs)?.flatten_all()?.to_vec1::<f32>()?;
                for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
                    // Both quantize the activations to 8 bits; they may round a value differently.
                    let (tt, r) = (i / rows, i % rows);
                    let scale: f32 = full[r].iter().zip(&x[tt * cols..]).map(|(w, v)| (w * v).abs()).sum();
                    assert!((a - b).abs() <= 2e-3 * scale, "{dtype:?} t={t} [{i}]: {a} vs candle {b}");
                }
            }
            let mut row = vec![0f32; cols];
            m.row(rows - 1, &mut row)?;
            for (a, b) in row.iter().zip(&full[rows - 1]) {
                assert!((a - b).abs() <= 1e-6 * b.abs().max(1e-3), "{dtype:?}: row lookup {a} vs {b}");
            }
        }
        Ok(())
    }
}
