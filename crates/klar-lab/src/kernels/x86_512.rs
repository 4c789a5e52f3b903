//! The shared part of the AVX-512 VNNI batch kernels (one weight row against four tokens).
//!
//! Each step takes two 32-weight blocks into one 512-bit register: block i in bytes 0..32,
//! block i+1 in bytes 32..64. `vpdpbusd` multiplies unsigned by signed bytes. Q4_1 and Q5_0
//! weights are unsigned (Q5_0's −16 is taken off by starting each token's sum at −16·Σx, which
//! [`XPair`](super::XPair) carries); Q8_0's are signed, so its activations go in as `x + 128`
//! (one xor per token and step) and the 128·Σq this adds, the same for every token, is taken
//! off once per step by starting each sum at `init = −128·Σq` (per 32-bit lane). The sums are
//! exact in integers and need one conversion and one multiply-add by d_w·d_x per token and step.

use std::arch::x86_64::*;

/// Defines `dot_x4` (four rows of [`Q8Block`]s) and `dot_xnp` (`N` rows of [`XPair`]s) for
/// one weight type of `$bytes` per block. `$kind` is `signed` (weights −128..128), `unsigned`
/// (0..256) or `offset16` (unsigned, and the weight is q − 16). `$setup` declares the constants
/// the unpacking uses. `$pair`, given `$w0` and `$w1` (raw pointers to blocks i and i+1),
/// yields `(q, dw, mw)`: the 64 weight bytes, the two blocks' scales (block i in lanes 0..8,
/// i+1 in 8..16) and, if `$min` is true, their minimums divided by 8 (the eight lanes of a
/// block then add up to m·x.s, Q4_1's minimum term); `$one` yields the same for block i alone,
/// with zero scales and minimums in the upper half (the odd last block; its weights there do
/// not matter: they meet x = 0, and for signed weights `init` takes off what the flip adds).
macro_rules! x4_kernels {
    (@signed signed) => { true };
    (@signed $kind:ident) => { false };
    (@off16 offset16) => { true };
    (@off16 $kind:ident) => { false };
    ($kind:ident, $bytes:expr, $min:expr, { $($setup:tt)* }, |$w0:ident, $w1:ident| $pair:block, |$w2:ident| $one:block) => {
        /// # Safety
        /// The CPU must support avx512f, avx512bw, avx512vl, avx512vnni, avx2, fma and f16c.
        #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")]
        pub unsafe fn dot_x4(w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
            let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / $bytes);
            x4_kernels!(@body $kind, w, 4, $bytes, nb, $min, { $($setup)* }, |$w0, $w1| $pair, |$w2| $one, |k, i, two| {
                let (x0, x1) = (&x[k][i], &x[k][if two { i + 1 } else { i }]);
                // SAFETY: `qs` is 32 bytes; reads are unaligned.
                let qx = unsafe {
                    let lo = _mm256_loadu_si256(x0.qs.as_ptr() as *const __m256i);
                    if two {
                        _mm512_inserti64x4::<1>(_mm512_castsi256_si512(lo), _mm256_loadu_si256(x1.qs.as_ptr() as *const __m256i))
                    } else {
                        _mm512_zextsi256_si512(lo)
                    }
                };
                let dx = _mm512_mask_broadcastss_ps(_mm512_set1_ps(x0.d), 0xFF00, _mm_set_ss(x1.d));
                let sx = _mm512_mask_broadcastss_ps(_mm512_set1_ps(x0.s), 0xFF00, _mm_set_ss(x1.s));
                // −16·Σx per lane (its sum over a block's lanes is what counts).
                let zero = _mm512_setzero_si512();
                let tok = if x4_kernels!(@off16 $kind) {
                    _mm512_sub_epi32(zero, _mm512_dpbusd_epi32(zero, _mm512_set1_epi8(16), qx))
                } else {
                    zero
                };
                (qx, dx, sx, tok)
            })
        }

        /// One row against `N` tokens' prepared pairs (4 or 8: eight share each unpacked
        /// weight vector twice as widely, and their accumulators still fit in registers).
        ///
        /// # Safety
        /// The CPU must support avx512f, avx512bw, avx512vl, avx512vnni, avx2, fma and f16c.
        #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")]
        pub unsafe fn dot_xnp<const N: usize>(w: &[u8], x: [&[XPair]; N]) -> [f32; N] {
            let nb = (2 * x.iter().map(|v| v.len()).min().unwrap_or(0)).min(w.len() / $bytes);
            x4_kernels!(@body $kind, w, N, $bytes, nb, $min, { $($setup)* }, |$w0, $w1| $pair, |$w2| $one, |k, i, two| {
                let _ = two;
                let p = &x[k][i / 2];
                // SAFETY: each field is 64 bytes and 64-byte aligned.
                unsafe {
                    (
                        _mm512_load_si512(p.qs.as_ptr() as *const __m512i),
                        _mm512_load_ps(p.d.as_ptr()),
                        _mm512_load_ps(p.s.as_ptr()),
                        if x4_kernels!(@off16 $kind) {
                            _mm512_load_si512(p.neg16.as_ptr() as *const __m512i)
                        } else {
                            _mm512_setzero_si512()
                        },
                    )
                }
            })
        }
    };
    (@body $kind:ident, $w:ident, $n:expr, $bytes:expr, $nb:ident, $min:expr, { $($setup:tt)* }, |$w0:ident, $w1:ident| $pair:block,
     |$w2:ident| $one:block, |$k:ident, $i:ident, $two:ident| $act:block) => {{
        let w: &[u8] = $w;
        let nb: usize = $nb;
        $($setup)*
        let zero = _mm512_setzero_si512();
        let flip = _mm512_set1_epi8(-128);
        let mut acc = [_mm512_setzero_ps(); $n];
        let mut i = 0;
        while i < nb {
            let $two = i + 2 <= nb;
            // SAFETY: i < nb ≤ w.len() / $bytes, and i + 1 < nb when `two`: the blocks read
            // are inside `w`.
            let (q, dw, mw) = unsafe {
                if $two {
                    let $w0 = w.as_ptr().add(i * $bytes);
                    let $w1 = $w0.add($bytes);
                    $pair
                } else {
                    let $w2 = w.as_ptr().add(i * $bytes);
                    $one
                }
            };
            let init = if x4_kernels!(@signed $kind) {
                _mm512_sub_epi32(zero, _mm512_dpbusd_epi32(zero, flip, q))
            } else {
                zero
            };
            for $k in 0..$n {
                let $i = i;
                let (xs, dx, sx, tok) = $act;
                let sum = if x4_kernels!(@signed $kind) {
                    _mm512_dpbusd_epi32(init, _mm512_xor_si512(xs, flip), q)
                } else {
                    _mm512_dpbusd_epi32(tok, q, xs)
                };
                acc[$k] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(sum), _mm512_mul_ps(dw, dx), acc[$k]);
                if $min {
                    acc[$k] = _mm512_fmadd_ps(mw, sx, acc[$k]);
                }
            }
            i += 2;
        }
        let mut out = [0f32; $n];
        for k in 0..$n {
            out[k] = _mm512_reduce_add_ps(acc[k]);
        }
        out
    }};
}
pub(super) use x4_kernels;

