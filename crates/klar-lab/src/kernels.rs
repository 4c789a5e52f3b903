//! Quantized dot products for the hot matrix-vector work: Q4_1 and Q8_0 weights against
//! 8-bit activations, with an AVX2 path chosen at run time and a portable scalar path.

use half::f16;

/// Elements per quantization block (Q4_1, Q8_0, Q8_1 all use 32).
pub const QK: usize = 32;
/// Bytes of one Q4_1 block on disk: f16 scale, f16 minimum, 16 bytes of nibbles.
pub const Q4_1_BYTES: usize = 20;
/// Bytes of one Q8_0 block on disk: f16 scale, 32 signed bytes.
pub const Q8_0_BYTES: usize = 34;

/// One block of quantized activations: `x ≈ d * qs`, and `s = d * Σqs` (used with Q4_1's minimum).
/// Scales are rounded through f16 exactly as the GGUF reference implementation stores them.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Q8Block {
    pub qs: [i8; QK],
    pub d: f32,
    pub s: f32,
}

impl Default for Q8Block {
    fn default() -> Self {
        Q8Block {
            qs: [0; QK],
            d: 0.0,
            s: 0.0,
        }
    }
}

/// Quantizes `x` (length a multiple of 32) into `out` (length x.len()/32).
pub fn quantize_q8(x: &[f32], out: &mut [Q8Block]) {
    for (xb, ob) in x.chunks_exact(QK).zip(out.iter_mut()) {
        let amax = xb.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        let mut sum = 0i32;
        for (q, &v) in ob.qs.iter_mut().zip(xb) {
            // Round half away from zero like C's roundf, without a libm call per value.
            let scaled = v * id;
            let r = (scaled + 0.5f32.copysign(scaled)) as i32;
            *q = r.clamp(-127, 127) as i8;
            sum += r;
        }
        ob.d = f16::from_f32(d).to_f32();
        ob.s = f16::from_f32(sum as f32 * d).to_f32();
    }
}

#[inline(always)]
fn f16_at(b: &[u8], i: usize) -> f32 {
    f16::from_le_bytes([b[i], b[i + 1]]).to_f32()
}

/// Which implementation the dot products use on this CPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isa {
    Scalar,
    #[cfg(target_arch = "x86_64")]
    Avx2,
}

impl Isa {
    /// The best implementation this CPU supports (checked at run time, so a generic build
    /// still starts on any x86-64 PC and uses AVX2 where it is present).
    pub fn detect() -> Isa {
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx2")
                && std::is_x86_feature_detected!("fma")
                && std::is_x86_feature_detected!("f16c")
            {
                return Isa::Avx2;
            }
        }
        Isa::Scalar
    }

    pub fn name(self) -> &'static str {
        match self {
            Isa::Scalar => "scalar",
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => "avx2",
        }
    }

    /// Dot product of one Q4_1 row (raw GGUF bytes) with quantized activations.
    #[inline]
    pub fn dot_q4_1(self, w: &[u8], x: &[Q8Block]) -> f32 {
        match self {
            Isa::Scalar => dot_q4_1_scalar(w, x),
            // SAFETY: `detect` returned Avx2 only after checking avx2, fma and f16c.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { avx2::dot_q4_1(w, x) },
        }
    }

    /// One Q4_1 row against four activation vectors at once (the weights are unpacked once).
    #[inline]
    pub fn dot_q4_1_x4(self, w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        match self {
            Isa::Scalar => x.map(|xi| dot_q4_1_scalar(w, xi)),
            // SAFETY: `detect` returned Avx2 only after checking avx2, fma and f16c.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { avx2::dot_q4_1_x4(w, x) },
        }
    }

    /// One Q8_0 row against four activation vectors at once.
    #[inline]
    pub fn dot_q8_0_x4(self, w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        match self {
            Isa::Scalar => x.map(|xi| dot_q8_0_scalar(w, xi)),
            // SAFETY: as above.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { avx2::dot_q8_0_x4(w, x) },
        }
    }

    /// Dot product of one Q8_0 row (raw GGUF bytes) with quantized activations.
    #[inline]
    pub fn dot_q8_0(self, w: &[u8], x: &[Q8Block]) -> f32 {
        match self {
            Isa::Scalar => dot_q8_0_scalar(w, x),
            // SAFETY: as above.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { avx2::dot_q8_0(w, x) },
        }
    }
}

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
mod avx2 {
    use super::{Q8Block, Q4_1_BYTES, Q8_0_BYTES};
    use std::arch::x86_64::*;

    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn hsum(v: __m256) -> f32 {
        let lo = _mm256_castps256_ps128(v);
        let hi = _mm256_extractf128_ps(v, 1);
        let s = _mm_add_ps(lo, hi);
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        let s = _mm_add_ss(s, _mm_movehdup_ps(s));
        _mm_cvtss_f32(s)
    }

    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn f16x2(p: &[u8]) -> (f32, f32) {
        // Two consecutive f16 values (scale, minimum) at the start of a block.
        let raw = u32::from_le_bytes([p[0], p[1], p[2], p[3]]);
        let v = _mm_cvtph_ps(_mm_cvtsi32_si128(raw as i32));
        let a = _mm_cvtss_f32(v);
        let b = _mm_cvtss_f32(_mm_shuffle_ps(v, v, 1));
        (a, b)
    }

