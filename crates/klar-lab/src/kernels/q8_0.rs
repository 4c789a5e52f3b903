//! Q8_0 weights (32 per block: f16 scale, 32 signed bytes) against Q8 activations.

use super::{f16_at, Q8Block, QK};

/// Bytes of one Q8_0 block on disk: f16 scale, 32 signed bytes.
pub const Q8_0_BYTES: usize = 34;

pub fn dot_q8_0_scalar(w: &[u8], x: &[Q8Block]) -> f32 {
    let mut acc = 0f32;
    for (wb, xb) in w.chunks_exact(Q8_0_BYTES).zip(x) {
        let d = f16_at(wb, 0);
        let mut isum = 0i32;
        for j in 0..QK {
            isum += (wb[2 + j] as i8) as i32 * xb.qs[j] as i32;
        }
        acc += d * xb.d * isum as f32;
    }
    acc
}

/// Dequantizes one Q8_0 row.
pub fn dequant_q8_0(w: &[u8], out: &mut [f32]) {
    for (wb, ob) in w.chunks_exact(Q8_0_BYTES).zip(out.chunks_exact_mut(QK)) {
        let d = f16_at(wb, 0);
        for j in 0..QK {
            ob[j] = (wb[2 + j] as i8) as f32 * d;
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx2 {
    use super::super::x86::{prefetch, dot_i8, f16_1, f16x2, hsum, load32, load32i};
    use super::{Q8Block, Q8_0_BYTES};
    use std::arch::x86_64::*;

    /// One block (34 bytes) against one activation block, added into `acc`.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn block(wb: &[u8], xb: &Q8Block, ones: __m256i, acc: &mut __m256) {
        let (d, _) = f16x2(&[wb[0], wb[1], 0, 0]);
        let aw_src = load32(&wb[2..]);
        let qx = load32i(&xb.qs);
        let aw = _mm256_sign_epi8(aw_src, aw_src);
        let sx = _mm256_sign_epi8(qx, aw_src);
        let p = _mm256_madd_epi16(_mm256_maddubs_epi16(aw, sx), ones);
        *acc = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), *acc);
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot(w: &[u8], x: &[Q8Block]) -> f32 {
        let nb = x.len().min(w.len() / Q8_0_BYTES);
        let ones = _mm256_set1_epi16(1);
        // Two accumulators (even and odd blocks) so consecutive FMAs do not wait on each other.
        let (mut a0, mut a1) = (_mm256_setzero_ps(), _mm256_setzero_ps());
        let mut i = 0;
        while i + 2 <= nb {
            prefetch(w, i * Q8_0_BYTES, 2 * Q8_0_BYTES);
            block(&w[i * Q8_0_BYTES..(i + 1) * Q8_0_BYTES], &x[i], ones, &mut a0);
            block(&w[(i + 1) * Q8_0_BYTES..(i + 2) * Q8_0_BYTES], &x[i + 1], ones, &mut a1);
            i += 2;
        }
        if i < nb {
            block(&w[i * Q8_0_BYTES..(i + 1) * Q8_0_BYTES], &x[i], ones, &mut a0);
        }
        hsum(_mm256_add_ps(a0, a1))
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_x4(w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q8_0_BYTES);
        let mut acc = [_mm256_setzero_ps(); 4];
        for i in 0..nb {
            let wb = &w[i * Q8_0_BYTES..(i + 1) * Q8_0_BYTES];
            let d = f16_1(wb);
            let qw = load32(&wb[2..]);
            for k in 0..4 {
                let xb = &x[k][i];
                let p = dot_i8(qw, load32i(&xb.qs));
                acc[k] = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), acc[k]);
            }
        }
        [hsum(acc[0]), hsum(acc[1]), hsum(acc[2]), hsum(acc[3])]
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx512 {
    //! One Q8_0 row against four tokens, two blocks per step (see `x86_512`).
    use super::super::x86_512::{f16_pair, x4_kernels};
    use super::super::XPair;
    use super::{Q8Block, Q8_0_BYTES};
    use std::arch::x86_64::*;

    x4_kernels!(signed, Q8_0_BYTES, false, {}, |w0, w1| {
        let dw = f16_pair((w0 as *const u16).read_unaligned() as i32 | (((w1 as *const u16).read_unaligned() as i32) << 16));
        let q0 = _mm256_loadu_si256(w0.add(2) as *const __m256i);
        let q1 = _mm256_loadu_si256(w1.add(2) as *const __m256i);
        (_mm512_inserti64x4::<1>(_mm512_castsi256_si512(q0), q1), dw, _mm512_setzero_ps())
    }, |w0| {
        let dw = f16_pair((w0 as *const u16).read_unaligned() as i32);
        (_mm512_zextsi256_si512(_mm256_loadu_si256(w0.add(2) as *const __m256i)), dw, _mm512_setzero_ps())
    });
}
