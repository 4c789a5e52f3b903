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
    use super::super::x86::{prefetch, f16x2, hsum, load16, load32i};
    use super::{Q8Block, Q4_1_BYTES};
    use std::arch::x86_64::*;

    /// One Q4_1 block's nibbles as 32 bytes: low nibbles first, then high nibbles.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn unpack(wb: &[u8]) -> __m256i {
        let mask = _mm_set1_epi8(0x0F);
        let nib = load16(&wb[4..Q4_1_BYTES]);
        let lo = _mm_and_si128(nib, mask);
        let hi = _mm_and_si128(_mm_srli_epi16(nib, 4), mask);
        _mm256_set_m128i(hi, lo)
    }

    /// One Q4_1 row against `N` activation rows: the weights are unpacked once per block.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn dot_n<const N: usize>(w: &[u8], x: [&[Q8Block]; N]) -> [f32; N] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q4_1_BYTES);
        let ones = _mm256_set1_epi16(1);
        let mut acc = [_mm256_setzero_ps(); N];
        let mut acc_m = [0f32; N];
        for i in 0..nb {
            // Only a single token streams the row; a batch reuses weights already in L1.
            if N == 1 {
                prefetch(w, i * Q4_1_BYTES, Q4_1_BYTES);
            }
            let wb = &w[i * Q4_1_BYTES..(i + 1) * Q4_1_BYTES];
            let (d, m) = f16x2(wb);
            let qw = unpack(wb);
            for k in 0..N {
                let xb = &x[k][i];
                acc_m[k] += m * xb.s;
                let p = _mm256_madd_epi16(_mm256_maddubs_epi16(qw, load32i(&xb.qs)), ones);
                acc[k] = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), acc[k]);
            }
        }
        let mut out = [0f32; N];
        for k in 0..N {
            out[k] = hsum(acc[k]) + acc_m[k];
        }
        out
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot(w: &[u8], x: &[Q8Block]) -> f32 {
        // Two independent accumulators (even and odd blocks) so consecutive blocks do not
        // wait on each other's FMA.
        let nb = x.len().min(w.len() / Q4_1_BYTES);
        let ones = _mm256_set1_epi16(1);
        let block = |i: usize, acc: &mut __m256, acc_m: &mut f32| {
            prefetch(w, i * Q4_1_BYTES, Q4_1_BYTES);
            let wb = &w[i * Q4_1_BYTES..(i + 1) * Q4_1_BYTES];
            let (d, m) = f16x2(wb);
            let xb = &x[i];
            *acc_m += m * xb.s;
            let p = _mm256_madd_epi16(_mm256_maddubs_epi16(unpack(wb), load32i(&xb.qs)), ones);
            *acc = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), *acc);
        };
        let (mut a0, mut a1) = (_mm256_setzero_ps(), _mm256_setzero_ps());
        let (mut m0, mut m1) = (0f32, 0f32);
        let mut i = 0;
        while i + 2 <= nb {
            block(i, &mut a0, &mut m0);
            block(i + 1, &mut a1, &mut m1);
            i += 2;
        }
        if i < nb {
            block(i, &mut a0, &mut m0);
        }
        hsum(_mm256_add_ps(a0, a1)) + m0 + m1
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_x4(w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        dot_n(w, x)
    }
}
