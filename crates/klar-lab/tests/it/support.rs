//! Test support: a small GGUF writer and a tiny random llama model written by the tests themselves,
//! plus the path of the real default model (tests fail, never skip, when it is missing).
#![allow(dead_code)]

use half::f16;
use std::path::PathBuf;

/// GGUF metadata values the writer knows.
pub enum Kv {
    U32(u32),
    U64(u64),
    F32(f32),
    Bool(bool),
    Str(String),
    StrArray(Vec<String>),
    I32Array(Vec<i32>),
    F32Array(Vec<f32>),
    U8Array(Vec<u8>),
    /// That many empty strings (written without building them first).
    EmptyStrArray(u64),
}

/// Builds GGUF v3 files; fields are public so tests can break them on purpose.
pub struct GgufWriter {
    pub kvs: Vec<(String, Kv)>,
    /// name, ggml dims, type id, data
    pub tensors: Vec<(String, Vec<u64>, u32, Vec<u8>)>,
    pub alignment: u64,
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u64).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

impl GgufWriter {
    pub fn new() -> Self {
        GgufWriter {
            kvs: Vec::new(),
            tensors: Vec::new(),
            alignment: 32,
        }
    }

    pub fn kv(&mut self, k: &str, v: Kv) -> &mut Self {
        self.kvs.retain(|(key, _)| key != k);
        self.kvs.push((k.to_string(), v));
        self
    }

    pub fn set_tensor_type(&mut self, name: &str, ty: u32) {
        for t in self.tensors.iter_mut().filter(|t| t.0 == name) {
            t.2 = ty;
        }
    }

    /// The bytes of the file; `offsets` lets a test override tensor offsets.
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(b"GGUF");
        out.extend_from_slice(&3u32.to_le_bytes());
        out.extend_from_slice(&(self.tensors.len() as u64).to_le_bytes());
        out.extend_from_slice(&(self.kvs.len() as u64).to_le_bytes());
        for (k, v) in &self.kvs {
            put_str(&mut out, k);
            match v {
                Kv::U32(x) => {
                    out.extend_from_slice(&4u32.to_le_bytes());
                    out.extend_from_slice(&x.to_le_bytes());
                }
                Kv::U64(x) => {
                    out.extend_from_slice(&10u32.to_le_bytes());
                    out.extend_from_slice(&x.to_le_bytes());
                }
                Kv::F32(x) => {
                    out.extend_from_slice(&6u32.to_le_bytes());
                    out.extend_from_slice(&x.to_le_bytes());
                }
                Kv::Bool(x) => {
                    out.extend_from_slice(&7u32.to_le_bytes());
                    out.push(*x as u8);
                }
                Kv::Str(s) => {
                    out.extend_from_slice(&8u32.to_le_bytes());
                    put_str(&mut out, s);
                }
                Kv::StrArray(a) => {
                    out.extend_from_slice(&9u32.to_le_bytes());
                    out.extend_from_slice(&8u32.to_le_bytes());
                    out.extend_from_slice(&(a.len() as u64).to_le_bytes());
                    for s in a {
                        put_str(&mut out, s);
                    }
                }
                Kv::I32Array(a) => {
                    out.extend_from_slice(&9u32.to_le_bytes());
                    out.extend_from_slice(&5u32.to_le_bytes());
                    out.extend_from_slice(&(a.len() as u64).to_le_bytes());
                    for x in a {
                        out.extend_from_slice(&x.to_le_bytes());
                    }
                }
                Kv::F32Array(a) => {
                    out.extend_from_slice(&9u32.to_le_bytes());
                    out.extend_from_slice(&6u32.to_le_bytes());
                    out.extend_from_slice(&(a.len() as u64).to_le_bytes());
                    for x in a {
                        out.extend_from_slice(&x.to_le_bytes());
                    }
                }
                Kv::U8Array(a) => {
                    out.extend_from_slice(&9u32.to_le_bytes());
                    out.extend_from_slice(&0u32.to_le_bytes());
                    out.extend_from_slice(&(a.len() as u64).to_le_bytes());
                    out.extend_from_slice(a);
                }
                Kv::EmptyStrArray(n) => {
                    out.extend_from_slice(&9u32.to_le_bytes());
                    out.extend_from_slice(&8u32.to_le_bytes());
                    out.extend_from_slice(&n.to_le_bytes());
                    out.resize(out.len() + *n as usize * 8, 0);
                }
            }
        }
        let align = self.alignment.max(1);
        let mut offset = 0u64;
        let mut offsets = Vec::new();
        for (name, dims, ty, data) in &self.tensors {
            put_str(&mut out, name);
            out.extend_from_slice(&(dims.len() as u32).to_le_bytes());
            for d in dims {
                out.extend_from_slice(&d.to_le_bytes());
            }
            out.extend_from_slice(&ty.to_le_bytes());
            out.extend_from_slice(&offset.to_le_bytes());
            offsets.push(offset);
            offset = (offset + data.len() as u64).div_ceil(align) * align;
        }
        while !(out.len() as u64).is_multiple_of(align) {
            out.push(0);
        }
        let start = out.len();
        for ((_, _, _, data), off) in self.tensors.iter().zip(offsets) {
            out.resize(start + off as usize, 0);
            out.extend_from_slice(data);
        }
        out
    }
}

