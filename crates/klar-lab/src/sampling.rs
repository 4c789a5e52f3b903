//! How the next token is chosen: a `Sampling` value (temperature, top-k, top-p, repeat penalty, seed)
//! and the seeded sampler built from it, on top of candle's LogitsProcessor.

use crate::error::Result;
use candle_core::{Device, Tensor};
use candle_transformers::generation::{LogitsProcessor, Sampling as CandleSampling};

/// Sampling settings. The same value and seed always give the same tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Sampling {
    /// 0 means greedy (always the most likely token).
    pub temperature: f64,
    /// Keep only the k most likely tokens (0 = all).
    pub top_k: usize,
    /// Keep the smallest set whose probability reaches p (1.0 = all).
    pub top_p: f64,
    /// > 1 makes tokens seen in the last `repeat_last_n` less likely (1.0 = off).
    pub repeat_penalty: f32,
    pub repeat_last_n: usize,
    pub seed: u64,
}

impl Default for Sampling {
    fn default() -> Self {
        Sampling {
            temperature: 0.7,
            top_k: 40,
            top_p: 0.95,
            repeat_penalty: 1.1,
            repeat_last_n: 64,
            seed: 42,
        }
    }
}

impl Sampling {
    /// Always the most likely token, no penalty: what tests and references use.
    pub fn greedy() -> Self {
        Sampling {
            temperature: 0.0,
            top_k: 0,
            top_p: 1.0,
            repeat_penalty: 1.0,
            repeat_last_n: 0,
            seed: 0,
        }
    }

    pub fn is_greedy(&self) -> bool {
        self.temperature <= 0.0
    }
}

/// A seeded sampler for one generation.
pub struct Sampler {
    settings: Sampling,
    inner: LogitsProcessor,
}

impl Sampler {
    pub fn new(settings: &Sampling) -> Self {
        let t = settings.temperature;
        let k = settings.top_k;
        let p = settings.top_p;
        let mode = if settings.is_greedy() {
            CandleSampling::ArgMax
        } else {
            match (k > 0, p > 0.0 && p < 1.0) {
                (true, true) => CandleSampling::TopKThenTopP { k, p, temperature: t },
                (true, false) => CandleSampling::TopK { k, temperature: t },
                (false, true) => CandleSampling::TopP { p, temperature: t },
                (false, false) => CandleSampling::All { temperature: t },
            }
        };
        Sampler {
            settings: settings.clone(),
            inner: LogitsProcessor::from_sampling(settings.seed, mode),
        }
    }

    /// Picks the next token from `logits`, given the tokens so far (for the repeat penalty).
    pub fn sample(&mut self, logits: &mut [f32], history: &[u32]) -> Result<u32> {
        let s = &self.settings;
        if s.repeat_penalty != 1.0 && s.repeat_last_n > 0 {
            let start = history.len().saturating_sub(s.repeat_last_n);
            let mut seen = std::collections::HashSet::new();
            for &id in &history[start..] {
                if seen.insert(id) {
                    if let Some(l) = logits.get_mut(id as usize) {
                        *l = if *l >= 0.0 { *l / s.repeat_penalty } else { *l * s.repeat_penalty };
                    }
                }
            }
        }
        if s.is_greedy() {
            return Ok(argmax(logits));
        }
        let t = Tensor::from_slice(logits, logits.len(), &Device::Cpu)?;
        Ok(self.inner.sample(&t)?)
    }
}

/// Index of the largest value (first one on ties).
pub fn argmax(xs: &[f32]) -> u32 {
    let mut best = 0;
    for (i, &v) in xs.iter().enumerate() {
        if v > xs[best] {
            best = i;
        }
    }
    best as u32
}

/// Natural-log softmax in f64.
pub fn log_softmax(logits: &[f32]) -> Vec<f64> {
    let max = logits.iter().fold(f32::NEG_INFINITY, |m, &v| m.max(v)) as f64;
    let lse = logits.iter().map(|&v| (v as f64 - max).exp()).sum::<f64>().ln() + max;
    logits.iter().map(|&v| v as f64 - lse).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_takes_the_largest() -> Result<()> {
        let mut s = Sampler::new(&Sampling::greedy());
        assert_eq!(s.sample(&mut [0.1, 3.0, -1.0, 2.9], &[])?, 1);
        Ok(())
    }

    #[test]
    fn same_seed_same_tokens() -> Result<()> {
        let settings = Sampling {
            temperature: 1.0,
            seed: 7,
            ..Sampling::default()
        };
        let logits: Vec<f32> = (0..50).map(|i| (i % 7) as f32 * 0.3).collect();
        let run = || -> Result<Vec<u32>> {
            let mut s = Sampler::new(&settings);
            (0..20).map(|_| s.sample(&mut logits.clone(), &[])).collect()
        };
        assert_eq!(run()?, run()?);
        Ok(())
    }

    #[test]
    fn repeat_penalty_lowers_seen_tokens() -> Result<()> {
        let settings = Sampling {
            repeat_penalty: 2.0,
            repeat_last_n: 8,
            ..Sampling::greedy()
        };
        let mut s = Sampler::new(&settings);
        // Token 0 leads, but it was just used: 3.0/2 < 2.0.
        assert_eq!(s.sample(&mut [3.0, 2.0, 1.0], &[0])?, 1);
        Ok(())
    }

    #[test]
    fn log_softmax_sums_to_one() {
        let lp = log_softmax(&[1.0, 2.0, 3.0]);
        let total: f64 = lp.iter().map(|v| v.exp()).sum();
        assert!((total - 1.0).abs() < 1e-12);
    }
}