    /// One Q4_1 block (20 bytes) against one activation block, added into `acc` and `acc_m`.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn q4_1_block(wb: &[u8], xb: &Q8Block, mask: __m128i, ones: __m256i, acc: &mut __m256, acc_m: &mut f32) {
        let (d, m) = f16x2(wb);
        *acc_m += m * xb.s;
        assert!(wb.len() >= Q4_1_BYTES);
        // SAFETY: wb has 20 bytes (checked), so bytes 4..20 are in bounds for a 16-byte load;
        // xb.qs is 32 bytes.
        let (nib, qx) = unsafe {
            (
                _mm_loadu_si128(wb.as_ptr().add(4) as *const __m128i),
                _mm256_loadu_si256(xb.qs.as_ptr() as *const __m256i),
            )
        };
        let lo = _mm_and_si128(nib, mask);
        let hi = _mm_and_si128(_mm_srli_epi16(nib, 4), mask);
        let qw = _mm256_set_m128i(hi, lo);
        let p = _mm256_madd_epi16(_mm256_maddubs_epi16(qw, qx), ones);
        *acc = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), *acc);
    }

    /// One Q8_0 block (34 bytes) against one activation block, added into `acc`.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    fn q8_0_block(wb: &[u8], xb: &Q8Block, ones: __m256i, acc: &mut __m256) {
        let (d, _) = f16x2(&[wb[0], wb[1], 0, 0]);
        assert!(wb.len() >= Q8_0_BYTES);
        // SAFETY: wb has 34 bytes (checked), so bytes 2..34 are in bounds; xb.qs is 32 bytes.
        let (qw, qx) = unsafe {
            (
                _mm256_loadu_si256(wb.as_ptr().add(2) as *const __m256i),
                _mm256_loadu_si256(xb.qs.as_ptr() as *const __m256i),
            )
        };
        // |w| * sign(w)·x keeps maddubs' unsigned-by-signed form exact.
        let aw = _mm256_sign_epi8(qw, qw);
        let sx = _mm256_sign_epi8(qx, qw);
        let p = _mm256_madd_epi16(_mm256_maddubs_epi16(aw, sx), ones);
        *acc = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), *acc);
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c; `w` holds at least `x.len()` Q4_1 blocks.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_q4_1(w: &[u8], x: &[Q8Block]) -> f32 {
        let nb = x.len().min(w.len() / Q4_1_BYTES);
        let mask = _mm_set1_epi8(0x0F);
        let ones = _mm256_set1_epi16(1);
        // Two independent accumulators so consecutive blocks do not wait on each other's FMA.
        let mut acc = [_mm256_setzero_ps(); 2];
        let mut acc_m = [0f32; 2];
        let block = |i: usize, acc: &mut __m256, acc_m: &mut f32| {
            q4_1_block(&w[i * Q4_1_BYTES..(i + 1) * Q4_1_BYTES], &x[i], mask, ones, acc, acc_m)
        };
        let mut i = 0;
        while i + 2 <= nb {
            let [a0, a1] = &mut acc;
            let [m0, m1] = &mut acc_m;
            block(i, a0, m0);
            block(i + 1, a1, m1);
            i += 2;
        }
        if i < nb {
            block(i, &mut acc[0], &mut acc_m[0]);
        }
        hsum(_mm256_add_ps(acc[0], acc[1])) + acc_m[0] + acc_m[1]
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c; `w` holds at least as many Q4_1 blocks as each `x`.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_q4_1_x4(w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q4_1_BYTES);
        let mask = _mm_set1_epi8(0x0F);
        let ones = _mm256_set1_epi16(1);
        let mut acc = [_mm256_setzero_ps(); 4];
        let mut acc_m = [0f32; 4];
        for i in 0..nb {
            let wb = &w[i * Q4_1_BYTES..(i + 1) * Q4_1_BYTES];
            let (d, m) = f16x2(wb);
            // SAFETY: bytes 4..20 of a 20-byte block.
            let nib = unsafe { _mm_loadu_si128(wb.as_ptr().add(4) as *const __m128i) };
            let lo = _mm_and_si128(nib, mask);
            let hi = _mm_and_si128(_mm_srli_epi16(nib, 4), mask);
            let qw = _mm256_set_m128i(hi, lo);
            for k in 0..4 {
                let xb = &x[k][i];
                acc_m[k] += m * xb.s;
                // SAFETY: xb.qs is 32 bytes.
                let qx = unsafe { _mm256_loadu_si256(xb.qs.as_ptr() as *const __m256i) };
                let p = _mm256_madd_epi16(_mm256_maddubs_epi16(qw, qx), ones);
                acc[k] = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), acc[k]);
            }
        }
        [
            hsum(acc[0]) + acc_m[0],
            hsum(acc[1]) + acc_m[1],
            hsum(acc[2]) + acc_m[2],
            hsum(acc[3]) + acc_m[3],
        ]
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c; `w` holds at least as many Q8_0 blocks as each `x`.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_q8_0_x4(w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        let nb = x.iter().map(|v| v.len()).min().unwrap_or(0).min(w.len() / Q8_0_BYTES);
        let ones = _mm256_set1_epi16(1);
        let mut acc = [_mm256_setzero_ps(); 4];
        for i in 0..nb {
            let wb = &w[i * Q8_0_BYTES..(i + 1) * Q8_0_BYTES];
            let (d, _) = f16x2(&[wb[0], wb[1], 0, 0]);
            // SAFETY: bytes 2..34 of a 34-byte block.
            let qw = unsafe { _mm256_loadu_si256(wb.as_ptr().add(2) as *const __m256i) };
            let aw = _mm256_sign_epi8(qw, qw);
            for k in 0..4 {
                let xb = &x[k][i];
                // SAFETY: xb.qs is 32 bytes.
                let qx = unsafe { _mm256_loadu_si256(xb.qs.as_ptr() as *const __m256i) };
                let sx = _mm256_sign_epi8(qx, qw);
                let p = _mm256_madd_epi16(_mm256_maddubs_epi16(aw, sx), ones);
                acc[k] = _mm256_fmadd_ps(_mm256_set1_ps(d * xb.d), _mm256_cvtepi32_ps(p), acc[k]);
            }
        }
        [hsum(acc[0]), hsum(acc[1]), hsum(acc[2]), hsum(acc[3])]
    }

    /// # Safety
    /// The CPU must support avx2, fma and f16c; `w` holds at least `x.len()` Q8_0 blocks.
    #[target_feature(enable = "avx2,fma,f16c")]
    pub unsafe fn dot_q8_0(w: &[u8], x: &[Q8Block]) -> f32 {
        let nb = x.len().min(w.len() / Q8_0_BYTES);
        let ones = _mm256_set1_epi16(1);
        let mut acc = [_mm256_setzero_ps(); 2];
        let block = |i: usize, acc: &mut __m256| {
            q8_0_block(&w[i * Q8_0_BYTES..(i + 1) * Q8_0_BYTES], &x[i], ones, acc)
        };
        let mut i = 0;
        while i + 2 <= nb {
            let [a0, a1] = &mut acc;
            block(i, a0);
            block(i + 1, a1);
            i += 2;
        }
        if i < nb {
            block(i, &mut acc[0]);
        }
        hsum(_mm256_add_ps(acc[0], acc[1]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rand_bytes(n: usize, seed: u64) -> Vec<u8> {
        let mut s = seed;
        (0..n)
            .map(|_| {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (s >> 33) as u8
            })
            .collect()
    }

    fn q4_1_row(nb: usize, seed: u64) -> Vec<u8> {
        let mut w = rand_bytes(nb * Q4_1_BYTES, seed);
        for b in w.chunks_exact_mut(Q4_1_BYTES) {
            b[0..2].copy_from_slice(&f16::from_f32(0.01).to_le_bytes());
            b[2..4].copy_from_slice(&f16::from_f32(-0.07).to_le_bytes());
        }
        w
    }

    fn acts(n: usize) -> Vec<Q8Block> {
        let x: Vec<f32> = (0..n).map(|i| ((i * 37 % 101) as f32 - 50.0) / 13.0).collect();
        let mut q = vec![Q8Block::default(); n / QK];
        quantize_q8(&x, &mut q);
        q
    }

    #[test]
    fn q4_1_simd_matches_scalar_and_dequantized() {
        let nb = 18;
        let w = q4_1_row(nb, 7);
        let x = acts(nb * QK);
        let s = dot_q4_1_scalar(&w, &x);
        let v = Isa::detect().dot_q4_1(&w, &x);
        assert!((s - v).abs() <= 1e-3 * s.abs().max(1.0), "{s} vs {v}");
        let mut wf = vec![0f32; nb * QK];
        dequant_q4_1(&w, &mut wf);
        let exact: f32 = x
            .iter()
            .enumerate()
            .flat_map(|(b, xb)| (0..QK).map(move |j| (b, j, xb)))
            .map(|(b, j, xb)| wf[b * QK + j] * xb.qs[j] as f32 * xb.d)
            .sum();
        assert!((exact - s).abs() <= 2e-2 * exact.abs().max(1.0), "{exact} vs {s}");
    }

    #[test]
    fn four_at_once_matches_one_by_one() {
        let nb = 18;
        let w4 = q4_1_row(nb, 11);
        let mut w8 = rand_bytes(nb * Q8_0_BYTES, 5);
        for b in w8.chunks_exact_mut(Q8_0_BYTES) {
            b[0..2].copy_from_slice(&f16::from_f32(0.02).to_le_bytes());
        }
        let xs: Vec<Vec<Q8Block>> = (0..4)
            .map(|k| {
                let x: Vec<f32> = (0..nb * QK).map(|i| ((i * (k + 3)) % 17) as f32 - 8.0).collect();
                let mut q = vec![Q8Block::default(); nb];
                quantize_q8(&x, &mut q);
                q
            })
            .collect();
        let refs = [&xs[0][..], &xs[1][..], &xs[2][..], &xs[3][..]];
        for isa in [Isa::Scalar, Isa::detect()] {
            let a = isa.dot_q4_1_x4(&w4, refs);
            let b = isa.dot_q8_0_x4(&w8, refs);
            for k in 0..4 {
                let ea = dot_q4_1_scalar(&w4, refs[k]);
                let eb = dot_q8_0_scalar(&w8, refs[k]);
                assert!((a[k] - ea).abs() <= 1e-3 * ea.abs().max(1.0), "{} vs {ea}", a[k]);
                assert!((b[k] - eb).abs() <= 1e-3 * eb.abs().max(1.0), "{} vs {eb}", b[k]);
            }
        }
    }

    #[test]
    fn q8_0_simd_matches_scalar() {
        let nb = 18;
        let mut w = rand_bytes(nb * Q8_0_BYTES, 3);
        for b in w.chunks_exact_mut(Q8_0_BYTES) {
            b[0..2].copy_from_slice(&f16::from_f32(0.02).to_le_bytes());
            if b[2] == 0x80 {
                b[2] = 0x81; // -128 is never produced by the quantizer
            }
        }
        let x = acts(nb * QK);
        let s = dot_q8_0_scalar(&w, &x);
        let v = Isa::detect().dot_q8_0(&w, &x);
        assert!((s - v).abs() <= 1e-3 * s.abs().max(1.0), "{s} vs {v}");
    }

    #[test]
    fn quantize_keeps_values_close() {
        let x: Vec<f32> = (0..64).map(|i| (i as f32 - 31.5) * 0.1).collect();
        let mut q = vec![Q8Block::default(); 2];
        quantize_q8(&x, &mut q);
        for (i, v) in x.iter().enumerate() {
            let b = &q[i / QK];
            let back = b.qs[i % QK] as f32 * b.d;
            assert!((back - v).abs() <= b.d, "{i}: {v} vs {back}");
        }
    }
}