/// A deterministic pseudo-random stream (tests need no rand crate).
pub struct Lcg(u64);
impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed)
    }
    pub fn next_f32(&mut self) -> f32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }
}

pub fn f32_bytes(xs: &[f32]) -> Vec<u8> {
    xs.iter().flat_map(|x| x.to_le_bytes()).collect()
}

pub fn q8_0_bytes(xs: &[f32]) -> Vec<u8> {
    let mut out = Vec::new();
    for b in xs.chunks(32) {
        let amax = b.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d > 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&f16::from_f32(d).to_le_bytes());
        out.extend(b.iter().map(|v| (v * id).round() as i8 as u8));
    }
    out
}

pub fn q4_1_bytes(xs: &[f32]) -> Vec<u8> {
    let mut out = Vec::new();
    for b in xs.chunks(32) {
        let min = b.iter().fold(f32::INFINITY, |m, &v| m.min(v));
        let max = b.iter().fold(f32::NEG_INFINITY, |m, &v| m.max(v));
        let d = (max - min) / 15.0;
        let id = if d > 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&f16::from_f32(d).to_le_bytes());
        out.extend_from_slice(&f16::from_f32(min).to_le_bytes());
        let q: Vec<u8> = b.iter().map(|v| (((v - min) * id).round() as i32).clamp(0, 15) as u8).collect();
        for j in 0..16 {
            out.push(q[j] | (q[j + 16] << 4));
        }
    }
    out
}

/// GPT-2's byte → character map, to write byte-level vocabularies.
pub fn byte_char(b: u8) -> char {
    let printable = matches!(b, b'!'..=b'~' | 0xA1..=0xAC | 0xAE..=0xFF);
    if printable {
        return b as char;
    }
    let mut n = 0u32;
    for x in 0..b {
        if !matches!(x, b'!'..=b'~' | 0xA1..=0xAC | 0xAE..=0xFF) {
            n += 1;
        }
    }
    char::from_u32(256 + n).unwrap_or('?')
}

pub const TINY_DIM: usize = 64;
pub const TINY_FF: usize = 96;
pub const TINY_CTX: u32 = 160;

