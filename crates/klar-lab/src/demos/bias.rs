//! Bias probe: how likely the model finds " he", " she" or " they" after prompts that differ
//! only in a job. The numbers come straight from the model; nothing is smoothed.

use crate::engine::Engine;
use crate::error::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

/// One continuation after one prompt.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct BiasCell {
    pub continuation: String,
    /// The model's probability of the continuation's tokens following the prompt.
    pub prob: f64,
    /// Its share among the continuations compared (they sum to 1 per row).
    pub share: f64,
}

/// One prompt with its continuations.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct BiasRow {
    pub prompt: String,
    pub cells: Vec<BiasCell>,
}

const MAX_PROMPTS: usize = 8;
const MAX_CONTINUATIONS: usize = 6;

/// Probabilities of every continuation after every prompt.
pub fn probe(
    engine: &mut Engine,
    prompts: &[String],
    continuations: &[String],
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<Vec<BiasRow>> {
    if prompts.is_empty() || prompts.len() > MAX_PROMPTS {
        return Err(Error::InvalidInput(format!("give between 1 and {MAX_PROMPTS} prompts")));
    }
    if continuations.len() < 2 || continuations.len() > MAX_CONTINUATIONS {
        return Err(Error::InvalidInput(format!("give between 2 and {MAX_CONTINUATIONS} continuations")));
    }
    let mut conts = Vec::with_capacity(continuations.len());
    for c in continuations {
        super::cap(c, 40, "continuation")?;
        // The continuation's own tokens: no start-of-text marker in the middle of a text.
        let mut ids = Vec::new();
        engine.tokenizer().append_text(c, &mut ids)?;
        conts.push(ids);
    }
    let mut rows = Vec::with_capacity(prompts.len());
    for p in prompts {
        super::cap(p, 300, "prompt")?;
        let ids = engine.tokenizer().encode_text(p.trim_end())?;
        let mut probs = Vec::with_capacity(conts.len());
        for c in &conts {
            if cancel.load(std::sync::atomic::Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            probs.push(engine.continuation_logprob(&ids, c)?.exp());
        }
        let total: f64 = probs.iter().sum();
        let cells = continuations
            .iter()
            .zip(probs)
            .map(|(c, prob)| BiasCell {
                continuation: c.clone(),
                prob,
                share: if total > 0.0 { prob / total } else { 0.0 },
            })
            .collect();
        rows.push(BiasRow { prompt: p.clone(), cells });
    }
    Ok(rows)
}
