//! Every kernel against dequantize-then-dot, every dequantizer against candle's dequantization
//! of the same bytes (an independent reading of the GGUF block layouts), and the SIMD paths
//! against the scalar ones.

use super::*;
use candle_core::quantized::{ggml_file::qtensor_from_ggml, GgmlDType};
use candle_core::Device;

fn rand_bytes(n: usize, seed: u64) -> Vec<u8> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (s >> 33) as u8
        })
        .collect()
}

fn put_f16(b: &mut [u8], at: usize, v: f32) {
    b[at..at + 2].copy_from_slice(&f16::from_f32(v).to_le_bytes());
}

/// Random blocks of `kind` with finite, varied scales (random bytes there could be NaN).
fn weights(kind: GgmlDType, nb: usize, seed: u64) -> Vec<u8> {
    let bytes = match kind {
        GgmlDType::Q4_1 => Q4_1_BYTES,
        GgmlDType::Q8_0 => Q8_0_BYTES,
        GgmlDType::Q5_0 => Q5_0_BYTES,
        GgmlDType::Q4K => Q4_K_BYTES,
        _ => Q6_K_BYTES,
    };
    let mut w = rand_bytes(nb * bytes, seed);
    for (i, b) in w.chunks_exact_mut(bytes).enumerate() {
        let d = 0.001 + 0.0007 * (i % 7) as f32;
        match kind {
            GgmlDType::Q4_1 => {
                put_f16(b, 0, d);
                put_f16(b, 2, -0.05 * d * (i % 3) as f32);
            }
            GgmlDType::Q4K => {
                put_f16(b, 0, d);
                put_f16(b, 2, 0.5 * d);
            }
            GgmlDType::Q6K => put_f16(b, 208, d),
            _ => {
                put_f16(b, 0, d);
                // -128 never comes out of the Q8_0 quantizer (and the sign trick needs that).
                if kind == GgmlDType::Q8_0 {
                    b[2..].iter_mut().filter(|v| **v == 0x80).for_each(|v| *v = 0x81);
                }
            }
        }
    }
    w
}

fn acts_f32(n: usize, seed: u64) -> Vec<f32> {
    rand_bytes(n, seed)
        .iter()
        .enumerate()
        .map(|(i, &b)| (b as f32 - 127.5) / 40.0 * if i % 97 == 0 { 6.0 } else { 1.0 })
        .collect()
}

fn candle_dequant(kind: GgmlDType, w: &[u8], n: usize) -> Vec<f32> {
    let run = || -> candle_core::Result<Vec<f32>> {
        qtensor_from_ggml(kind, w, vec![n], &Device::Cpu)?
            .dequantize(&Device::Cpu)?
            .to_vec1::<f32>()
    };
    match run() {
        Ok(v) => v,
        Err(e) => panic!("candle could not dequantize {kind:?}: {e}"),
    }
}

fn ours_dequant(kind: GgmlDType, w: &[u8], n: usize) -> Vec<f32> {
    let mut out = vec![0f32; n];
    match kind {
        GgmlDType::Q4_1 => dequant_q4_1(w, &mut out),
        GgmlDType::Q8_0 => dequant_q8_0(w, &mut out),
        GgmlDType::Q5_0 => dequant_q5_0(w, &mut out),
        GgmlDType::Q4K => dequant_q4_k(w, &mut out),
        _ => dequant_q6_k(w, &mut out),
    }
    out
}

/// The activations as the kernels see them, back in f32, so dequantize-then-dot computes
/// exactly what the kernel should (up to float rounding).
fn seen(kind: GgmlDType, x: &[f32]) -> (Vec<f32>, Vec<Q8Block>, Vec<Q8KBlock>) {
    let mut q = vec![Q8Block::default(); x.len() / QK];
    let mut qk = vec![Q8KBlock::default(); x.len() / QK_K];
    quantize_q8(x, &mut q);
    quantize_q8k(x, &mut qk);
    let back: Vec<f32> = match kind {
        GgmlDType::Q4K | GgmlDType::Q6K => {
            qk.iter().flat_map(|b| b.qs.iter().map(move |&v| v as f32 * b.d)).collect()
        }
        _ => q.iter().flat_map(|b| b.qs.iter().map(move |&v| v as f32 * b.d)).collect(),
    };
    (back, q, qk)
}

