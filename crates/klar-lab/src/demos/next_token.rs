//! Next-token explorer: the most likely next tokens with their probabilities at a chosen
//! temperature. The logits of the last prompt are kept, so moving the slider costs no model run.

use crate::engine::Engine;
use crate::error::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

/// Hottest temperature the explorer offers; beyond it every token looks alike.
pub const MAX_TEMPERATURE: f64 = 2.0;

/// One bar of the chart.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct Candidate {
    pub id: u32,
    pub text: String,
    /// Probability at the chosen temperature, 0..=1.
    pub prob: f64,
}

/// What the explorer shows after a prompt.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct NextTokens {
    /// Tokens of the prompt plus the tokens picked so far.
    pub prompt_tokens: u32,
    /// The text the picked tokens add to the prompt.
    pub continuation: String,
    pub temperature: f64,
    pub candidates: Vec<Candidate>,
    /// Probability of all other tokens together.
    pub rest: f64,
}

/// Keeps the logits of the last prompt.
#[derive(Debug, Default)]
pub struct Explorer {
    last: Option<(Vec<u32>, Vec<f32>)>,
}

impl Explorer {
    /// The `k` most likely tokens after `prompt` followed by the `picked` token ids.
    pub fn next_tokens(
        &mut self,
        engine: &mut Engine,
        prompt: &str,
        picked: &[u32],
        temperature: f64,
        k: usize,
    ) -> Result<NextTokens> {
        super::cap(prompt, 2000, "prompt")?;
        let mut ids = engine.tokenizer().encode_text(prompt)?;
        if let Some(bad) = picked.iter().find(|&&id| id as usize >= engine.config().vocab) {
            return Err(Error::InvalidInput(format!("token id {bad} is outside the vocabulary")));
        }
        ids.extend_from_slice(picked);
        let logits = match &self.last {
            Some((cached, logits)) if *cached == ids => logits.clone(),
            _ => {
                let logits = engine.next_logits(&ids)?;
                self.last = Some((ids.clone(), logits.clone()));
                logits
            }
        };
        let (best, rest) = reshape(&logits, temperature, k);
        Ok(NextTokens {
            prompt_tokens: ids.len() as u32,
            continuation: engine.tokenizer().decode(picked, false),
            temperature: clamp_temperature(temperature),
            candidates: best
                .into_iter()
                .map(|(id, prob)| Candidate { id, text: engine.token_text(id), prob })
                .collect(),
            rest,
        })
    }
}

#[cfg(test)]
impl Explorer {
    /// An explorer that kept the logits of an earlier prompt.
    pub(crate) fn remembering(ids: Vec<u32>, logits: Vec<f32>) -> Self {
        Explorer { last: Some((ids, logits)) }
    }

    pub(crate) fn remembers(&self) -> bool {
        self.last.is_some()
    }
}

fn clamp_temperature(t: f64) -> f64 {
    if t.is_finite() {
        t.clamp(0.0, MAX_TEMPERATURE)
    } else {
        1.0
    }
}

/// Softmax of `logits / temperature` over the whole vocabulary; returns the `k` most likely
/// tokens with their probabilities and the probability left for all others. Temperature 0
/// means greedy: the top token gets everything.
pub fn reshape(logits: &[f32], temperature: f64, k: usize) -> (Vec<(u32, f64)>, f64) {
    let t = clamp_temperature(temperature);
    let mut order: Vec<usize> = (0..logits.len()).collect();
    let k = k.min(order.len());
    if k == 0 {
        return (Vec::new(), 1.0);
    }
    order.select_nth_unstable_by(k - 1, |&a, &b| logits[b].total_cmp(&logits[a]));
    order.truncate(k);
    order.sort_by(|&a, &b| logits[b].total_cmp(&logits[a]).then(a.cmp(&b)));
    let probs: Vec<f64> = if t < 1e-3 {
        order.iter().enumerate().map(|(i, _)| if i == 0 { 1.0 } else { 0.0 }).collect()
    } else {
        let max = logits[order[0]] as f64;
        let z: f64 = logits.iter().map(|&l| ((l as f64 - max) / t).exp()).sum();
        order.iter().map(|&i| ((logits[i] as f64 - max) / t).exp() / z).collect()
    };
    let shown: f64 = probs.iter().sum();
    let best = order.into_iter().map(|i| i as u32).zip(probs).collect();
    (best, (1.0 - shown).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temperature_one_is_plain_softmax() {
        let (best, rest) = reshape(&[0.0, 1.0, 2.0], 1.0, 2);
        let z = 1f64 + 1f64.exp() + 2f64.exp();
        assert_eq!(best[0].0, 2);
        assert!((best[0].1 - 2f64.exp() / z).abs() < 1e-12);
        assert_eq!(best[1].0, 1);
        assert!((rest - 1.0 / z).abs() < 1e-12);
    }

    #[test]
    fn cold_sharpens_hot_flattens() {
        let logits = [0.0f32, 1.0, 2.0, 3.0];
        let cold = reshape(&logits, 0.3, 4).0;
        let warm = reshape(&logits, 1.0, 4).0;
        let hot = reshape(&logits, 2.0, 4).0;
        assert!(cold[0].1 > warm[0].1 && warm[0].1 > hot[0].1);
        assert!(cold[3].1 < warm[3].1 && warm[3].1 < hot[3].1);
    }

    #[test]
    fn zero_is_greedy_and_bad_values_are_tamed() {
        let (best, rest) = reshape(&[0.5, 3.0, 1.0], 0.0, 3);
        assert_eq!(best[0], (1, 1.0));
        assert_eq!(best[1].1, 0.0);
        assert_eq!(rest, 0.0);
        let (nan, _) = reshape(&[0.5, 3.0, 1.0], f64::NAN, 1);
        assert_eq!(nan[0].0, 1);
        let (huge, _) = reshape(&[0.5, 3.0, 1.0], 1e9, 3);
        let sum: f64 = huge.iter().map(|b| b.1).sum();
        assert!((sum - 1.0).abs() < 1e-9);
    }
}
