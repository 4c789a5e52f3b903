//! Q4_K weights against Q8_K activations. A 256-weight super-block holds f16 `d`, f16 `dmin`,
//! 12 bytes packing eight 6-bit scales and eight 6-bit minimums (one pair per 32 weights), and
//! 128 bytes of nibbles: each 32 bytes carry 64 weights, low nibbles first. Weight =
//! d·scale·q − dmin·min, so Σ w·x = d·Σ scale·Σq·x − dmin·Σ min·(sum of x), and the sums of x
//! come ready-made in the activation block's `bsums`.

use super::{f16_at, Q8KBlock, QK_K};

/// Bytes of one Q4_K super-block on disk.
pub const Q4_K_BYTES: usize = 144;

/// The eight 6-bit scales and minimums from the 12 packed bytes: sub-blocks 0..4 use the low
/// six bits of bytes 0..4 (scales) and 4..8 (minimums); sub-blocks 4..8 take their low four
/// bits from bytes 8..12 and their top two bits from the spare bits of bytes 0..8.
#[inline(always)]
pub(super) fn scales_mins(s: &[u8]) -> ([u8; 8], [u8; 8]) {
    let mut sc = [0u8; 8];
    let mut mn = [0u8; 8];
    for j in 0..4 {
        sc[j] = s[j] & 63;
        mn[j] = s[j + 4] & 63;
        sc[j + 4] = (s[j + 8] & 0x0F) | ((s[j] >> 6) << 4);
        mn[j + 4] = (s[j + 8] >> 4) | ((s[j + 4] >> 6) << 4);
    }
    (sc, mn)
}

pub fn dot_q4_k_scalar(w: &[u8], x: &[Q8KBlock]) -> f32 {
    let mut acc = 0f32;
    for (wb, xb) in w.chunks_exact(Q4_K_BYTES).zip(x) {
        let (sc, mn) = scales_mins(&wb[4..16]);
        let q = &wb[16..Q4_K_BYTES];
        let mut sumi = 0i32;
        for j in 0..4 {
            let (mut lo, mut hi) = (0i32, 0i32);
            for l in 0..32 {
                lo += (q[32 * j + l] & 0x0F) as i32 * xb.qs[64 * j + l] as i32;
                hi += (q[32 * j + l] >> 4) as i32 * xb.qs[64 * j + 32 + l] as i32;
            }
            sumi += lo * sc[2 * j] as i32 + hi * sc[2 * j + 1] as i32;
        }
        let summ: i32 = (0..8)
            .map(|s| mn[s] as i32 * (xb.bsums[2 * s] as i32 + xb.bsums[2 * s + 1] as i32))
            .sum();
        acc += xb.d * (f16_at(wb, 0) * sumi as f32 - f16_at(wb, 2) * summ as f32);
    }
    acc
}

