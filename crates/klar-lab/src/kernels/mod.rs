//! Quantized dot products for the hot matrix-vector work: weight rows kept as GGUF blocks
//! (Q4_1, Q8_0, Q5_0, Q4_K, Q6_K) against 8-bit activations, with an AVX2 path chosen at run
//! time and a portable scalar path. One file per weight type; this file holds the activation
//! formats and the dispatch.
//!
//! 32-element weight types take activations quantized per 32 ([`Q8Block`]); the K-quants work
//! on 256-element super-blocks and take [`Q8KBlock`]s (f32 scale, sums of each 16 values), so
//! their minimum and offset terms cost one multiply per 16 values instead of one per value.

use half::f16;

mod q4_1;
mod q4_k;
mod q5_0;
mod q6_k;
mod pairs;
mod q8_0;
#[cfg(target_arch = "x86_64")]
mod x86_512;
#[cfg(test)]
mod tests;

pub use q4_1::{dequant_q4_1, dot_q4_1_scalar, Q4_1_BYTES};
pub use q4_k::{dequant_q4_k, dot_q4_k_scalar, Q4_K_BYTES};
pub use q5_0::{dequant_q5_0, dot_q5_0_scalar, Q5_0_BYTES};
pub use q6_k::{dequant_q6_k, dot_q6_k_scalar, Q6_K_BYTES};
pub use pairs::{prepare_pairs, PairKind, XPair};
use pairs::unpair;
pub use q8_0::{dequant_q8_0, dot_q8_0_scalar, Q8_0_BYTES};

/// Elements per quantization block (Q4_1, Q5_0, Q8_0, Q8_1 all use 32).
pub const QK: usize = 32;
/// Elements per K-quant super-block.
pub const QK_K: usize = 256;

/// One block of quantized activations: `x ≈ d * qs`, and `s = d * Σqs` (used with Q4_1's minimum).
/// Scales are rounded through f16 exactly as the GGUF reference implementation stores them.
/// `sum` is `d * Σqs` without that rounding, for Q5_0's offset of −16 (exact there). The four
/// floats end the block so a kernel can read them in one 16-byte load.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Q8Block {
    pub qs: [i8; QK],
    pub d: f32,
    pub s: f32,
    pub sum: f32,
    pub pad: f32,
}

impl Default for Q8Block {
    fn default() -> Self {
        Q8Block {
            qs: [0; QK],
            d: 0.0,
            s: 0.0,
            sum: 0.0,
            pad: 0.0,
        }
    }
}

/// One super-block of activations for the K-quants: `x ≈ d * qs`; `bsums[g]` is the sum of
/// `qs[16g..16g+16]`.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Q8KBlock {
    pub qs: [i8; QK_K],
    pub bsums: [i16; QK_K / 16],
    pub d: f32,
}

impl Default for Q8KBlock {
    fn default() -> Self {
        Q8KBlock {
            qs: [0; QK_K],
            bsums: [0; QK_K / 16],
            d: 0.0,
        }
    }
}

/// Round half away from zero like C's roundf, without a libm call per value.
#[inline(always)]
fn round_i32(v: f32) -> i32 {
    (v + 0.5f32.copysign(v)) as i32
}

/// Quantizes `x` (length a multiple of 32) into `out` (length x.len()/32).
pub fn quantize_q8(x: &[f32], out: &mut [Q8Block]) {
    for (xb, ob) in x.chunks_exact(QK).zip(out.iter_mut()) {
        let amax = xb.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        let mut sum = 0i32;
        for (q, &v) in ob.qs.iter_mut().zip(xb) {
            let r = round_i32(v * id);
            *q = r.clamp(-127, 127) as i8;
            sum += r;
        }
        ob.d = f16::from_f32(d).to_f32();
        ob.s = f16::from_f32(sum as f32 * d).to_f32();
        ob.sum = sum as f32 * ob.d;
    }
}

