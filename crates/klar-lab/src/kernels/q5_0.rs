//! Q5_0 weights against Q8 activations. A block holds 32 weights: f16 scale `d`, 32 high bits
//! (`qh`, little-endian; bit j belongs to weight j) and 16 bytes of low nibbles (weights 0..16
//! in the low halves, 16..32 in the high halves); weight = d · (nibble | high bit << 4) − 16·d.

use super::{f16_at, Q8Block, QK};

/// Bytes of one Q5_0 block on disk.
pub const Q5_0_BYTES: usize = 22;

/// The 32 signed 5-bit values (−16..15) of one block, in element order.
#[inline(always)]
fn values(wb: &[u8]) -> [i8; QK] {
    let qh = u32::from_le_bytes([wb[2], wb[3], wb[4], wb[5]]);
    let mut v = [0i8; QK];
    for j in 0..QK / 2 {
        let q = wb[6 + j];
        let lo = (q & 0x0F) | (((qh >> j) & 1) << 4) as u8;
        let hi = (q >> 4) | (((qh >> (j + 16)) & 1) << 4) as u8;
        v[j] = lo as i8 - 16;
        v[j + QK / 2] = hi as i8 - 16;
    }
    v
}

pub fn dot_q5_0_scalar(w: &[u8], x: &[Q8Block]) -> f32 {
    let mut acc = 0f32;
    for (wb, xb) in w.chunks_exact(Q5_0_BYTES).zip(x) {
        let v = values(wb);
        let isum: i32 = v.iter().zip(&xb.qs).map(|(&a, &b)| a as i32 * b as i32).sum();
        acc += f16_at(wb, 0) * xb.d * isum as f32;
    }
    acc
}