/// Dequantizes one Q4_K row.
pub fn dequant_q4_k(w: &[u8], out: &mut [f32]) {
    for (wb, ob) in w.chunks_exact(Q4_K_BYTES).zip(out.chunks_exact_mut(QK_K)) {
        let (d, dmin) = (f16_at(wb, 0), f16_at(wb, 2));
        let (sc, mn) = scales_mins(&wb[4..16]);
        let q = &wb[16..Q4_K_BYTES];
        for j in 0..4 {
            let (d1, m1) = (d * sc[2 * j] as f32, dmin * mn[2 * j] as f32);
            let (d2, m2) = (d * sc[2 * j + 1] as f32, dmin * mn[2 * j + 1] as f32);
            for l in 0..32 {
                ob[64 * j + l] = d1 * (q[32 * j + l] & 0x0F) as f32 - m1;
                ob[64 * j + 32 + l] = d2 * (q[32 * j + l] >> 4) as f32 - m2;
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx2 {
    use super::super::x86::{prefetch, f16x2, hsum, load32, load32i, load_i16x16};
    use super::{scales_mins, Q8KBlock, Q4_K_BYTES};
    use std::arch::x86_64::*;

    /// One Q4_K row against `N` activation rows: each super-block's nibbles and scales are
    /// unpacked once and used for all `N`.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn dot_n<const N: usize>(w: &[u8], x: [&[Q8KBlock]; N]) -> [f32; N] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q4_K_BYTES);
        let mask = _mm256_set1_epi8(0x0F);
        let mut acc = [_mm256_setzero_ps(); N];
        let mut acc_m = [_mm256_setzero_ps(); N];
        for i in 0..nb {
            // Only a single token streams the row; a batch reuses weights already in L1.
            if N == 1 {
                prefetch(w, i * Q4_K_BYTES, Q4_K_BYTES);
            }
            let wb = &w[i * Q4_K_BYTES..(i + 1) * Q4_K_BYTES];
            let (d, dmin) = f16x2(wb);
            let (sc, mn) = scales_mins(&wb[4..16]);
            // Each minimum covers two 16-value groups of bsums.
            let mut mins16 = [0i16; 16];
            for (g, m) in mins16.iter_mut().enumerate() {
                *m = mn[g / 2] as i16;
            }
            let mins16 = load_i16x16(&mins16);
            let mut sumi = [_mm256_setzero_si256(); N];
            for j in 0..4 {
                let q4 = load32(&wb[16 + 32 * j..]);
                let lo = _mm256_and_si256(q4, mask);
                let hi = _mm256_and_si256(_mm256_srli_epi16(q4, 4), mask);
                let s_lo = _mm256_set1_epi16(sc[2 * j] as i16);
                let s_hi = _mm256_set1_epi16(sc[2 * j + 1] as i16);
                for k in 0..N {
                    let xq = &x[k][i].qs;
                    let p_lo = _mm256_madd_epi16(_mm256_maddubs_epi16(lo, load32i(&xq[64 * j..])), s_lo);
                    let p_hi = _mm256_madd_epi16(_mm256_maddubs_epi16(hi, load32i(&xq[64 * j + 32..])), s_hi);
                    sumi[k] = _mm256_add_epi32(sumi[k], _mm256_add_epi32(p_lo, p_hi));
                }
            }
            for k in 0..N {
                let xb = &x[k][i];
                let summ = _mm256_madd_epi16(load_i16x16(&xb.bsums), mins16);
                acc[k] = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(sumi[k]), acc[k]);
                acc_m[k] = _mm256_fmadd_ps(_mm256_set1_ps(dmin * xb.d), _mm256_cvtepi32_ps(summ), acc_m[k]);
            }
        }
        let mut out = [0f32; N];
        for k in 0..N {
            out[k] = hsum(_mm256_sub_ps(acc[k], acc_m[k]));
        }
        out
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot(w: &[u8], x: &[Q8KBlock]) -> f32 {
        dot_n(w, [x])[0]
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_x4(w: &[u8], x: [&[Q8KBlock]; 4]) -> [f32; 4] {
        dot_n(w, x)
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx512 {
    use super::super::x86::{f16x2, hsum, load_i16x16};
    use super::{scales_mins, Q8KBlock, Q4_K_BYTES};
    use std::arch::x86_64::*;

    /// One Q4_K row against `N` tokens (4 or 8). A 512-bit step takes 64 weights (two sub-blocks:
    /// the low and the high nibbles of 32 bytes), which meet 64 contiguous activation bytes;
    /// `vpdpwssd` multiplies the pairwise products by the sub-block scales and adds them up
    /// in one instruction (AVX2 needs a multiply-add and an add).
    ///
    /// # Safety
    /// The CPU must support avx512f, avx512bw, avx512vl, avx512vnni, avx2, fma and f16c.
    #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")]
    pub unsafe fn dot_xn<const N: usize>(w: &[u8], x: [&[Q8KBlock]; N]) -> [f32; N] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q4_K_BYTES);
        let mask = _mm256_set1_epi8(0x0F);
        let mut acc = [_mm512_setzero_ps(); N];
        let mut acc_m = [_mm256_setzero_ps(); N];
        for i in 0..nb {
            let wb = &w[i * Q4_K_BYTES..(i + 1) * Q4_K_BYTES];
            let (d, dmin) = f16x2(wb);
            let (sc, mn) = scales_mins(&wb[4..16]);
            // Each minimum covers two 16-value groups of bsums.
            let mut mins16 = [0i16; 16];
            for (g, m) in mins16.iter_mut().enumerate() {
                *m = mn[g / 2] as i16;
            }
            let mins16 = load_i16x16(&mins16);
            let mut sumi = [_mm512_setzero_si512(); N];
            for j in 0..4 {
                // SAFETY: 16 + 32j + 32 ≤ 144 bytes of the block; the load is unaligned.
                let q4 = unsafe { _mm256_loadu_si256(wb.as_ptr().add(16 + 32 * j) as *const __m256i) };
                let lo = _mm256_and_si256(q4, mask);
                let hi = _mm256_and_si256(_mm256_srli_epi16(q4, 4), mask);
                let q = _mm512_inserti64x4::<1>(_mm512_castsi256_si512(lo), hi);
                let s = _mm512_mask_mov_epi16(
                    _mm512_set1_epi16(sc[2 * j] as i16),
                    0xFFFF_0000,
                    _mm512_set1_epi16(sc[2 * j + 1] as i16),
                );
                for k in 0..N {
                    // SAFETY: `qs` holds 256 bytes; 64j + 64 ≤ 256.
                    let xv = unsafe { _mm512_loadu_si512(x[k][i].qs.as_ptr().add(64 * j) as *const __m512i) };
                    sumi[k] = _mm512_dpwssd_epi32(sumi[k], _mm512_maddubs_epi16(q, xv), s);
                }
            }
            for k in 0..N {
                let xb = &x[k][i];
                let summ = _mm256_madd_epi16(load_i16x16(&xb.bsums), mins16);
                acc[k] = _mm512_fmadd_ps(_mm512_set1_ps(d * xb.d), _mm512_cvtepi32_ps(sumi[k]), acc[k]);
                acc_m[k] = _mm256_fmadd_ps(_mm256_set1_ps(dmin * xb.d), _mm256_cvtepi32_ps(summ), acc_m[k]);
            }
        }
        let mut out = [0f32; N];
        for k in 0..N {
            out[k] = _mm512_reduce_add_ps(acc[k]) - hsum(acc_m[k]);
        }
        out
    }
}
