//! Criterion benchmark of the inner kernels: one Q4_1 and one Q8_0 matrix-vector product at
//! SmolLM2-135M's sizes (1536×576 feed-forward and a 4096-row slice of the output matrix).

use criterion::{criterion_group, criterion_main, Criterion};
use klar_lab::kernels::{quantize_q8, Isa, Q8Block, QK, Q4_1_BYTES, Q8_0_BYTES};
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
    // Prompt processing: one weight row against four tokens at once.
    let xs4: Vec<Vec<Q8Block>> = (0..4).map(|_| xq.clone()).collect();
    let four = [&xs4[0][..], &xs4[1][..], &xs4[2][..], &xs4[3][..]];
    let isa = Isa::detect();
    c.bench_function(&format!("q4_1 1536x576 x4 tokens {}", isa.name()), |b| {
        b.iter(|| {
            let mut acc = 0f32;
            for row in w41.chunks_exact(nb * Q4_1_BYTES) {
                acc += isa.dot_q4_1_x4(row, black_box(four))[0];
            }
            acc
        })
    });
    c.bench_function("quantize_q8 576", |b| {
        b.iter(|| quantize_q8(black_box(&x), &mut xq))
    });
}

criterion_group!(benches, kernels);
criterion_main!(benches);
