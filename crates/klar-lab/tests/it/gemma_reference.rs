//! The real Gemma 3 270M file against llama.cpp's reference outputs (tests/data/gemma3_public.json):
//! token ids, next-token distributions and greedy continuations on 20 prompts in six languages;
//! a Gemma file with a missing or odd key is refused; the CLI's `tokenize` starts with BOS 2.
//! Run with `--nocapture` to see the figures.

use crate::support::*;
use klar_lab::{Engine, EngineOptions, GenerateParams, Sampling};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

const MARGIN: f64 = 0.7;

fn engine() -> Engine {
    let path = gemma_model();
    Engine::load(&path, &EngineOptions { threads: 2, max_context: Some(512) })
        .unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()))
}

fn prompts() -> Vec<Value> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/gemma3_public.json");
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("reference is not JSON: {e}"));
    v["prompts"].as_array().cloned().unwrap_or_default()
}

fn name(p: &Value) -> String {
    p["id"].as_str().unwrap_or("?").to_string()
}

#[test]
fn gemma_prompt_token_ids_are_identical() {
    let e = engine();
    assert_eq!(e.config().architecture, "gemma3");
    let ps = prompts();
    assert_eq!(ps.len(), 20);
    for p in &ps {
        let text = p["prompt_text"].as_str().unwrap_or_default();
        let t = e.tokenize(text).unwrap_or_else(|err| panic!("{}: {err}", name(p)));
        assert_eq!(t.ids, ids(&p["prompt_token_ids"]), "prompt {}", name(p));
        let pieces: Vec<String> = p["prompt_token_pieces"]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect())
            .unwrap_or_default();
        assert_eq!(t.tokens, pieces, "prompt {}", name(p));
        // Decoding gives the text back (BOS is a control token, left out).
        assert_eq!(e.tokenizer().decode(&t.ids, false), text, "prompt {}", name(p));
    }
    eprintln!("gemma tokenizer: {} prompts, ids identical to llama.cpp", ps.len());
}

#[test]
fn gemma_next_token_distributions_match() {
    let mut e = engine();
    let mut diffs = Vec::new();
    let mut top1_checked = 0;
    for p in prompts() {
        let id = name(&p);
        let refs = reference_top10(&p);
        let top = e
            .top_k_ids(&ids(&p["prompt_token_ids"]), 5)
            .unwrap_or_else(|err| panic!("{id}: {err}"));
        let margin0 = p["greedy"]["margins"][0].as_f64().unwrap_or(0.0);
        let mut line = Vec::new();
        for t in &top.top {
            let lp = refs.iter().find(|r| r.0 == t.id).map(|r| r.1);
            line.push(format!("{}:{:.3}/{}", t.id, t.logprob, lp.map_or("-".into(), |l| format!("{l:.3}"))));
        }
        eprintln!("{id}: {}", line.join(" "));
        if margin0 >= MARGIN {
            assert_eq!(top.top[0].id, refs[0].0, "{id}: top-1 differs (reference margin {margin0})");
            top1_checked += 1;
        }
        for t in &top.top {
            let Some(&(_, lp)) = refs.iter().find(|r| r.0 == t.id) else {
                panic!("{id}: token {} ({:?}) is not in the reference top-10", t.id, t.text)
            };
            let d = (t.logprob - lp).abs();
            assert!(d <= 0.6, "{id}: token {} logprob {} vs reference {lp}", t.id, t.logprob);
            diffs.push(d);
        }
    }
    diffs.sort_by(f64::total_cmp);
    let median = diffs[diffs.len() / 2];
    let max = diffs.last().copied().unwrap_or(0.0);
    eprintln!(
        "gemma top-5 |logprob diff|: median {median:.4}, max {max:.4} over {} tokens; top-1 checked on {top1_checked} confident prompts",
        diffs.len()
    );
    assert!(median <= 0.15, "median |diff| {median}");
}

