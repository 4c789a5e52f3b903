//! "AI detector": scores a text by how predictable the small model finds it (perplexity).
//! Plain, predictable writing scores "machine-like" whoever wrote it — which is exactly why such
//! detectors wrongly accuse people, especially people writing in a second language.

use crate::engine::Engine;
use crate::error::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

/// Below this perplexity a text "looks machine-written" to this detector.
/// Calibrated on SmolLM2-135M: its own answers score 6–10, a plain learner's text ~15,
/// a short formal letter ~35, vivid literary prose in the hundreds.
pub const MACHINE_BELOW: f64 = 20.0;
/// Above this it "looks human-written"; in between the detector is unsure.
pub const HUMAN_ABOVE: f64 = 60.0;
/// Fewer tokens than this give no verdict: the score is meaningless on a few words.
pub const MIN_TOKENS: usize = 12;
const MAX_CHARS: usize = 4000;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Verdict {
    LooksMachine,
    Unsure,
    LooksHuman,
    TooShort,
}

/// One token of the text and how surprising the model found it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct ScoredToken {
    pub text: String,
    /// Probability the model gave this token (the first token has none and shows 1).
    pub prob: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct DetectorReport {
    pub tokens: Vec<ScoredToken>,
    pub perplexity: f64,
    pub verdict: Verdict,
    pub machine_below: f64,
    pub human_above: f64,
}

pub fn verdict(perplexity: f64, tokens: usize) -> Verdict {
    if tokens < MIN_TOKENS {
        Verdict::TooShort
    } else if perplexity < MACHINE_BELOW {
        Verdict::LooksMachine
    } else if perplexity > HUMAN_ABOVE {
        Verdict::LooksHuman
    } else {
        Verdict::Unsure
    }
}

/// Scores `text`.
pub fn score(engine: &mut Engine, text: &str, cancel: &std::sync::atomic::AtomicBool) -> Result<DetectorReport> {
    super::cap(text, MAX_CHARS, "text")?;
    let ids = engine.tokenizer().encode_text(text.trim())?;
    if ids.len() < 2 {
        return Ok(DetectorReport {
            tokens: super::tokens::pieces(engine, text)?
                .into_iter()
                .map(|p| ScoredToken { text: p.text, prob: 1.0 })
                .collect(),
            perplexity: 0.0,
            verdict: Verdict::TooShort,
            machine_below: MACHINE_BELOW,
            human_above: HUMAN_ABOVE,
        });
    }
    let p = engine.perplexity_cancellable(&ids, cancel)?;
    if !p.perplexity.is_finite() {
        return Err(Error::Compute("the perplexity is not a number".into()));
    }
    let mut tokens = Vec::with_capacity(ids.len());
    for (i, &id) in ids.iter().enumerate() {
        let prob = if i == 0 { 1.0 } else { p.logprobs[i - 1].exp() };
        tokens.push(ScoredToken { text: engine.tokenizer().decode(&[id], false), prob });
    }
    Ok(DetectorReport {
        verdict: verdict(p.perplexity, ids.len()),
        tokens,
        perplexity: p.perplexity,
        machine_below: MACHINE_BELOW,
        human_above: HUMAN_ABOVE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands() {
        assert_eq!(verdict(8.0, 40), Verdict::LooksMachine);
        assert_eq!(verdict(35.0, 40), Verdict::Unsure);
        assert_eq!(verdict(300.0, 40), Verdict::LooksHuman);
        assert_eq!(verdict(300.0, 5), Verdict::TooShort);
    }
}