/// A 2-layer llama with random weights: special tokens, all 256 bytes and a few merges.
/// Layer 0 uses Q4_1, layer 1 Q8_0 and F32 (so both our kernels and candle's path run).
pub fn tiny_model() -> GgufWriter {
    let mut tokens: Vec<String> = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut types = vec![3i32; 3];
    for b in 0..=255u8 {
        tokens.push(byte_char(b).to_string());
        types.push(1);
    }
    let g = byte_char(b' ');
    let merges: Vec<String> = vec![
        format!("{g} t"),
        "h e".into(),
        "l l".into(),
        format!("{g}t he"),
        "he ll".into(),
        "hell o".into(),
    ];
    for m in &merges {
        tokens.push(m.replace(' ', ""));
        types.push(1);
    }
    let vocab = tokens.len();
    let mut w = GgufWriter::new();
    w.kv("general.architecture", Kv::Str("llama".into()))
        .kv("llama.block_count", Kv::U32(2))
        .kv("llama.context_length", Kv::U32(TINY_CTX))
        .kv("llama.embedding_length", Kv::U32(TINY_DIM as u32))
        .kv("llama.feed_forward_length", Kv::U32(TINY_FF as u32))
        .kv("llama.attention.head_count", Kv::U32(4))
        .kv("llama.attention.head_count_kv", Kv::U32(2))
        .kv("llama.rope.freq_base", Kv::F32(10000.0))
        .kv("llama.attention.layer_norm_rms_epsilon", Kv::F32(1e-5))
        .kv("tokenizer.ggml.model", Kv::Str("gpt2".into()))
        .kv("tokenizer.ggml.pre", Kv::Str("smollm".into()))
        .kv("tokenizer.ggml.tokens", Kv::StrArray(tokens))
        .kv("tokenizer.ggml.token_type", Kv::I32Array(types))
        .kv("tokenizer.ggml.merges", Kv::StrArray(merges))
        .kv("tokenizer.ggml.bos_token_id", Kv::U32(1))
        .kv("tokenizer.ggml.eos_token_id", Kv::U32(2))
        .kv("tokenizer.ggml.add_bos_token", Kv::Bool(false));
    let mut rng = Lcg::new(1234);
    let mut rand = |n: usize, scale: f32| -> Vec<f32> { (0..n).map(|_| rng.next_f32() * scale).collect() };
    let d = TINY_DIM as u64;
    let kv = (TINY_DIM / 2) as u64;
    let ff = TINY_FF as u64;
    w.tensors.push(("token_embd.weight".into(), vec![d, vocab as u64], 8, q8_0_bytes(&rand(vocab * TINY_DIM, 1.0))));
    for layer in 0..2 {
        type Encoder = fn(&[f32]) -> Vec<u8>;
        let (ty, enc): (u32, Encoder) = if layer == 0 { (3, q4_1_bytes) } else { (8, q8_0_bytes) };
        let p = |s: &str| format!("blk.{layer}.{s}.weight");
        w.tensors.push((p("attn_norm"), vec![d], 0, f32_bytes(&vec![1.0; TINY_DIM])));
        w.tensors.push((p("attn_q"), vec![d, d], ty, enc(&rand((d * d) as usize, 0.3))));
        w.tensors.push((p("attn_k"), vec![d, kv], ty, enc(&rand((d * kv) as usize, 0.3))));
        w.tensors.push((p("attn_v"), vec![d, kv], ty, enc(&rand((d * kv) as usize, 0.3))));
        w.tensors.push((p("attn_output"), vec![d, d], ty, enc(&rand((d * d) as usize, 0.3))));
        w.tensors.push((p("ffn_norm"), vec![d], 0, f32_bytes(&vec![1.0; TINY_DIM])));
        w.tensors.push((p("ffn_gate"), vec![d, ff], ty, enc(&rand((d * ff) as usize, 0.3))));
        w.tensors.push((p("ffn_up"), vec![d, ff], ty, enc(&rand((d * ff) as usize, 0.3))));
        if layer == 1 {
            w.tensors.push((p("ffn_down"), vec![ff, d], 0, f32_bytes(&rand((d * ff) as usize, 0.3))));
        } else {
            w.tensors.push((p("ffn_down"), vec![ff, d], ty, enc(&rand((d * ff) as usize, 0.3))));
        }
    }
    w.tensors.push(("output_norm.weight".into(), vec![d], 0, f32_bytes(&vec![1.0; TINY_DIM])));
    w
}

