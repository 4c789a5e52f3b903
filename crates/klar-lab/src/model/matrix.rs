//! Weight matrices: Q4_1/Q8_0 kept as they are on disk and multiplied by our own kernels, other
//! quantizations through candle's QMatMul; single rows are dequantized on demand (embeddings).

use super::min_len;
use crate::error::{Error, Result};
use crate::gguf::{DType, GgufFile, TensorInfo};
use crate::kernels::{self, Isa, Q8Block, QK};
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
    pub(super) fn row(&self, r: usize, out: &mut [f32]) -> Result<()> {
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
    pub(super) fn matmul(&self, isa: Isa, x: &[f32], xq: &[Q8Block], t: usize, out: &mut [f32]) -> Result<()> {
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
pub(super) fn matvec_many(isa: Isa, xq: &[Q8Block], jobs: &mut [(&Matrix, &mut [f32])]) -> bool {
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