fn dot_with(isa: Isa, kind: GgmlDType, w: &[u8], q: &[Q8Block], qk: &[Q8KBlock]) -> f32 {
    match kind {
        GgmlDType::Q4_1 => isa.dot_q4_1(w, q),
        GgmlDType::Q8_0 => isa.dot_q8_0(w, q),
        GgmlDType::Q5_0 => isa.dot_q5_0(w, q),
        GgmlDType::Q4K => isa.dot_q4_k(w, qk),
        _ => isa.dot_q6_k(w, qk),
    }
}

const KINDS: [GgmlDType; 5] = [
    GgmlDType::Q4_1,
    GgmlDType::Q8_0,
    GgmlDType::Q5_0,
    GgmlDType::Q4K,
    GgmlDType::Q6K,
];

/// Every tier this CPU has (the AVX2 and AVX-512 tiers are skipped where the CPU lacks them,
/// so on such a machine these tests check fewer paths; they cannot fail for that reason).
fn isas() -> Vec<Isa> {
    Isa::available()
}

#[test]
fn dequantization_matches_candle() {
    for kind in KINDS {
        for seed in 0..4 {
            let n = 4 * QK_K;
            let w = weights(kind, n / kind.block_size(), 17 + seed);
            let ours = ours_dequant(kind, &w, n);
            let theirs = candle_dequant(kind, &w, n);
            for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
                assert!((a - b).abs() <= 1e-6 * b.abs().max(1e-3), "{kind:?} [{i}]: {a} vs candle {b}");
            }
        }
    }
}

#[test]
fn kernels_match_dequantize_then_dot() {
    for kind in KINDS {
        for isa in isas() {
            for seed in 0..6 {
                // 2304 = 9 super-blocks and 1056 = 33 blocks: odd block counts exercise the
                // accumulator tails.
                let n = match (seed % 2, kind.block_size()) {
                    (0, _) => 2304,
                    (_, 32) => 1056,
                    _ => 1024,
                };
                let w = weights(kind, n / kind.block_size(), 100 + seed);
                let (xs, q, qk) = seen(kind, &acts_f32(n, 7 + seed));
                // Against candle's weights too, so a layout misreading shared by our
                // dequantizer and our kernel cannot hide.
                for wf in [ours_dequant(kind, &w, n), candle_dequant(kind, &w, n)] {
                    let exact: f64 = wf.iter().zip(&xs).map(|(&a, &b)| a as f64 * b as f64).sum();
                    let scale: f64 = wf.iter().zip(&xs).map(|(&a, &b)| (a as f64 * b as f64).abs()).sum();
                    let got = dot_with(isa, kind, &w, &q, &qk) as f64;
                    assert!(
                        (got - exact).abs() <= 1e-4 * scale,
                        "{kind:?} {} seed {seed}: {got} vs {exact} (scale {scale})",
                        isa.name()
                    );
                }
            }
        }
    }
}

#[test]
fn kernels_stay_close_to_the_unquantized_product() {
    // The activation quantization (8 bits) may move the result only a little.
    for kind in KINDS {
        let n = 2048;
        let w = weights(kind, n / kind.block_size(), 3);
        let x = acts_f32(n, 5);
        let (_, q, qk) = seen(kind, &x);
        let wf = ours_dequant(kind, &w, n);
        let exact: f64 = wf.iter().zip(&x).map(|(&a, &b)| a as f64 * b as f64).sum();
        let scale: f64 = wf.iter().zip(&x).map(|(&a, &b)| (a as f64 * b as f64).abs()).sum();
        let got = dot_with(Isa::detect(), kind, &w, &q, &qk) as f64;
        assert!((got - exact).abs() <= 1e-2 * scale, "{kind:?}: {got} vs {exact}");
    }
}

