//! Scoring without generating: the most likely next tokens, raw next-token logits, the
//! probability of a continuation and a text's perplexity.

use super::types::{Perplexity, TokenProb, TopK};
use super::{Engine, PREFILL_CHUNK};
use crate::error::{Error, Result};
use crate::model::Logits;
use crate::sampling::log_softmax;
use std::sync::atomic::{AtomicBool, Ordering};

impl Engine {
    /// The `k` most likely next tokens after `prompt` (log-softmax at temperature 1).
    pub fn top_k(&mut self, prompt: &str, k: usize) -> Result<TopK> {
        let ids = self.tokenizer.encode(prompt)?;
        self.top_k_ids(&ids, k)
    }

    pub fn top_k_ids(&mut self, ids: &[u32], k: usize) -> Result<TopK> {
        let logits = self.prefill(ids)?;
        let lp = log_softmax(&logits);
        Ok(TopK {
            prompt_ids: ids.to_vec(),
            top: self.best_of(&lp, k),
        })
    }
    /// The `k` most likely entries of a log-probability vector, most likely first.
    fn best_of(&self, lp: &[f64], k: usize) -> Vec<TokenProb> {
        let mut order: Vec<usize> = (0..lp.len()).collect();
        let k = k.min(order.len());
        if k > 0 && k < order.len() {
            order.select_nth_unstable_by(k - 1, |&a, &b| lp[b].total_cmp(&lp[a]));
        }
        order.truncate(k);
        order.sort_by(|&a, &b| lp[b].total_cmp(&lp[a]));
        order
            .into_iter()
            .map(|i| TokenProb {
                id: i as u32,
                text: self.token_text(i as u32),
                logprob: lp[i],
            })
            .collect()
    }

    /// Raw next-token logits after `ids` (the next-token explorer reshapes them itself).
    pub fn next_logits(&mut self, ids: &[u32]) -> Result<Vec<f32>> {
        self.prefill(ids)
    }

    /// Log-probability that `continuation` follows `prompt` (sum over its tokens). Both are
    /// token ids, so a continuation like " she" keeps its own leading-space token.
    pub fn continuation_logprob(&mut self, prompt: &[u32], continuation: &[u32]) -> Result<f64> {
        if continuation.is_empty() {
            return Err(Error::InvalidInput("the continuation is empty".into()));
        }
        self.check_context(prompt.len() + continuation.len())?;
        let mut logits = self.prefill(prompt)?;
        let mut total = 0.0;
        for (i, &id) in continuation.iter().enumerate() {
            let lp = log_softmax(&logits);
            total += lp.get(id as usize).copied().ok_or_else(|| {
                Error::InvalidInput(format!("token id {id} is outside the vocabulary"))
            })?;
            if i + 1 < continuation.len() {
                logits = self.run(&[id], Logits::Last)?;
            }
        }
        Ok(total)
    }

    /// Log-probability of every token of `text` given the ones before it, and the perplexity.
    pub fn perplexity(&mut self, text: &str) -> Result<Perplexity> {
        let ids = self.tokenizer.encode(text)?;
        self.perplexity_ids(&ids)
    }

    pub fn perplexity_ids(&mut self, ids: &[u32]) -> Result<Perplexity> {
        self.perplexity_cancellable(ids, &AtomicBool::new(false))
    }

    /// Like [`Engine::perplexity_ids`]; `cancel` is checked between chunks of the text and a
    /// cancelled run ends with [`Error::Cancelled`].
    pub fn perplexity_cancellable(&mut self, ids: &[u32], cancel: &AtomicBool) -> Result<Perplexity> {
        if ids.len() < 2 {
            return Err(Error::InvalidInput(
                "perplexity needs a text of at least two tokens".into(),
            ));
        }
        self.check_context(ids.len())?;
        self.reset();
        let vocab = self.info.vocab;
        let mut logprobs = Vec::with_capacity(ids.len() - 1);
        // Chunks keep the logits buffer small on long texts and a Stop quick; the cache
        // carries the context.
        for start in (0..ids.len() - 1).step_by(PREFILL_CHUNK) {
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            let end = (start + PREFILL_CHUNK).min(ids.len() - 1);
            let logits = self.run(&ids[start..end], Logits::All)?;
            for (i, row) in logits.chunks_exact(vocab).enumerate() {
                let lp = log_softmax(row);
                logprobs.push(lp[ids[start + i + 1] as usize]);
            }
        }
        let mean = -logprobs.iter().sum::<f64>() / logprobs.len() as f64;
        Ok(Perplexity {
            ids: ids.to_vec(),
            logprobs,
            perplexity: mean.exp(),
        })
    }
}
