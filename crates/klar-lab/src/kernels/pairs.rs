//! Activations laid out for the AVX-512 batch kernels of the 32-weight types (see `x86_512`).

use super::{Q8Block, QK};

/// The weight types with a kernel on prepared pairs ([`XPair`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairKind {
    Q4_1,
    Q5_0,
    Q8_0,
}

/// One token's activations for two consecutive 32-blocks, laid out for the AVX-512 batch
/// kernels (which otherwise gather and spread the same activation values again for every
/// weight row: 18 % slower on Q5_0): the 64 bytes, each block's scale spread over the eight
/// 32-bit lanes its products land in, and Q5_0's offset term. Built once per product by
/// [`prepare_pairs`].
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub struct XPair {
    /// `qs` of block i, then of block i+1 (zero past an odd last block).
    pub qs: [i8; 2 * QK],
    /// `d` of block i in lanes 0..8, of block i+1 in 8..16 (0 past the end).
    pub d: [f32; 16],
    /// `s` likewise (for Q4_1's minimum term).
    pub s: [f32; 16],
    /// −16·Σqs of block i in lane 0, of block i+1 in lane 8, zero elsewhere: Q5_0's kernel
    /// takes its weights unsigned (0..32) and starts each sum here.
    pub neg16: [i32; 16],
}

impl Default for XPair {
    fn default() -> Self {
        XPair {
            qs: [0; 2 * QK],
            d: [0.0; 16],
            s: [0.0; 16],
            neg16: [0; 16],
        }
    }
}

/// Lays out one token's blocks `x` as `x.len().div_ceil(2)` pairs in `out`.
pub fn prepare_pairs(x: &[Q8Block], out: &mut [XPair]) {
    for (p, xs) in out.iter_mut().zip(x.chunks(2)) {
        *p = XPair::default();
        for (h, b) in xs.iter().enumerate() {
            p.qs[h * QK..(h + 1) * QK].copy_from_slice(&b.qs);
            p.neg16[8 * h] = -16 * b.qs.iter().map(|&q| q as i32).sum::<i32>();
            p.d[8 * h..8 * h + 8].fill(b.d);
            p.s[8 * h..8 * h + 8].fill(b.s);
        }
    }
}

/// The [`Q8Block`]s behind prepared pairs (for the tiers without a pair kernel; slow).
pub(super) fn unpair(x: &[XPair]) -> Vec<Q8Block> {
    x.iter()
        .flat_map(|p| {
            (0..2).map(move |h| {
                let mut b = Q8Block::default();
                b.qs.copy_from_slice(&p.qs[h * QK..(h + 1) * QK]);
                b.d = p.d[8 * h];
                b.s = p.s[8 * h];
                b.sum = b.qs.iter().map(|&q| q as i32).sum::<i32>() as f32 * b.d;
                b
            })
        })
        .collect()
}

