//! Streamed generation: prefill, then sample token by token with `cancel` checked before every
//! token, reporting each token's text, probability and alternatives as it is made.

use super::types::{GenerateParams, Generation, StopReason, TokenProb, TokenStep};
use super::Engine;
use crate::error::Result;
use crate::model::Logits;
use crate::sampling::Sampler;
use crate::tokenizer::Utf8Stream;
use std::sync::atomic::{AtomicBool, Ordering};

/// The log-normaliser of a logits row and its best entries, found in two passes without
/// allocating a row of probabilities (this runs once per generated token).
struct StepScores {
    lse: f64,
    top: Vec<(u32, f32)>,
}

impl StepScores {
    fn of(logits: &[f32], k: usize) -> StepScores {
        let mut top: Vec<(u32, f32)> = Vec::with_capacity(k + 1);
        let mut max = f32::NEG_INFINITY;
        for (i, &l) in logits.iter().enumerate() {
            max = max.max(l);
            if top.len() < k || top.last().is_some_and(|&(_, m)| l > m) {
                let at = top.iter().position(|&(_, m)| l > m).unwrap_or(top.len());
                top.insert(at, (i as u32, l));
                top.truncate(k);
            }
        }
        let sum: f64 = logits.iter().map(|&l| ((l - max) as f64).exp()).sum();
        StepScores { lse: max as f64 + sum.ln(), top }
    }
}

/// How many alternatives each streamed token carries.
const STEP_ALTERNATIVES: usize = 3;

impl Engine {
    /// Generates a continuation of `prompt`, passing text pieces to `on_text` as they become
    /// complete characters. `cancel` is checked before every token and between prefill chunks;
    /// a cancelled generation returns what was produced so far with `StopReason::Cancelled`.
    pub fn generate(
        &mut self,
        prompt: &str,
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Generation> {
        let ids = self.tokenizer.encode(prompt)?;
        self.generate_ids(&ids, params, cancel, on_text)
    }

    /// Like [`Engine::generate`], from token ids.
    pub fn generate_ids(
        &mut self,
        prompt_ids: &[u32],
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Generation> {
        let pool = std::sync::Arc::clone(&self.pool);
        pool.install(|| {
            self.generate_on_worker(prompt_ids, params, cancel, false, &mut |step: &TokenStep| {
                if !step.text.is_empty() {
                    on_text(&step.text)
                }
            })
        })
    }

    /// Like [`Engine::generate_ids`], reporting every token with its probability and the
    /// alternatives the model considered (for the "why did it say that?" view).
    pub fn generate_steps(
        &mut self,
        prompt_ids: &[u32],
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_step: &mut (dyn FnMut(&TokenStep) + Send),
    ) -> Result<Generation> {
        // The whole loop runs on a worker of the pool: no hand-over between threads per token,
        // which matters when other programs keep the cores busy.
        let pool = std::sync::Arc::clone(&self.pool);
        pool.install(|| self.generate_on_worker(prompt_ids, params, cancel, true, on_step))
    }

    /// `detail`: work out each token's probability and alternatives (one extra pass over the
    /// logits per token); plain text generation skips it.
    fn generate_on_worker(
        &mut self,
        prompt_ids: &[u32],
        params: &GenerateParams,
        cancel: &AtomicBool,
        detail: bool,
        on_step: &mut (dyn FnMut(&TokenStep) + Send),
    ) -> Result<Generation> {
        let start = self.stopwatch.now();
        let mut sampler = Sampler::new(&params.sampling);
        let mut history = prompt_ids.to_vec();
        let mut out = Vec::new();
        let mut text = String::new();
        let mut stream = Utf8Stream::default();
        let mut ttft = None;
        let mut first_at = start;
        let mut stop = StopReason::MaxTokens;
        let prefilled = if cancel.load(Ordering::Relaxed) || params.max_tokens == 0 {
            None
        } else {
            self.prefill_cancellable(prompt_ids, Some(cancel))?
        };
        if cancel.load(Ordering::Relaxed) {
            stop = StopReason::Cancelled;
        } else if let Some(mut logits) = prefilled {
            loop {
                if cancel.load(Ordering::Relaxed) {
                    stop = StopReason::Cancelled;
                    break;
                }
                // Scored before sampling: the repeat penalty changes the logits in place.
                let scores = detail.then(|| StepScores::of(&logits, STEP_ALTERNATIVES));
                let raw = detail.then(|| logits.clone());
                let next = sampler.sample(&mut logits, &history)?;
                if ttft.is_none() {
                    first_at = self.stopwatch.now();
                    ttft = Some(first_at - start);
                }
                out.push(next);
                history.push(next);
                let eos = params.stop_at_eos && self.tokenizer.stop_ids.contains(&next);
                let piece = if eos {
                    String::new()
                } else {
                    let mut bytes = Vec::new();
                    self.tokenizer.token_bytes(next, false, &mut bytes);
                    stream.push(&bytes)
                };
                text.push_str(&piece);
                let (prob, alternatives) = match (&scores, &raw) {
                    (Some(sc), Some(raw)) => (
                        raw.get(next as usize).map_or(0.0, |&l| (l as f64 - sc.lse).exp() as f32),
                        sc.top
                            .iter()
                            .map(|&(id, l)| TokenProb { id, text: self.token_text(id), logprob: l as f64 - sc.lse })
                            .collect(),
                    ),
                    _ => (0.0, Vec::new()),
                };
                on_step(&TokenStep { id: next, text: piece, prob, alternatives });
                if eos {
                    stop = StopReason::EndOfSequence;
                    break;
                }
                if out.len() >= params.max_tokens {
                    break;
                }
                if history.len() >= self.context {
                    stop = StopReason::ContextFull;
                    break;
                }
                logits = self.run(&[next], Logits::Last)?;
            }
        }
        let rest = stream.finish();
        if !rest.is_empty() {
            text.push_str(&rest);
            if let Some(&last) = out.last() {
                on_step(&TokenStep { id: last, text: rest, prob: 0.0, alternatives: Vec::new() });
            }
        }
        let end = self.stopwatch.now();
        let decode = (end - first_at).as_secs_f64();
        let tokens_per_s = if out.len() > 1 && decode > 0.0 {
            (out.len() - 1) as f64 / decode
        } else {
            0.0
        };
        Ok(Generation {
            ids: out,
            text,
            prompt_tokens: prompt_ids.len(),
            ttft_ms: ttft.map(|d| d.as_secs_f64() * 1e3).unwrap_or(0.0),
            tokens_per_s,
            stop,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sampling::log_softmax;

    #[test]
    fn step_scores_match_log_softmax() {
        let logits = [0.5f32, 3.0, -1.0, 3.0, 2.5, 0.0];
        let sc = StepScores::of(&logits, 3);
        let lp = log_softmax(&logits);
        assert_eq!(sc.top.iter().map(|t| t.0).collect::<Vec<_>>(), vec![1, 3, 4], "ties keep the first");
        for &(id, l) in &sc.top {
            assert!((l as f64 - sc.lse - lp[id as usize]).abs() < 1e-9);
        }
    }
}
