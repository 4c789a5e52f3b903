//! Q4_1 weights (32 per block: f16 scale, f16 minimum, 16 bytes of nibbles) against Q8 activations.

use super::{f16_at, Q8Block, QK};

/// Bytes of one Q4_1 block on disk: f16 scale, f16 minimum, 16 bytes of nibbles.
pub const Q4_1_BYTES: usize = 20;

pub fn dot_q4_1_scalar(w: &[u8], x: &[Q8Block]) -> f32 {
    let mut acc = 0f32;
    for (wb, xb) in w.chunks_exact(Q4_1_BYTES).zip(x) {
        let d = f16_at(wb, 0);
        let m = f16_at(wb, 2);
        let mut isum = 0i32;
        for j in 0..QK / 2 {
            let q = wb[4 + j];
            isum += (q & 0x0F) as i32 * xb.qs[j] as i32;
            isum += (q >> 4) as i32 * xb.qs[j + QK / 2] as i32;
        }
        acc += d * xb.d * isum as f32 + m * xb.s;
    }
    acc
}

/// Dequantizes one Q4_1 row.
pub fn dequant_q4_1(w: &[u8], out: &mut [f32]) {
    for (wb, ob) in w.chunks_exact(Q4_1_BYTES).zip(out.chunks_exact_mut(QK)) {
        let d = f16_at(wb, 0);
        let m = f16_at(wb, 2);
        for j in 0..QK / 2 {
            let q = wb[4 + j];
            ob[j] = (q & 0x0F) as f32 * d + m;
            ob[j + QK / 2] = (q >> 4) as f32 * d + m;
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx2 {
    use super::super::x86::{hsum, prefetch};
    use super::{Q8Block, Q4_1_BYTES};
    use std::arch::x86_64::*;

    // The kernel reads `d` and `s` of an activation block as one pair.
    const _: () = assert!(std::mem::offset_of!(Q8Block, s) == std::mem::offset_of!(Q8Block, d) + 4);

    /// One Q4_1 row against `N` activation rows, written out in one function with raw reads
    /// (helpers that return vectors, slice checks per block and a scalar minimum term made the
    /// earlier version 1.3–2× slower in a probe). Per block: scale and minimum converted
    /// together, nibbles unpacked once; per activation row the products `d·x.d` and `m·x.s` come
    /// from one multiply of [d, m] by [x.d, x.s], which sit next to each other in [`Q8Block`].
    /// Two accumulators per row, so consecutive blocks do not wait for each other.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn dot_n<const N: usize>(w: &[u8], x: [&[Q8Block]; N]) -> [f32; N] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q4_1_BYTES);
        let mask = _mm_set1_epi8(0x0F);
        let ones = _mm256_set1_epi16(1);
        let mut acc = [[_mm256_setzero_ps(); 2]; N];
        let mut acc_m = [_mm_setzero_ps(); N];
        // One block into accumulator `$h` (0 or 1, a constant: an index computed at run time
        // would keep the accumulators in memory).
        macro_rules! block {
            ($i:expr, $h:literal) => {{
                let i = $i;
                // SAFETY: i < nb ≤ w.len() / Q4_1_BYTES, so the block's 20 bytes are inside `w`
                // (4 bytes of d and m at +0, 16 bytes of nibbles at +4); reads are unaligned.
                let (dm, q) = unsafe {
                    let wb = w.as_ptr().add(i * Q4_1_BYTES);
                    let dm = _mm_cvtph_ps(_mm_cvtsi32_si128(std::ptr::read_unaligned(wb as *const i32)));
                    let nib = _mm_loadu_si128(wb.add(4) as *const __m128i);
                    (dm, _mm256_set_m128i(_mm_and_si128(_mm_srli_epi16(nib, 4), mask), _mm_and_si128(nib, mask)))
                };
                for k in 0..N {
                    let xb = &x[k][i];
                    // SAFETY: `qs` is 32 bytes; `d` and `s` are adjacent f32s (checked above).
                    let (qx, ds) = unsafe {
                        (
                            _mm256_loadu_si256(xb.qs.as_ptr() as *const __m256i),
                            _mm_castsi128_ps(_mm_loadl_epi64(&xb.d as *const f32 as *const __m128i)),
                        )
                    };
                    let prod = _mm_mul_ps(dm, ds); // [d·x.d, m·x.s, 0, 0]
                    acc_m[k] = _mm_add_ps(acc_m[k], prod);
                    let p = _mm256_madd_epi16(_mm256_maddubs_epi16(q, qx), ones);
                    acc[k][$h] = _mm256_fmadd_ps(_mm256_broadcastss_ps(prod), _mm256_cvtepi32_ps(p), acc[k][$h]);
                }
            }};
        }
        let mut i = 0;
        while i + 2 <= nb {
            // Only a single token streams the row; a batch reuses weights already in L1.
            if N == 1 {
                prefetch(w, i * Q4_1_BYTES, 2 * Q4_1_BYTES);
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
            let m = acc_m[k];
            out[k] = hsum(_mm256_add_ps(acc[k][0], acc[k][1])) + _mm_cvtss_f32(_mm_shuffle_ps(m, m, 1));
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
    //! One Q4_1 row against four tokens, two blocks per step (see `x86_512`); the minimum
    //! term m·x.s is added per token through lanes holding m/8 (exact: a power of two).
    use super::super::x86_512::{nibbles, x4_kernels};
    use super::super::XPair;
    use super::{Q8Block, Q4_1_BYTES};
    use std::arch::x86_64::*;

    x4_kernels!(unsigned, Q4_1_BYTES, true, {
        // From [d0, m0, d1, m1]: d to lanes 0..8 and 8..16, m likewise.
        let pick_d = _mm512_set_epi32(2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0);
        let pick_m = _mm512_set_epi32(3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1);
        let eighth = _mm512_set1_ps(0.125);
    }, |w0, w1| {
        let dm0 = (w0 as *const u32).read_unaligned() as u64;
        let dm1 = (w1 as *const u32).read_unaligned() as u64;
        let dm = _mm512_castps128_ps512(_mm_cvtph_ps(_mm_cvtsi64_si128((dm0 | dm1 << 32) as i64)));
        let mw = _mm512_mul_ps(_mm512_permutexvar_ps(pick_m, dm), eighth);
        (nibbles(w0.add(4), w1.add(4)), _mm512_permutexvar_ps(pick_d, dm), mw)
    }, |w0| {
        let dm = _mm512_castps128_ps512(_mm_cvtph_ps(_mm_cvtsi64_si128((w0 as *const u32).read_unaligned() as i64)));
        let mw = _mm512_mul_ps(_mm512_permutexvar_ps(pick_m, dm), eighth);
        (nibbles(w0.add(4), w0.add(4)), _mm512_permutexvar_ps(pick_d, dm), mw)
    });
}