/// Quantizes `x` (length a multiple of 256) into `out` (length x.len()/256) for the K-quants.
pub fn quantize_q8k(x: &[f32], out: &mut [Q8KBlock]) {
    for (xb, ob) in x.chunks_exact(QK_K).zip(out.iter_mut()) {
        let amax = xb.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        for (q, &v) in ob.qs.iter_mut().zip(xb) {
            *q = round_i32(v * id).clamp(-127, 127) as i8;
        }
        for (s, g) in ob.bsums.iter_mut().zip(ob.qs.chunks_exact(16)) {
            *s = g.iter().map(|&q| q as i16).sum();
        }
        ob.d = d;
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
    /// AVX2 plus AVX-512 (F, BW, VL) and AVX512-VNNI: the batch kernels (one weight row against
    /// four tokens) use 512-bit `vpdpbusd`; the single-token kernels are the AVX2 ones (they
    /// wait for memory, not for arithmetic).
    #[cfg(target_arch = "x86_64")]
    Avx512,
}

/// Calls the AVX2 or the scalar function of one weight type; `$x` is one activation row or an
/// array of four. The AVX-512 tier takes `$avx512` when given, else the AVX2 function.
macro_rules! dispatch {
    ($isa:expr, avx512 $avx512:path, $avx2:path, $scalar:expr, $($arg:expr),*) => {
        match $isa {
            Isa::Scalar => $scalar,
            // SAFETY: `detect` returned Avx2 only after checking avx2, fma and f16c.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { $avx2($($arg),*) },
            // SAFETY: `detect` returned Avx512 only after checking all of the AVX2 tier's
            // features and avx512f, avx512bw, avx512vl and avx512vnni.
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512 => unsafe { $avx512($($arg),*) },
        }
    };
    ($isa:expr, $avx2:path, $scalar:expr, $($arg:expr),*) => {
        dispatch!($isa, avx512 $avx2, $avx2, $scalar, $($arg),*)
    };
}

impl Isa {
    /// The best implementation this CPU supports (checked at run time, so a generic build
    /// still starts on any x86-64 PC and uses AVX2 or AVX-512 where present).
    /// `KLAR_LAB_KERNEL=scalar` or `=avx2` caps the tier, to compare the paths on one machine.
    pub fn detect() -> Isa {
        let cap = std::env::var_os("KLAR_LAB_KERNEL");
        if cap.as_ref().is_some_and(|v| v == "scalar") {
            return Isa::Scalar;
        }
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx2")
                && std::is_x86_feature_detected!("fma")
                && std::is_x86_feature_detected!("f16c")
            {
                if cap.is_some_and(|v| v == "avx2") {
                    return Isa::Avx2;
                }
                if std::is_x86_feature_detected!("avx512f")
                    && std::is_x86_feature_detected!("avx512bw")
                    && std::is_x86_feature_detected!("avx512vl")
                    && std::is_x86_feature_detected!("avx512vnni")
                {
                    return Isa::Avx512;
                }
                return Isa::Avx2;
            }
        }
        Isa::Scalar
    }

    /// Every tier this CPU can run, slowest first (for tests and benchmarks).
    pub fn available() -> Vec<Isa> {
        let mut v = vec![Isa::Scalar];
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx2")
                && std::is_x86_feature_detected!("fma")
                && std::is_x86_feature_detected!("f16c")
            {
                v.push(Isa::Avx2);
                if std::is_x86_feature_detected!("avx512f")
                    && std::is_x86_feature_detected!("avx512bw")
                    && std::is_x86_feature_detected!("avx512vl")
                    && std::is_x86_feature_detected!("avx512vnni")
                {
                    v.push(Isa::Avx512);
                }
            }
        }
        v
    }

    /// Whether [`Isa::dot_pairs_x4`] has its own kernels here (worth preparing pairs for).
    pub fn has_pair_kernels(self) -> bool {
        #[cfg(target_arch = "x86_64")]
        if self == Isa::Avx512 {
            return true;
        }
        false
    }

    pub fn name(self) -> &'static str {
        match self {
            Isa::Scalar => "scalar",
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => "avx2",
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512 => "avx512vnni",
        }
    }

    /// Dot product of one Q4_1 row (raw GGUF bytes) with quantized activations.
    #[inline]
    pub fn dot_q4_1(self, w: &[u8], x: &[Q8Block]) -> f32 {
        dispatch!(self, q4_1::avx2::dot, dot_q4_1_scalar(w, x), w, x)
    }

    /// One Q4_1 row against four activation vectors at once (the weights are unpacked once).
    #[inline]
    pub fn dot_q4_1_x4(self, w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        dispatch!(self, avx512 q4_1::avx512::dot_x4, q4_1::avx2::dot_x4, x.map(|xi| dot_q4_1_scalar(w, xi)), w, x)
    }

    /// Dot product of one Q8_0 row (raw GGUF bytes) with quantized activations.
    #[inline]
    pub fn dot_q8_0(self, w: &[u8], x: &[Q8Block]) -> f32 {
        dispatch!(self, q8_0::avx2::dot, dot_q8_0_scalar(w, x), w, x)
    }

    /// One Q8_0 row against four activation vectors at once.
    #[inline]
    pub fn dot_q8_0_x4(self, w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        dispatch!(self, avx512 q8_0::avx512::dot_x4, q8_0::avx2::dot_x4, x.map(|xi| dot_q8_0_scalar(w, xi)), w, x)
    }

    /// Dot product of one Q5_0 row with quantized activations.
    #[inline]
    pub fn dot_q5_0(self, w: &[u8], x: &[Q8Block]) -> f32 {
        dispatch!(self, q5_0::avx2::dot, dot_q5_0_scalar(w, x), w, x)
    }

    /// One Q5_0 row against four activation vectors at once.
    #[inline]
    pub fn dot_q5_0_x4(self, w: &[u8], x: [&[Q8Block]; 4]) -> [f32; 4] {
        dispatch!(self, avx512 q5_0::avx512::dot_x4, q5_0::avx2::dot_x4, x.map(|xi| dot_q5_0_scalar(w, xi)), w, x)
    }

    /// One Q4_1, Q5_0 or Q8_0 row (`kind` says which) against four tokens' prepared pairs.
    /// The AVX-512 tier runs its pair kernels; the others unpack the pairs first (slow: the
    /// model uses pairs only on the AVX-512 tier).
    pub fn dot_pairs_x4(self, kind: PairKind, w: &[u8], x: [&[XPair]; 4]) -> [f32; 4] {
        #[cfg(target_arch = "x86_64")]
        if self == Isa::Avx512 {
            // SAFETY: `detect` returned Avx512 only after checking avx2, fma, f16c, avx512f,
            // avx512bw, avx512vl and avx512vnni.
            return unsafe { pairs_avx512(kind, w, x) };
        }
        let xs = x.map(unpair);
        let xs = [&xs[0][..], &xs[1][..], &xs[2][..], &xs[3][..]];
        match kind {
            PairKind::Q4_1 => self.dot_q4_1_x4(w, xs),
            PairKind::Q5_0 => self.dot_q5_0_x4(w, xs),
            PairKind::Q8_0 => self.dot_q8_0_x4(w, xs),
        }
    }

    /// The same for eight tokens (the weights are unpacked once for all eight).
    pub fn dot_pairs_x8(self, kind: PairKind, w: &[u8], x: [&[XPair]; 8]) -> [f32; 8] {
        #[cfg(target_arch = "x86_64")]
        if self == Isa::Avx512 {
            // SAFETY: as in `dot_pairs_x4`.
            return unsafe { pairs_avx512(kind, w, x) };
        }
        let a = self.dot_pairs_x4(kind, w, [x[0], x[1], x[2], x[3]]);
        let b = self.dot_pairs_x4(kind, w, [x[4], x[5], x[6], x[7]]);
        [a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]]
    }

    /// Dot product of one Q4_K row with K-quantized activations.
    #[inline]
    pub fn dot_q4_k(self, w: &[u8], x: &[Q8KBlock]) -> f32 {
        dispatch!(self, q4_k::avx2::dot, dot_q4_k_scalar(w, x), w, x)
    }

    /// One Q4_K row against four activation vectors at once.
    #[inline]
    pub fn dot_q4_k_x4(self, w: &[u8], x: [&[Q8KBlock]; 4]) -> [f32; 4] {
        dispatch!(self, avx512 q4_k::avx512::dot_xn, q4_k::avx2::dot_x4, x.map(|xi| dot_q4_k_scalar(w, xi)), w, x)
    }

    /// One Q4_K or Q6_K row against eight tokens: one unpacking for all eight on the AVX-512
    /// tier, two four-token passes elsewhere.
    pub fn dot_k_x8(self, q6: bool, w: &[u8], x: [&[Q8KBlock]; 8]) -> [f32; 8] {
        #[cfg(target_arch = "x86_64")]
        if self == Isa::Avx512 {
            // SAFETY: as in `dot_pairs_x4`.
            return unsafe {
                if q6 {
                    q6_k::avx512::dot_xn(w, x)
                } else {
                    q4_k::avx512::dot_xn(w, x)
                }
            };
        }
        let (a, b) = ([x[0], x[1], x[2], x[3]], [x[4], x[5], x[6], x[7]]);
        let (a, b) = if q6 {
            (self.dot_q6_k_x4(w, a), self.dot_q6_k_x4(w, b))
        } else {
            (self.dot_q4_k_x4(w, a), self.dot_q4_k_x4(w, b))
        };
        [a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]]
    }

    /// Dot product of one Q6_K row with K-quantized activations.
    #[inline]
    pub fn dot_q6_k(self, w: &[u8], x: &[Q8KBlock]) -> f32 {
        dispatch!(self, q6_k::avx2::dot, dot_q6_k_scalar(w, x), w, x)
    }

    /// One Q6_K row against four activation vectors at once.
    #[inline]
    pub fn dot_q6_k_x4(self, w: &[u8], x: [&[Q8KBlock]; 4]) -> [f32; 4] {
        dispatch!(self, avx512 q6_k::avx512::dot_xn, q6_k::avx2::dot_x4, x.map(|xi| dot_q6_k_scalar(w, xi)), w, x)
    }
}

