//! Q6_K weights against Q8_K activations. A 256-weight super-block holds 128 bytes of low
//! nibbles (`ql`), 64 bytes of 2-bit high parts (`qh`), 16 signed 8-bit scales (one per 16
//! weights, in element order) and an f16 `d` at the end. Weight = d·scale·(q − 32) with q in
//! 0..64; the −32 is applied once per 16 weights through the activation block's `bsums`.
//! Each 128-weight half uses 64 bytes of `ql` and 32 of `qh`: weight l (l < 32) takes the low
//! nibble of ql[l] and bits 0–1 of qh[l]; l+32 the low nibble of ql[l+32] and bits 2–3;
//! l+64 the high nibble of ql[l] and bits 4–5; l+96 the high nibble of ql[l+32] and bits 6–7.

use super::{f16_at, Q8KBlock, QK_K};

/// Bytes of one Q6_K super-block on disk.
pub const Q6_K_BYTES: usize = 210;

/// The 256 unsigned 6-bit values (0..64) of one super-block, in element order.
#[inline(always)]
fn values(wb: &[u8]) -> [u8; QK_K] {
    let mut v = [0u8; QK_K];
    for h in 0..2 {
        let ql = &wb[64 * h..64 * h + 64];
        let qh = &wb[128 + 32 * h..128 + 32 * h + 32];
        let o = &mut v[128 * h..128 * h + 128];
        for l in 0..32 {
            o[l] = (ql[l] & 0x0F) | ((qh[l] & 3) << 4);
            o[l + 32] = (ql[l + 32] & 0x0F) | (((qh[l] >> 2) & 3) << 4);
            o[l + 64] = (ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4);
            o[l + 96] = (ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4);
        }
    }
    v
}

pub fn dot_q6_k_scalar(w: &[u8], x: &[Q8KBlock]) -> f32 {
    let mut acc = 0f32;
    for (wb, xb) in w.chunks_exact(Q6_K_BYTES).zip(x) {
        let v = values(wb);
        let mut sumi = 0i32;
        for g in 0..QK_K / 16 {
            let s: i32 = v[16 * g..16 * g + 16]
                .iter()
                .zip(&xb.qs[16 * g..16 * g + 16])
                .map(|(&a, &b)| a as i32 * b as i32)
                .sum();
            sumi += (wb[192 + g] as i8) as i32 * (s - 32 * xb.bsums[g] as i32);
        }
        acc += f16_at(wb, 208) * xb.d * sumi as f32;
    }
    acc
}

