//! `klar-lab bench`: the engine's speed figures (prompt and generation speed, first-token time
//! of a chat prompt, peak memory). It sits above both the engine and the chat template, so the
//! engine never needs the chat module.

use crate::chat::{self, Message};
use crate::engine::{Engine, GenerateParams};
use crate::error::Result;
use crate::model::Logits;
use crate::sampling::{argmax, Sampling};
use crate::system;
use serde::Serialize;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// Figures of [`run`].
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BenchReport {
    pub load_ms: f64,
    pub pp_tokens_per_s: f64,
    pub tg_tokens_per_s: f64,
    pub peak_rss_mib: f64,
    pub chat40_ttft_ms: f64,
    pub threads: usize,
    pub kernel: &'static str,
}

/// Prompt speed on 128 tokens, generation speed over 128 tokens, first-token time of a
/// 40-token chat prompt and peak memory. Clears the engine's cache.
pub fn run(engine: &mut Engine) -> Result<BenchReport> {
    let text = "The library opens at nine. Learners read short lessons, try a small model on \
                their own computer, answer questions and write what they noticed. "
        .repeat(12);
    let mut ids = engine.tokenizer().encode(&text)?;
    ids.truncate(128);
    let n = ids.len();
    // Warm-up: touches every weight once so the figures do not include page faults.
    engine.reset();
    engine.run(&ids[..8.min(n)], Logits::Last)?;
    engine.reset();
    let t0 = Instant::now();
    let mut logits = engine.run(&ids, Logits::Last)?;
    let pp = n as f64 / t0.elapsed().as_secs_f64();
    let pool = engine.pool();
    let tg = pool.install(|| -> Result<f64> {
        let t1 = Instant::now();
        for _ in 0..128 {
            let next = argmax(&logits);
            logits = engine.run(&[next], Logits::Last)?;
        }
        Ok(128.0 / t1.elapsed().as_secs_f64())
    })?;
    let prompt = chat::render(&[Message::user("Write a haiku about autumn leaves.")], None);
    engine.reset();
    let params = GenerateParams { max_tokens: 1, sampling: Sampling::greedy(), stop_at_eos: true };
    let g = engine.generate(&prompt, &params, &AtomicBool::new(false), &mut |_| {})?;
    engine.reset();
    Ok(BenchReport {
        load_ms: engine.load_time().as_secs_f64() * 1e3,
        pp_tokens_per_s: pp,
        tg_tokens_per_s: tg,
        peak_rss_mib: system::peak_rss().map(|b| b as f64 / 1048576.0).unwrap_or(0.0),
        chat40_ttft_ms: g.ttft_ms,
        threads: engine.threads(),
        kernel: engine.kernel(),
    })
}