/// Two f16 values (blocks i and i+1) spread to lanes 0..8 and 8..16 of a 512-bit register;
/// `pair` holds the first in its low 16 bits, the second in its high 16.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")]
pub fn f16_pair(pair: i32) -> __m512 {
    let halves = _mm512_set_epi32(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    _mm512_permutexvar_ps(halves, _mm512_castps128_ps512(_mm_cvtph_ps(_mm_cvtsi32_si128(pair))))
}

/// The 16 bytes at `n0` and at `n1` as 64 nibbles in Q4_1/Q5_0 element order: the low
/// nibbles of `n0`, its high nibbles, then the same of `n1`.
///
/// # Safety
/// 16 bytes must be readable at `n0` and at `n1`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")]
pub unsafe fn nibbles(n0: *const u8, n1: *const u8) -> __m512i {
    // SAFETY: the caller guarantees 16 readable bytes at each; the loads are unaligned.
    let both = unsafe {
        _mm256_set_m128i(_mm_loadu_si128(n1 as *const __m128i), _mm_loadu_si128(n0 as *const __m128i))
    };
    let both = _mm512_castsi256_si512(both);
    // [n0, n0, n1, n1], then the second and fourth copies shifted down by 4.
    let spread = _mm512_shuffle_i64x2::<0x50>(both, both);
    let s = 0x0004_0004_0004_0004;
    let shift = _mm512_set_epi64(s, s, 0, 0, s, s, 0, 0);
    _mm512_and_si512(_mm512_srlv_epi16(spread, shift), _mm512_set1_epi8(0x0F))
}