/// Dequantizes one Q6_K row.
pub fn dequant_q6_k(w: &[u8], out: &mut [f32]) {
    for (wb, ob) in w.chunks_exact(Q6_K_BYTES).zip(out.chunks_exact_mut(QK_K)) {
        let d = f16_at(wb, 208);
        for (i, (o, q)) in ob.iter_mut().zip(values(wb)).enumerate() {
            *o = d * (wb[192 + i / 16] as i8) as f32 * (q as i32 - 32) as f32;
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(super) mod avx2 {
    use super::super::x86::{prefetch, f16_1, hsum, load16, load32, load32i, load_i16x16};
    use super::{Q8KBlock, Q6_K_BYTES};
    use std::arch::x86_64::*;

    /// One Q6_K row against `N` activation rows: each super-block's 6-bit values are unpacked
    /// once and used for all `N`.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn dot_n<const N: usize>(w: &[u8], x: [&[Q8KBlock]; N]) -> [f32; N] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q6_K_BYTES);
        let m4 = _mm256_set1_epi8(0x0F);
        let m2 = _mm256_set1_epi8(3);
        let mut acc = [_mm256_setzero_ps(); N];
        for i in 0..nb {
            // Only a single token streams the row; a batch reuses weights already in L1.
            if N == 1 {
                prefetch(w, i * Q6_K_BYTES, Q6_K_BYTES);
            }
            let wb = &w[i * Q6_K_BYTES..(i + 1) * Q6_K_BYTES];
            let d = f16_1(&wb[208..]);
            let sc8 = load16(&wb[192..208]);
            // The 16 scales widened to i16, for the −32 correction against bsums.
            let sc16 = _mm256_cvtepi8_epi16(sc8);
            let mut sumi = [_mm256_setzero_si256(); N];
            for h in 0..2 {
                let ql0 = load32(&wb[64 * h..]);
                let ql1 = load32(&wb[64 * h + 32..]);
                let qh = load32(&wb[128 + 32 * h..]);
                // Bits 0–1, 2–3, 4–5, 6–7 of qh moved to bits 4–5 of each byte.
                let h0 = _mm256_slli_epi16(_mm256_and_si256(qh, m2), 4);
                let h1 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(qh, 2), m2), 4);
                let h2 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(qh, 4), m2), 4);
                let h3 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(qh, 6), m2), 4);
                let q = [
                    _mm256_or_si256(_mm256_and_si256(ql0, m4), h0),
                    _mm256_or_si256(_mm256_and_si256(ql1, m4), h1),
                    _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(ql0, 4), m4), h2),
                    _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(ql1, 4), m4), h3),
                ];
                for (v, qv) in q.iter().enumerate() {
                    let g = 8 * h + 2 * v;
                    let s = _mm256_set_m128i(
                        _mm_set1_epi16((wb[192 + g + 1] as i8) as i16),
                        _mm_set1_epi16((wb[192 + g] as i8) as i16),
                    );
                    for k in 0..N {
                        let xv = load32i(&x[k][i].qs[128 * h + 32 * v..]);
                        let p = _mm256_madd_epi16(_mm256_maddubs_epi16(*qv, xv), s);
                        sumi[k] = _mm256_add_epi32(sumi[k], p);
                    }
                }
            }
            for k in 0..N {
                let xb = &x[k][i];
                let corr = _mm256_slli_epi32(_mm256_madd_epi16(load_i16x16(&xb.bsums), sc16), 5);
                let s = _mm256_sub_epi32(sumi[k], corr);
                acc[k] = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(s), acc[k]);
            }
        }
        let mut out = [0f32; N];
        for k in 0..N {
            out[k] = hsum(acc[k]);
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
    use super::super::x86::{f16_1, load16, load32, load_i16x16};
    use super::{Q8KBlock, Q6_K_BYTES};
    use std::arch::x86_64::*;

    /// One Q6_K row against `N` tokens (4 or 8). A 512-bit step takes two 32-weight groups (64
    /// contiguous activation bytes, four scales of 16); `vpdpwssd` applies the scales and adds
    /// in one instruction.
    ///
    /// # Safety
    /// The CPU must support avx512f, avx512bw, avx512vl, avx512vnni, avx2, fma and f16c.
    #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")]
    pub unsafe fn dot_xn<const N: usize>(w: &[u8], x: [&[Q8KBlock]; N]) -> [f32; N] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q6_K_BYTES);
        let m4 = _mm256_set1_epi8(0x0F);
        let m2 = _mm256_set1_epi8(3);
        // i16 lane l of a step's scales takes scale g + l / 8 (8 lanes = 16 weights).
        let base = _mm512_set_epi16(
            3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
        );
        let pick = [0i16, 4, 8, 12].map(|g| _mm512_add_epi16(base, _mm512_set1_epi16(g)));
        let mut acc = [_mm256_setzero_ps(); N];
        for i in 0..nb {
            let wb = &w[i * Q6_K_BYTES..(i + 1) * Q6_K_BYTES];
            let d = f16_1(&wb[208..]);
            // The 16 scales widened to i16: for the steps and the −32 correction.
            let sc16 = _mm256_cvtepi8_epi16(load16(&wb[192..208]));
            let sc512 = _mm512_castsi256_si512(sc16);
            let mut sumi = [_mm512_setzero_si512(); N];
            for h in 0..2 {
                let ql0 = load32(&wb[64 * h..]);
                let ql1 = load32(&wb[64 * h + 32..]);
                let qh = load32(&wb[128 + 32 * h..]);
                // Bits 0–1, 2–3, 4–5, 6–7 of qh moved to bits 4–5 of each byte.
                let h0 = _mm256_slli_epi16(_mm256_and_si256(qh, m2), 4);
                let h1 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(qh, 2), m2), 4);
                let h2 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(qh, 4), m2), 4);
                let h3 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(qh, 6), m2), 4);
                let q = [
                    _mm512_inserti64x4::<1>(
                        _mm512_castsi256_si512(_mm256_or_si256(_mm256_and_si256(ql0, m4), h0)),
                        _mm256_or_si256(_mm256_and_si256(ql1, m4), h1),
                    ),
                    _mm512_inserti64x4::<1>(
                        _mm512_castsi256_si512(_mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(ql0, 4), m4), h2)),
                        _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(ql1, 4), m4), h3),
                    ),
                ];
                for (p, qv) in q.iter().enumerate() {
                    let s = _mm512_permutexvar_epi16(pick[2 * h + p], sc512);
                    for k in 0..N {
                        // SAFETY: `qs` holds 256 bytes; 128h + 64p + 64 ≤ 256.
                        let xv = unsafe {
                            _mm512_loadu_si512(x[k][i].qs.as_ptr().add(128 * h + 64 * p) as *const __m512i)
                        };
                        sumi[k] = _mm512_dpwssd_epi32(sumi[k], _mm512_maddubs_epi16(*qv, xv), s);
                    }
                }
            }
            for k in 0..N {
                let xb = &x[k][i];
                let corr = _mm256_slli_epi32(_mm256_madd_epi16(load_i16x16(&xb.bsums), sc16), 5);
                let s = _mm256_add_epi32(_mm512_castsi512_si256(sumi[k]), _mm512_extracti64x4_epi64::<1>(sumi[k]));
                let s = _mm256_sub_epi32(s, corr);
                acc[k] = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(s), acc[k]);
            }
        }
        let mut out = [0f32; N];
        for k in 0..N {
            out[k] = super::super::x86::hsum(acc[k]);
        }
        out
    }
}