/// Dequantizes one Q5_0 row.
pub fn dequant_q5_0(w: &[u8], out: &mut [f32]) {
    for (wb, ob) in w.chunks_exact(Q5_0_BYTES).zip(out.chunks_exact_mut(QK)) {
        let d = f16_at(wb, 0);
        for (o, v) in ob.iter_mut().zip(values(wb)) {
            *o = v as f32 * d;
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx2 {
    use super::super::x86::{hsum, prefetch};
    use super::{Q8Block, Q5_0_BYTES};
    use std::arch::x86_64::*;

    // The kernel reads `d`, `s`, `sum` and `pad` of an activation block in one load.
    const _: () = assert!(std::mem::offset_of!(Q8Block, sum) == std::mem::offset_of!(Q8Block, d) + 8);
    const _: () = assert!(std::mem::size_of::<Q8Block>() == std::mem::offset_of!(Q8Block, d) + 16);

    /// One Q5_0 row against `N` activation rows: the weights are unpacked once per block.
    /// Everything is written out in this one function (a vector returned by a helper that is
    /// not inlined goes through memory), with raw reads and the accumulator chosen by a
    /// constant. The 5-bit values are used unsigned (0..32): Σ w·x = d·x.d·Σ q·x.q − 16·d·x.sum,
    /// so maddubs takes them as they are and the per-token sign trick is not needed.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn dot_n<const N: usize>(w: &[u8], x: [&[Q8Block]; N]) -> [f32; N] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q5_0_BYTES);
        let mask = _mm_set1_epi8(0x0F);
        // Spreads bit j of qh to byte j: byte j takes qh's byte j/8, then tests bit j%8.
        let pick = _mm256_set_epi64x(0x0303030303030303, 0x0202020202020202, 0x0101010101010101, 0);
        let bit = _mm256_set1_epi64x(0x8040201008040201u64 as i64);
        let high = _mm256_set1_epi8(0x10);
        let ones = _mm256_set1_epi16(1);
        // Two accumulators per activation row: consecutive blocks do not wait for each other.
        let mut acc = [[_mm256_setzero_ps(); 2]; N];
        let mut acc_s = [_mm_setzero_ps(); N];
        macro_rules! block {
            ($i:expr, $h:literal) => {{
                let i = $i;
                // SAFETY: i < nb ≤ w.len() / Q5_0_BYTES: the block's 22 bytes (f16 d at +0,
                // qh at +2, 16 bytes of nibbles at +6) are inside `w`; reads are unaligned.
                let (d, q) = unsafe {
                    let wb = w.as_ptr().add(i * Q5_0_BYTES);
                    let d = _mm_cvtph_ps(_mm_cvtsi32_si128(std::ptr::read_unaligned(wb as *const u16) as i32));
                    let nib = _mm_loadu_si128(wb.add(6) as *const __m128i);
                    let q4 = _mm256_set_m128i(_mm_and_si128(_mm_srli_epi16(nib, 4), mask), _mm_and_si128(nib, mask));
                    let qh = std::ptr::read_unaligned(wb.add(2) as *const i32);
                    let spread = _mm256_shuffle_epi8(_mm256_set1_epi32(qh), pick);
                    let set = _mm256_cmpeq_epi8(_mm256_and_si256(spread, bit), bit);
                    (_mm_broadcastss_ps(d), _mm256_or_si256(q4, _mm256_and_si256(set, high)))
                };
                for k in 0..N {
                    let xb = &x[k][i];
                    // SAFETY: `qs` is 32 bytes; `d`, `s`, `sum`, `pad` are the block's last 16
                    // bytes (checked above).
                    let (qx, ds) = unsafe {
                        (
                            _mm256_loadu_si256(xb.qs.as_ptr() as *const __m256i),
                            _mm_loadu_ps(&xb.d as *const f32),
                        )
                    };
                    let prod = _mm_mul_ps(d, ds); // [d·x.d, d·x.s, d·x.sum, ·]
                    acc_s[k] = _mm_add_ps(acc_s[k], prod);
                    let p = _mm256_madd_epi16(_mm256_maddubs_epi16(q, qx), ones);
                    acc[k][$h] = _mm256_fmadd_ps(_mm256_broadcastss_ps(prod), _mm256_cvtepi32_ps(p), acc[k][$h]);
                }
            }};
        }
        let mut i = 0;
        while i + 2 <= nb {
            // Only a single token streams the row; a batch reuses weights already in L1.
            if N == 1 {
                prefetch(w, i * Q5_0_BYTES, 2 * Q5_0_BYTES);
            }
            block!(i, 0);
            block!(i + 1, 1);
            i += 2;
        }
        if i < nb {
            block!(i, 0);
        }
        let mut out = [0f32; N];
        for k in 0..N {
            let s = acc_s[k];
            out[k] = hsum(_mm256_add_ps(acc[k][0], acc[k][1])) - 16.0 * _mm_cvtss_f32(_mm_shuffle_ps(s, s, 2));
        }
        out
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot(w: &[u8], x: &[Q8Block]) -> f32 {
        dot_n(w, [x])[0]
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_x4(w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        dot_n(w, x)
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx512 {
    //! One Q5_0 row against four or eight tokens, two blocks per step (see `x86_512`): the
    //! weights go in unsigned (0..32); each token's sums start at −16·Σx.
    use super::super::x86_512::{f16_pair, nibbles, x4_kernels};
    use super::super::XPair;
    use super::{Q8Block, Q5_0_BYTES};
    use std::arch::x86_64::*;

    x4_kernels!(offset16, Q5_0_BYTES, false, { let sixteen = _mm512_set1_epi8(16); }, |w0, w1| {
        let dw = f16_pair((w0 as *const u16).read_unaligned() as i32 | (((w1 as *const u16).read_unaligned() as i32) << 16));
        let q4 = nibbles(w0.add(6), w1.add(6));
        // Bit j of the mask is weight j's fifth bit (qh of block i, then of block i+1).
        let high = (w0.add(2) as *const u32).read_unaligned() as u64 | (((w1.add(2) as *const u32).read_unaligned() as u64) << 32);
        (_mm512_mask_add_epi8(q4, high, q4, sixteen), dw, _mm512_setzero_ps())
    }, |w0| {
        let dw = f16_pair((w0 as *const u16).read_unaligned() as i32);
        let q4 = nibbles(w0.add(6), w0.add(6));
        let high = (w0.add(2) as *const u32).read_unaligned() as u64;
        (_mm512_mask_add_epi8(q4, high, q4, sixteen), dw, _mm512_setzero_ps())
    });
}