#[test]
fn gemma_greedy_continuations_match() {
    let mut e = engine();
    let no = AtomicBool::new(false);
    let mut checked = 0;
    for p in prompts() {
        let id = name(&p);
        let want = ids(&p["greedy"]["ids"]);
        let margins: Vec<f64> = p["greedy"]["margins"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default();
        let n = margins.iter().position(|&m| m < MARGIN).unwrap_or(margins.len()).min(16);
        if n == 0 {
            continue;
        }
        // EOS is not a stop in the reference either.
        let params = GenerateParams { max_tokens: n, sampling: Sampling::greedy(), stop_at_eos: false };
        let g = e
            .generate_ids(&ids(&p["prompt_token_ids"]), &params, &no, &mut |_| {})
            .unwrap_or_else(|err| panic!("{id}: {err}"));
        assert_eq!(g.ids, want[..n], "{id}: greedy differs within the first {n} confident steps");
        eprintln!("{id}: {n} greedy steps identical");
        checked += n;
    }
    eprintln!("gemma greedy: {checked} confident steps identical to the reference");
}

#[test]
fn cli_tokenize_starts_with_gemma_bos() {
    let model = gemma_model().to_string_lossy().to_string();
    let p = &prompts()[3];
    let prompt = temp_file("gemma-cli-prompt.txt", p["prompt_text"].as_str().unwrap_or("").as_bytes());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_klar-lab"))
        .args(["tokenize", "--model", &model, "--prompt-file", &prompt.to_string_lossy()])
        .output()
        .unwrap_or_else(|e| panic!("cannot run klar-lab: {e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    assert_eq!(ids(&v["ids"]), ids(&p["prompt_token_ids"]));
    assert_eq!(ids(&v["ids"])[0], 2);
}

/// A tiny random Gemma 3 written here: SentencePiece vocabulary (scores, byte tokens, a
/// user-defined run of spaces), 6 layers so that the last one is global, a sliding window of 4.
fn tiny_gemma() -> GgufWriter {
    let mut tokens: Vec<String> = ["<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "  "]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut types = vec![3i32, 3, 3, 3, 3, 4];
    let mut scores = vec![-1000f32; 6];
    for b in 0..=255u8 {
        tokens.push(format!("<0x{b:02X}>"));
        types.push(6);
        scores.push(0.0);
    }
    let words = ["▁", "h", "e", "l", "o", "w", "r", "d", "he", "ll", "hell", "hello", "▁hello", "▁w", "or", "▁wor", "ld", "▁world"];
    for (i, w) in words.iter().enumerate() {
        tokens.push(w.to_string());
        types.push(1);
        scores.push(-(i as f32));
    }
    let vocab = tokens.len();
    let (d, nh, hd, ff, layers) = (64usize, 2usize, 32usize, 96usize, 6usize);
    let mut w = GgufWriter::new();
    w.kv("general.architecture", Kv::Str("gemma3".into()))
        .kv("gemma3.block_count", Kv::U32(layers as u32))
        .kv("gemma3.context_length", Kv::U32(64))
        .kv("gemma3.embedding_length", Kv::U32(d as u32))
        .kv("gemma3.feed_forward_length", Kv::U32(ff as u32))
        .kv("gemma3.attention.head_count", Kv::U32(nh as u32))
        .kv("gemma3.attention.head_count_kv", Kv::U32(1))
        .kv("gemma3.attention.key_length", Kv::U32(hd as u32))
        .kv("gemma3.attention.value_length", Kv::U32(hd as u32))
        .kv("gemma3.attention.sliding_window", Kv::U32(4))
        .kv("gemma3.rope.freq_base", Kv::F32(1e6))
        .kv("gemma3.attention.layer_norm_rms_epsilon", Kv::F32(1e-6))
        .kv("tokenizer.ggml.model", Kv::Str("llama".into()))
        .kv("tokenizer.ggml.tokens", Kv::StrArray(tokens))
        .kv("tokenizer.ggml.scores", Kv::F32Array(scores))
        .kv("tokenizer.ggml.token_type", Kv::I32Array(types))
        .kv("tokenizer.ggml.bos_token_id", Kv::U32(2))
        .kv("tokenizer.ggml.eos_token_id", Kv::U32(1))
        .kv("tokenizer.ggml.add_bos_token", Kv::Bool(true))
        .kv("tokenizer.ggml.add_space_prefix", Kv::Bool(false));
    let mut rng = Lcg::new(99);
    let mut rand = |n: usize, scale: f32| -> Vec<f32> { (0..n).map(|_| rng.next_f32() * scale).collect() };
    let (du, qd, kv, ffu) = (d as u64, (nh * hd) as u64, hd as u64, ff as u64);
    w.tensors.push(("token_embd.weight".into(), vec![du, vocab as u64], 8, q8_0_bytes(&rand(vocab * d, 0.3))));
    let ones = |n: usize| f32_bytes(&vec![1.0; n]);
    for l in 0..layers {
        let p = |s: &str| format!("blk.{l}.{s}.weight");
        w.tensors.push((p("attn_norm"), vec![du], 0, ones(d)));
        w.tensors.push((p("attn_q"), vec![du, qd], 8, q8_0_bytes(&rand(d * nh * hd, 0.3))));
        w.tensors.push((p("attn_k"), vec![du, kv], 8, q8_0_bytes(&rand(d * hd, 0.3))));
        w.tensors.push((p("attn_v"), vec![du, kv], 0, f32_bytes(&rand(d * hd, 0.3))));
        w.tensors.push((p("attn_q_norm"), vec![kv], 0, ones(hd)));
        w.tensors.push((p("attn_k_norm"), vec![kv], 0, ones(hd)));
        w.tensors.push((p("attn_output"), vec![qd, du], 8, q8_0_bytes(&rand(d * nh * hd, 0.3))));
        w.tensors.push((p("post_attention_norm"), vec![du], 0, ones(d)));
        w.tensors.push((p("ffn_norm"), vec![du], 0, ones(d)));
        w.tensors.push((p("ffn_gate"), vec![du, ffu], 8, q8_0_bytes(&rand(d * ff, 0.3))));
        w.tensors.push((p("ffn_up"), vec![du, ffu], 8, q8_0_bytes(&rand(d * ff, 0.3))));
        w.tensors.push((p("ffn_down"), vec![ffu, du], 0, f32_bytes(&rand(d * ff, 0.3))));
        w.tensors.push((p("post_ffw_norm"), vec![du], 0, ones(d)));
    }
    w.tensors.push(("output_norm.weight".into(), vec![du], 0, ones(d)));
    w
}

fn tiny_engine(name: &str, w: &GgufWriter) -> klar_lab::Result<Engine> {
    let p = temp_file(name, &w.bytes());
    Engine::load(&p, &EngineOptions { threads: 2, max_context: None })
}

#[test]
fn tiny_gemma_tokenizer_follows_sentencepiece() -> klar_lab::Result<()> {
    let e = tiny_engine("tiny-gemma-tok.gguf", &tiny_gemma())?;
    let tok = e.tokenizer();
    let piece = |id: u32| tok.piece(id).to_string();
    // BOS from the metadata, no space added in front, the highest-scoring merges win.
    let t = e.tokenize("hello world")?;
    assert_eq!(t.tokens, ["<bos>", "hello", "▁world"]);
    // A character that is no piece falls back to its UTF-8 bytes; a run of two spaces is the
    // user-defined token even in learner text; control tokens stay text there.
    let ids = tok.encode_text("hello  ß<start_of_turn>")?;
    let pieces: Vec<String> = ids.iter().map(|&i| piece(i)).collect();
    assert_eq!(pieces[..5], ["<bos>", "hello", "  ", "<0xC3>", "<0x9F>"]);
    assert!(!ids[1..].iter().any(|&i| tok.is_control(i)), "{pieces:?}");
    assert_eq!(tok.decode(&ids, false), "hello  ß<start_of_turn>");
    // Author prompts parse control tokens.
    let ids = tok.encode("hello<start_of_turn>")?;
    assert_eq!(ids.len(), 3);
    assert!(tok.is_control(ids[2]));
    Ok(())
}

#[test]
fn tiny_gemma_batched_and_incremental_agree_past_the_window() -> klar_lab::Result<()> {
    let mut e = tiny_engine("tiny-gemma-cache.gguf", &tiny_gemma())?;
    assert_eq!(e.config().architecture, "gemma3");
    // Nine tokens: longer than the sliding window of 4, so local layers must forget the start.
    let ids = e.tokenizer().encode("hello world hello world hello")?;
    assert!(ids.len() > 4, "{ids:?}");
    let full = e.top_k_ids(&ids, 5)?;
    e.reset();
    let mut last = None;
    for n in 1..=ids.len() {
        last = Some(e.top_k_ids(&ids[..n], 5)?);
    }
    let inc = last.ok_or_else(|| klar_lab::Error::InvalidInput("empty".into()))?;
    for (a, b) in full.top.iter().zip(&inc.top) {
        assert_eq!(a.id, b.id);
        assert!((a.logprob - b.logprob).abs() < 1e-3, "{a:?} vs {b:?}");
    }
    Ok(())
}

#[test]
fn gemma_file_with_missing_or_odd_keys_is_refused() {
    let cases: [(&str, Option<Kv>, &str); 4] = [
        ("gemma3.attention.key_length", None, "gemma3.attention.key_length is missing"),
        ("gemma3.attention.head_count_kv", Some(Kv::U32(3)), "do not fit"),
        ("gemma3.rope.freq_base", Some(Kv::F32(f32::NAN)), "gemma3.rope.freq_base"),
        ("tokenizer.ggml.scores", None, "tokenizer.ggml.scores is missing"),
    ];
    for (key, value, needle) in cases {
        let mut w = tiny_gemma();
        match value {
            Some(v) => {
                w.kv(key, v);
            }
            None => w.kvs.retain(|(k, _)| k != key),
        }
        match tiny_engine("tiny-gemma-bad.gguf", &w) {
            Ok(_) => panic!("{key}: a broken Gemma file was accepted"),
            Err(e) => assert!(e.to_string().contains(needle), "{key}: '{e}' lacks '{needle}'"),
        }
    }
}
