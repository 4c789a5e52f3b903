//! Corrupt, foreign and absurd model files, generated here: each must give a clear error quickly,
//! without a panic or a large allocation.

use klar_lab::{Engine, EngineOptions, Error};
use std::time::{Duration, Instant};
use crate::support::*;

fn load(name: &str, bytes: &[u8]) -> klar_lab::Result<Engine> {
    let p = temp_file(name, bytes);
    Engine::load(&p, &EngineOptions::default())
}

/// Loads and expects an error whose message contains `needle`, within 2 seconds.
fn refused(name: &str, bytes: &[u8], needle: &str) -> Error {
    let t = Instant::now();
    let r = load(name, bytes);
    assert!(t.elapsed() < Duration::from_secs(2), "{name}: took {:?}", t.elapsed());
    match r {
        Ok(_) => panic!("{name}: a broken file was accepted"),
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.contains(needle), "{name}: message '{msg}' lacks '{needle}'");
            e
        }
    }
}

fn header(n_tensors: u64, n_kv: u64) -> Vec<u8> {
    let mut b = b"GGUF".to_vec();
    b.extend_from_slice(&3u32.to_le_bytes());
    b.extend_from_slice(&n_tensors.to_le_bytes());
    b.extend_from_slice(&n_kv.to_le_bytes());
    b
}

#[test]
fn missing_file() {
    let r = Engine::load(std::path::Path::new("no/such/model.gguf"), &EngineOptions::default());
    match r {
        Err(e @ Error::ModelMissing { .. }) => assert!(e.to_string().contains("fetch-models")),
        other => panic!("expected ModelMissing, got {other:?}"),
    }
}

#[test]
fn not_gguf() {
    refused("text.gguf", b"this is a lesson, not a model\n", "GGUF magic");
    refused("empty.gguf", b"", "too short");
}

#[test]
fn truncated_everywhere() {
    let full = tiny_model().bytes();
    // Cut inside the header, the metadata, the tensor directory and the data.
    for cut in [10, 30, 200, 1500, full.len() / 2, full.len() - 1] {
        let e = refused(&format!("cut{cut}.gguf"), &full[..cut], "");
        assert!(matches!(e, Error::BadGguf { .. }), "cut {cut}: {e}");
    }
}

#[test]
fn absurd_tensor_count() {
    refused("count.gguf", &header(1 << 40, 0), "more than the file can hold");
    refused("kvcount.gguf", &header(0, u64::MAX), "more than the file can hold");
}

#[test]
fn absurd_string_length() {
    let mut b = header(0, 1);
    b.extend_from_slice(&(1u64 << 63).to_le_bytes());
    b.extend_from_slice(b"general.architecture");
    refused("strlen.gguf", &b, "string");
}

#[test]
fn absurd_array_length() {
    let mut b = header(0, 1);
    let key = b"tokenizer.ggml.tokens";
    b.extend_from_slice(&(key.len() as u64).to_le_bytes());
    b.extend_from_slice(key);
    b.extend_from_slice(&9u32.to_le_bytes());
    b.extend_from_slice(&8u32.to_le_bytes());
    b.extend_from_slice(&(1u64 << 60).to_le_bytes());
    refused("arrlen.gguf", &b, "more than the file can hold");
}

#[test]
fn overflowing_dimensions() {
    let mut w = tiny_model();
    w.tensors[1].1 = vec![1 << 32, 1 << 32, 1 << 32];
    refused("dims.gguf", &w.bytes(), "absurd dimensions");
}

#[test]
fn bad_alignment() {
    let mut w = tiny_model();
    w.kv("general.alignment", Kv::U32(0));
    refused("align0.gguf", &w.bytes(), "power of two");
    let mut w = tiny_model();
    w.kv("general.alignment", Kv::U32(48));
    refused("align48.gguf", &w.bytes(), "power of two");
}

#[test]
fn offset_past_end() {
    let w = tiny_model();
    let mut bytes = w.bytes();
    // Shrink the file so the last tensor's data no longer fits.
    bytes.truncate(bytes.len() - 100);
    refused("past.gguf", &bytes, "past the end");
}

#[test]
fn unknown_data_type() {
    let mut w = tiny_model();
    w.set_tensor_type("blk.0.attn_q.weight", 99);
    refused("dtype.gguf", &w.bytes(), "unknown data type 99");
}

#[test]
fn wrong_architecture() {
    let mut w = tiny_model();
    w.kv("general.architecture", Kv::Str("bert".into()));
    let e = refused("arch.gguf", &w.bytes(), "architecture 'bert'");
    assert!(matches!(e, Error::Unsupported { .. }));
}

#[test]
fn wrong_tokenizer() {
    // A tokenizer the engine has no code for (WordPiece, as BERT models use) is refused by name.
    let mut w = tiny_model();
    w.kv("tokenizer.ggml.model", Kv::Str("bert".into()));
    refused("bert.gguf", &w.bytes(), "tokenizer type 'bert'");
}

#[test]
fn sentencepiece_without_scores() {
    // SentencePiece (Gemma) needs the pieces' scores to merge; a file without them is refused.
    let mut w = tiny_model();
    w.kv("tokenizer.ggml.model", Kv::Str("llama".into()));
    refused("spm.gguf", &w.bytes(), "tokenizer.ggml.scores is missing");
}

#[test]
fn vocabulary_disagrees_with_embedding() {
    let mut w = tiny_model();
    let rows = w.tensors[0].1[1];
    w.tensors[0].1[1] = rows - 32;
    let cut = (rows as usize - 32) * 64 / 32 * 34;
    w.tensors[0].3.truncate(cut);
    refused("vocab.gguf", &w.bytes(), "embedding has");
}

#[test]
fn wrong_shape() {
    let mut w = tiny_model();
    for t in w.tensors.iter_mut().filter(|t| t.0 == "blk.0.attn_k.weight") {
        t.1 = vec![64, 64];
        t.3 = q4_1_bytes(&vec![0.5; 64 * 64]);
    }
    refused("shape.gguf", &w.bytes(), "has shape");
}
