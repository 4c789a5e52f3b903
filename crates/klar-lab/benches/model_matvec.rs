//! One token's matrix-vector work on the real weight tensors of a GGUF file, on one thread:
//! every 2-D tensor once, with our kernels (run-time choice and forced scalar) and with
//! candle's QMatMul for comparison. Usage:
//! `cargo bench -p klar-lab --bench model_matvec [-- models/FILE.gguf]`
//! (default: models/gemma-3-270m-q4_k_m.gguf). Prints per-type and total times.

use candle_core::quantized::{ggml_file::qtensor_from_ggml, GgmlDType, QMatMul};
use candle_core::{Device, Module, Tensor};
use klar_lab::gguf::{DType, GgufFile};
use klar_lab::kernels::{quantize_q8, quantize_q8k, Isa, Q8Block, Q8KBlock, QK, QK_K};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

fn dot(isa: Isa, dtype: DType, w: &[u8], q: &[Q8Block], qk: &[Q8KBlock]) -> Option<f32> {
    Some(match dtype {
        DType::Q4_1 => isa.dot_q4_1(w, q),
        DType::Q8_0 => isa.dot_q8_0(w, q),
        DType::Q5_0 => isa.dot_q5_0(w, q),
        DType::Q4K => isa.dot_q4_k(w, qk),
        DType::Q6K => isa.dot_q6_k(w, qk),
        _ => return None,
    })
}

fn candle_type(d: DType) -> GgmlDType {
    match d {
        DType::Q4_1 => GgmlDType::Q4_1,
        DType::Q8_0 => GgmlDType::Q8_0,
        DType::Q5_0 => GgmlDType::Q5_0,
        DType::Q4K => GgmlDType::Q4K,
        _ => GgmlDType::Q6K,
    }
}

/// Best of `reps` timings of `f`, in microseconds.
fn best_us(reps: usize, mut f: impl FnMut()) -> f64 {
    (0..reps)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .skip(1)
        .find(|a| a.ends_with(".gguf"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/gemma-3-270m-q4_k_m.gguf"));
    if !path.exists() {
        println!("{} is missing: run `cargo xtask fetch-models`", path.display());
        return Ok(());
    }
    let g = GgufFile::open(&path)?;
    let mut file = std::fs::File::open(&path)?;
    let isa = Isa::detect();
    // type → (tensors, elements, ours µs, ours scalar µs, candle µs)
    let mut by_type: BTreeMap<String, (usize, usize, f64, f64, f64)> = BTreeMap::new();
    for info in g.tensors.iter().filter(|t| t.dims.len() == 2) {
        let (cols, rows) = (info.dims[0], info.dims[1]);
        let raw = g.read_tensor(&mut file, info)?;
        let x: Vec<f32> = (0..cols).map(|i| (i as f32 * 0.37).sin()).collect();
        let rb = cols / info.dtype.block_elems() * info.dtype.block_bytes();
        let reps = if rows > 100_000 { 3 } else { 20 };
        let mut q = vec![Q8Block::default(); cols / QK];
        let mut qk = vec![Q8KBlock::default(); cols / QK_K];
        let run = |isa: Isa, q: &mut [Q8Block], qk: &mut [Q8KBlock]| {
            if cols % QK == 0 {
                quantize_q8(&x, q);
            }
            if cols % QK_K == 0 {
                quantize_q8k(&x, qk);
            }
            let mut acc = 0f32;
            for row in raw.chunks_exact(rb) {
                acc += dot(isa, info.dtype, row, q, qk).unwrap_or(0.0);
            }
            black_box(acc);
        };
        if dot(isa, info.dtype, &raw[..rb], &q, &qk).is_none() {
            continue;
        }
        let ours = best_us(reps, || run(isa, &mut q, &mut qk));
        let scalar = best_us(reps.min(3), || run(Isa::Scalar, &mut q, &mut qk));
        let qt = qtensor_from_ggml(candle_type(info.dtype), &raw, vec![rows, cols], &Device::Cpu)?;
        let mm = QMatMul::from_qtensor(qt)?;
        let xt = Tensor::from_slice(&x, (1, cols), &Device::Cpu)?;
        let candle = best_us(reps.min(3), || {
            black_box(mm.forward(&xt).ok());
        });
        let e = by_type.entry(format!("{:?} {rows}x{cols}", info.dtype)).or_default();
        *e = (e.0 + 1, e.1 + rows * cols, e.2 + ours, e.3 + scalar, e.4 + candle);
    }
    println!("{} — one token, one thread; kernels: {}", path.display(), isa.name());
    println!("{:<26} {:>4} {:>12} {:>12} {:>12}", "type rows×cols", "n", "ours µs", "scalar µs", "candle µs");
    let mut tot = (0f64, 0f64, 0f64);
    for (k, (n, _, o, s, c)) in &by_type {
        println!("{k:<26} {n:>4} {o:>12.0} {s:>12.0} {c:>12.0}");
        tot = (tot.0 + o, tot.1 + s, tot.2 + c);
    }
    println!("{:<26} {:>4} {:>12.0} {:>12.0} {:>12.0}", "total", "", tot.0, tot.1, tot.2);
    Ok(())
}