#[test]
fn four_at_once_matches_one_by_one() {
    // 41 blocks of 32: an odd count, so the kernels' tails run too.
    let n = 1312;
    for kind in KINDS {
        let nk = if matches!(kind, GgmlDType::Q4K | GgmlDType::Q6K) { 1024 } else { n };
        let w = weights(kind, nk / kind.block_size(), 11);
        let acts: Vec<_> = (0..4).map(|k| seen(kind, &acts_f32(nk, 40 + k))).collect();
        let q = [&acts[0].1[..], &acts[1].1[..], &acts[2].1[..], &acts[3].1[..]];
        let qk = [&acts[0].2[..], &acts[1].2[..], &acts[2].2[..], &acts[3].2[..]];
        for isa in isas() {
            let four = match kind {
                GgmlDType::Q4_1 => isa.dot_q4_1_x4(&w, q),
                GgmlDType::Q8_0 => isa.dot_q8_0_x4(&w, q),
                GgmlDType::Q5_0 => isa.dot_q5_0_x4(&w, q),
                GgmlDType::Q4K => isa.dot_q4_k_x4(&w, qk),
                _ => isa.dot_q6_k_x4(&w, qk),
            };
            // The K-quants' eight-token kernels: the four again, in the opposite order.
            let eight = match kind {
                GgmlDType::Q4K | GgmlDType::Q6K => {
                    let x8 = [qk[0], qk[1], qk[2], qk[3], qk[3], qk[2], qk[1], qk[0]];
                    Some(isa.dot_k_x8(kind == GgmlDType::Q6K, &w, x8))
                }
                _ => None,
            };
            for k in 0..4 {
                let one = dot_with(Isa::Scalar, kind, &w, q[k], qk[k]);
                if let Some(e) = eight {
                    for got in [e[k], e[7 - k]] {
                        assert!((got - one).abs() <= 1e-4 * one.abs().max(1.0), "{kind:?} {} x8: {got} vs {one}", isa.name());
                    }
                }
                assert!(
                    (four[k] - one).abs() <= 1e-4 * one.abs().max(1.0),
                    "{kind:?} {} row {k}: {} vs {one}",
                    isa.name(),
                    four[k]
                );
            }
        }
    }
}

#[test]
fn prepared_pairs_match_one_by_one() {
    // 41 blocks (an odd count: the last pair is half empty) and 40.
    for nb in [41, 40] {
        for (kind, pk) in [
            (GgmlDType::Q4_1, PairKind::Q4_1),
            (GgmlDType::Q5_0, PairKind::Q5_0),
            (GgmlDType::Q8_0, PairKind::Q8_0),
        ] {
            let n = nb * QK;
            let w = weights(kind, nb, 23);
            let acts: Vec<_> = (0..4).map(|k| seen(kind, &acts_f32(n, 60 + k)).1).collect();
            let pairs: Vec<Vec<XPair>> = acts
                .iter()
                .map(|a| {
                    let mut p = vec![XPair::default(); nb.div_ceil(2)];
                    prepare_pairs(a, &mut p);
                    p
                })
                .collect();
            let xp = [&pairs[0][..], &pairs[1][..], &pairs[2][..], &pairs[3][..]];
            // Eight tokens: the four again, in the opposite order.
            let x8 = [xp[0], xp[1], xp[2], xp[3], xp[3], xp[2], xp[1], xp[0]];
            for isa in isas() {
                let four = isa.dot_pairs_x4(pk, &w, xp);
                let eight = isa.dot_pairs_x8(pk, &w, x8);
                for k in 0..4 {
                    let one = dot_with(Isa::Scalar, kind, &w, &acts[k], &[]);
                    for (got, what) in [(four[k], "x4"), (eight[k], "x8"), (eight[7 - k], "x8 reversed")] {
                        assert!(
                            (got - one).abs() <= 1e-4 * one.abs().max(1.0),
                            "{kind:?} {} {what} {nb} blocks, row {k}: {got} vs {one}",
                            isa.name()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn quantize_keeps_values_close() {
    let x: Vec<f32> = (0..512).map(|i| (i as f32 - 255.5) * 0.01).collect();
    let mut q = vec![Q8Block::default(); 16];
    let mut qk = vec![Q8KBlock::default(); 2];
    quantize_q8(&x, &mut q);
    quantize_q8k(&x, &mut qk);
    for (i, v) in x.iter().enumerate() {
        let b = &q[i / QK];
        assert!((b.qs[i % QK] as f32 * b.d - v).abs() <= b.d, "q8 {i}");
        let b = &qk[i / QK_K];
        assert!((b.qs[i % QK_K] as f32 * b.d - v).abs() <= b.d * 0.5 + 1e-6, "q8k {i}");
    }
    for b in &qk {
        for g in 0..16 {
            let s: i16 = b.qs[16 * g..16 * g + 16].iter().map(|&v| v as i16).sum();
            assert_eq!(b.bsums[g], s);
        }
    }
}