/// The AVX-512 pair kernel of `kind` for `N` tokens (4 or 8).
///
/// # Safety
/// The CPU must support avx2, fma, f16c, avx512f, avx512bw, avx512vl and avx512vnni.
#[cfg(target_arch = "x86_64")]
#[inline]
unsafe fn pairs_avx512<const N: usize>(kind: PairKind, w: &[u8], x: [&[XPair]; N]) -> [f32; N] {
    // SAFETY: the caller guarantees the CPU features the kernels need.
    unsafe {
        match kind {
            PairKind::Q4_1 => q4_1::avx512::dot_xnp(w, x),
            PairKind::Q5_0 => q5_0::avx512::dot_xnp(w, x),
            PairKind::Q8_0 => q8_0::avx512::dot_xnp(w, x),
        }
    }
}

/// Helpers shared by the AVX2 paths of every weight type.
#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn hsum(v: __m256) -> f32 {
        let lo = _mm256_castps256_ps128(v);
        let hi = _mm256_extractf128_ps(v, 1);
        let s = _mm_add_ps(lo, hi);
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        let s = _mm_add_ss(s, _mm_movehdup_ps(s));
        _mm_cvtss_f32(s)
    }

    /// Two consecutive f16 values at the start of `p` (a block's scale and minimum).
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn f16x2(p: &[u8]) -> (f32, f32) {
        let raw = u32::from_le_bytes([p[0], p[1], p[2], p[3]]);
        let v = _mm_cvtph_ps(_mm_cvtsi32_si128(raw as i32));
        (_mm_cvtss_f32(v), _mm_cvtss_f32(_mm_shuffle_ps(v, v, 1)))
    }

    /// One f16 value at `p[0..2]`.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn f16_1(p: &[u8]) -> f32 {
        let raw = u16::from_le_bytes([p[0], p[1]]);
        _mm_cvtss_f32(_mm_cvtph_ps(_mm_cvtsi32_si128(raw as i32)))
    }

    /// 32 bytes from `p` (at least 32 long: checked).
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn load32(p: &[u8]) -> __m256i {
        assert!(p.len() >= 32);
        // SAFETY: 32 bytes are in bounds (checked above); the load is unaligned.
        unsafe { _mm256_loadu_si256(p.as_ptr() as *const __m256i) }
    }

    /// 32 signed bytes from `p` (at least 32 long: checked).
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn load32i(p: &[i8]) -> __m256i {
        assert!(p.len() >= 32);
        // SAFETY: as above.
        unsafe { _mm256_loadu_si256(p.as_ptr() as *const __m256i) }
    }

    /// 16 bytes from `p` (at least 16 long: checked).
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn load16(p: &[u8]) -> __m128i {
        assert!(p.len() >= 16);
        // SAFETY: 16 bytes are in bounds (checked above).
        unsafe { _mm_loadu_si128(p.as_ptr() as *const __m128i) }
    }

    /// How far ahead of the block being multiplied the weights are asked for. A row is streamed
    /// once per token, so the kernels are limited by how soon its bytes arrive, not by the
    /// arithmetic: the CPU's own prefetcher stops at every 4 KiB page and keeps too few lines in
    /// flight. Measured on the 262,144-row Q8_0 output head (2 threads): without a hint 10 GB/s,
    /// 2–4 KiB ahead 15–16 GB/s, and about 20 GB/s when the weights also sit on huge pages.
    pub const PREFETCH_AHEAD: usize = 3072;

    /// Asks for the `len` bytes `PREFETCH_AHEAD` past `w[at]` (one hint per cache line). Past
    /// the end of the row the hint falls on the next row, or on nothing: a prefetch never
    /// faults, and the pointer is never read.
    #[inline(always)]
    pub fn prefetch(w: &[u8], at: usize, len: usize) {
        let p = w.as_ptr().wrapping_add(at + PREFETCH_AHEAD);
        let mut o = 0;
        while o < len {
            // SAFETY: a prefetch hint reads nothing and cannot fault, whatever the address.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(o) as *const i8) };
            o += 64;
        }
    }

    /// Sixteen i16 values.
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn load_i16x16(p: &[i16; 16]) -> __m256i {
        // SAFETY: the array is exactly 32 bytes.
        unsafe { _mm256_loadu_si256(p.as_ptr() as *const __m256i) }
    }

    /// Σ w·x of 32 signed weight bytes and 32 signed activation bytes, as 8 i32 lanes
    /// (|w|·sign(w)x keeps maddubs' unsigned-by-signed form exact; w = -128 never occurs).
    #[inline]
    #[target_feature(enable = "avx2,fma,f16c")]
    pub fn dot_i8(qw: __m256i, qx: __m256i) -> __m256i {
        let aw = _mm256_sign_epi8(qw, qw);
        let sx = _mm256_sign_epi8(qx, qw);
        _mm256_madd_epi16(_mm256_maddubs_epi16(aw, sx), _mm256_set1_epi16(1))
    }
}