/// Hostile model files: the tiny model, valid in every other respect, plus metadata whose value
/// is cheap on disk but was expensive in memory. `total` is the size of the file in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hostile {
    /// One `uint8` array filling the file.
    U8Array,
    /// One array of empty strings filling the file (8 bytes each on disk).
    EmptyStrings,
    /// Many `uint8` arrays of 1 MiB each, every one under the per-array limit.
    ManyArrays,
}

pub fn hostile_model(kind: Hostile, total: usize) -> Vec<u8> {
    let base = tiny_model();
    let base_len = base.bytes().len();
    // The padding goes first, so the reader meets it before anything it could refuse.
    let with_first = |kvs: Vec<(String, Kv)>| {
        let mut w = tiny_model();
        let rest = std::mem::take(&mut w.kvs);
        w.kvs = kvs;
        w.kvs.extend(rest);
        w
    };
    let key = "general.padding";
    // key length + key + value type + element type + element count
    let overhead = 8 + key.len() + 4 + 4 + 8;
    let room = total.saturating_sub(base_len + overhead);
    let w = match kind {
        Hostile::U8Array => with_first(vec![(key.into(), Kv::U8Array(vec![7; room]))]),
        Hostile::EmptyStrings => with_first(vec![(key.into(), Kv::EmptyStrArray((room / 8) as u64))]),
        Hostile::ManyArrays => {
            let each = 1 << 20;
            let per = 8 + "general.padding.0000".len() + 4 + 4 + 8 + each;
            let kvs = (0..total.saturating_sub(base_len) / per)
                .map(|i| (format!("general.padding.{i:04}"), Kv::U8Array(vec![7; each])))
                .collect();
            with_first(kvs)
        }
    };
    let mut bytes = w.bytes();
    // Tensor data sits at the end; zeros after it keep every offset valid and fill the file up.
    if bytes.len() < total {
        bytes.resize(total, 0);
    }
    bytes
}

/// Writes `bytes` to a fresh file in the temp folder and returns its path.
pub fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klar-lab-tests-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let p = dir.join(name);
    if let Err(e) = std::fs::write(&p, bytes) {
        panic!("cannot write test file {}: {e}", p.display());
    }
    p
}

/// The real default model, or a failing test that says how to get it.
pub fn real_model() -> PathBuf {
    let p = klar_lab::paths::default_model();
    if !p.exists() {
        panic!(
            "the model file {} is missing: run `cargo xtask fetch-models` first (the test command does)",
            p.display()
        );
    }
    p
}

/// The real multilingual model (Gemma 3 270M), or a failing test that says how to get it.
pub fn gemma_model() -> PathBuf {
    let p = klar_lab::paths::models_dir().join(klar_lab::paths::MULTILINGUAL_MODEL_FILE);
    if !p.exists() {
        panic!("the model file {} is missing: run `cargo xtask fetch-models` first", p.display());
    }
    p
}

/// The reference outputs of llama.cpp for SmolLM2-135M, kept in the crate's test data so that a
/// clone of the repository on its own passes its tests.
pub fn reference() -> serde_json::Value {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/smollm2_public.json");
    let text = std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("cannot read the reference {}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("reference is not JSON: {e}"))
}

/// A reference file's token ids (`prompt_token_ids`, greedy `tokens`) as numbers.
pub fn ids(v: &serde_json::Value) -> Vec<u32> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_u64()).map(|x| x as u32).collect())
        .unwrap_or_default()
}

/// A reference prompt's ten most likely next tokens: (id, natural-log probability).
pub fn reference_top10(p: &serde_json::Value) -> Vec<(u32, f64)> {
    p["top10_next"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|t| (t["id"].as_u64().unwrap_or(0) as u32, t["logprob"].as_f64().unwrap_or(0.0)))
                .collect()
        })
        .unwrap_or_default()
}
