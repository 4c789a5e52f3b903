//! Criterion benchmark of the inner kernels: one Q4_1 and one Q8_0 matrix-vector product at
//! SmolLM2-135M's sizes (1536×576 feed-forward and a 4096-row slice of the output matrix), and
//! the batch kernels (one row against four tokens) of every weight type at the sizes of the
//! models' matrices of that type, on every tier this CPU has.

use criterion::{criterion_group, criterion_main, Criterion};
use klar_lab::kernels::{
    prepare_pairs, quantize_q8, quantize_q8k, Isa, PairKind, Q8Block, Q8KBlock, XPair, QK, QK_K,
    Q4_1_BYTES, Q4_K_BYTES, Q5_0_BYTES, Q6_K_BYTES, Q8_0_BYTES,
};
use std::hint::black_box;

fn bytes(n: usize) -> Vec<u8> {
    let mut s = 99u64;
    (0..n)
        .map(|_| {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (s >> 33) as u8 & 0x3f
        })
        .collect()
}

fn kernels(c: &mut Criterion) {
    let cols = 576;
    let nb = cols / QK;
    let x: Vec<f32> = (0..cols).map(|i| (i as f32 * 0.37).sin()).collect();
    let mut xq = vec![Q8Block::default(); nb];
    quantize_q8(&x, &mut xq);
    let w41 = bytes(1536 * nb * Q4_1_BYTES);
    let w80 = bytes(4096 * nb * Q8_0_BYTES);
    for isa in [Isa::Scalar, Isa::detect()] {
        c.bench_function(&format!("q4_1 1536x576 {}", isa.name()), |b| {
            b.iter(|| {
                let mut acc = 0f32;
                for row in w41.chunks_exact(nb * Q4_1_BYTES) {
                    acc += isa.dot_q4_1(row, black_box(&xq));
                }
                acc
            })
        });
        c.bench_function(&format!("q8_0 4096x576 {}", isa.name()), |b| {
            b.iter(|| {
                let mut acc = 0f32;
                for row in w80.chunks_exact(nb * Q8_0_BYTES) {
                    acc += isa.dot_q8_0(row, black_box(&xq));
                }
                acc
            })
        });
    }
    // Prompt processing: one weight row against four tokens at once, per type at a matrix size
    // of the model that uses it (rows × columns): SmolLM2's feed-forward (Q4_1), Gemma 3 270M's
    // gate/up (Q5_0), value (Q8_0), attention output (Q4_K) and down (Q6_K).
    for (name, rows, cols) in [
        ("q4_1", 1536, 576),
        ("q5_0", 2048, 640),
        ("q8_0", 256, 640),
        ("q4_k", 640, 1024),
        ("q6_k", 640, 2048),
    ] {
        let x: Vec<f32> = (0..4 * cols).map(|i| (i as f32 * 0.37).sin()).collect();
        let mut q = vec![Q8Block::default(); 4 * cols / QK];
        let mut qk = vec![Q8KBlock::default(); 4 * cols / QK_K];
        quantize_q8(&x, &mut q);
        quantize_q8k(&x, &mut qk);
        let (n, nk) = (cols / QK, cols / QK_K);
        let q4 = [&q[..n], &q[n..2 * n], &q[2 * n..3 * n], &q[3 * n..]];
        let qk4 = [&qk[..nk], &qk[nk..2 * nk], &qk[2 * nk..3 * nk], &qk[3 * nk..]];
        let rb = match name {
            "q4_1" => n * Q4_1_BYTES,
            "q5_0" => n * Q5_0_BYTES,
            "q8_0" => n * Q8_0_BYTES,
            "q4_k" => nk * Q4_K_BYTES,
            _ => nk * Q6_K_BYTES,
        };
        let w = bytes(rows * rb);
        for isa in Isa::available().into_iter().filter(|&i| i != Isa::Scalar) {
            c.bench_function(&format!("{name} {rows}x{cols} x4 tokens {}", isa.name()), |b| {
                b.iter(|| {
                    let mut acc = 0f32;
                    for row in w.chunks_exact(rb) {
                        acc += match name {
                            "q4_1" => isa.dot_q4_1_x4(row, black_box(q4)),
                            "q5_0" => isa.dot_q5_0_x4(row, black_box(q4)),
                            "q8_0" => isa.dot_q8_0_x4(row, black_box(q4)),
                            "q4_k" => isa.dot_q4_k_x4(row, black_box(qk4)),
                            _ => isa.dot_q6_k_x4(row, black_box(qk4)),
                        }[0];
                    }
                    acc
                })
            });
        }
        let isa = Isa::detect();
        if matches!(name, "q4_k" | "q6_k") && isa.has_pair_kernels() {
            // Eight tokens per row, as the model runs them on the AVX-512 tier.
            let qk8 = [qk4[0], qk4[1], qk4[2], qk4[3], qk4[3], qk4[2], qk4[1], qk4[0]];
            c.bench_function(&format!("{name} {rows}x{cols} x8 tokens {}", isa.name()), |b| {
                b.iter(|| {
                    let mut acc = 0f32;
                    for row in w.chunks_exact(rb) {
                        acc += isa.dot_k_x8(name == "q6_k", row, black_box(qk8))[0];
                    }
                    acc
                })
            });
        }
        // The AVX-512 tier's kernels on activations laid out once per product (as the model
        // runs them there).
        let kind = match name {
            "q4_1" => PairKind::Q4_1,
            "q5_0" => PairKind::Q5_0,
            "q8_0" => PairKind::Q8_0,
            _ => continue,
        };
        if !isa.has_pair_kernels() {
            continue;
        }
        let np = n.div_ceil(2);
        let mut xp = vec![XPair::default(); 4 * np];
        for (p, xs) in xp.chunks_mut(np).zip(q.chunks(n)) {
            prepare_pairs(xs, p);
        }
        let xp4 = [&xp[..np], &xp[np..2 * np], &xp[2 * np..3 * np], &xp[3 * np..]];
        c.bench_function(&format!("{name} {rows}x{cols} x4 tokens {} pairs", isa.name()), |b| {
            b.iter(|| {
                let mut acc = 0f32;
                for row in w.chunks_exact(rb) {
                    acc += isa.dot_pairs_x4(kind, row, black_box(xp4))[0];
                }
                acc
            })
        });
        // Eight tokens per weight row (twice the work of the line above).
        let xp8 = [xp4[0], xp4[1], xp4[2], xp4[3], xp4[3], xp4[2], xp4[1], xp4[0]];
        c.bench_function(&format!("{name} {rows}x{cols} x8 tokens {} pairs", isa.name()), |b| {
            b.iter(|| {
                let mut acc = 0f32;
                for row in w.chunks_exact(rb) {
                    acc += isa.dot_pairs_x8(kind, row, black_box(xp8))[0];
                }
                acc
            })
        });
    }
    c.bench_function("quantize_q8 576", |b| {
        b.iter(|| quantize_q8(black_box(&x), &mut xq))
    });
}

criterion_group!(benches, kernels);
criterion_main!(benches);
