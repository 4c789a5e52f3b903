//! "AI detector": scores a text by how predictable the small model finds it (perplexity).
//! Plain, predictable writing scores "machine-like" whoever wrote it — which is exactly why such
//! detectors wrongly accuse people, especially people writing in a second language.

use crate::engine::Engine;
use crate::error::{Error, Result};
use serde::Serialize;
use ts_rs::TS;

/// Below this perplexity a text "looks machine-written" to this detector on SmolLM2.
/// Calibrated on SmolLM2-135M in English: its own answers score 6–10, a plain learner's text ~15,
/// a short formal letter ~35, vivid literary prose in the hundreds.
pub const MACHINE_BELOW: f64 = 20.0;
/// Above this it "looks human-written"; in between the detector is unsure.
pub const HUMAN_ABOVE: f64 = 60.0;
/// The multilingual model's thresholds per language, and how they were found: see
/// docs/detector-calibration.md.
const MULTILINGUAL_CALIBRATION: &str = include_str!("../../../../models/detector/Gemma-3-270M.toml");

/// The two thresholds, the shortest text that gets a verdict, and the language they were
/// calibrated on.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    pub machine_below: f64,
    pub human_above: f64,
    /// Fewer tokens than this give no verdict ([`MIN_TOKENS`] unless the calibration says more).
    pub min_tokens: usize,
    /// A locale code ("en", "de", …).
    pub language: String,
}

/// The thresholds for `engine`'s model and the learner's `language` (a locale code). The
/// multilingual model has its own per language (German Leichte Sprache uses German's); any
/// other model has SmolLM2's, which were found on English texts.
pub fn thresholds(engine: &Engine, language: &str) -> Thresholds {
    let multilingual = engine.path().file_name().is_some_and(|n| n == crate::paths::MULTILINGUAL_MODEL_FILE);
    let english = Thresholds { machine_below: MACHINE_BELOW, human_above: HUMAN_ABOVE, min_tokens: MIN_TOKENS, language: "en".into() };
    if !multilingual {
        return english;
    }
    let base = language.split('-').next().unwrap_or(language);
    calibrated(MULTILINGUAL_CALIBRATION, base).or_else(|| calibrated(MULTILINGUAL_CALIBRATION, "en")).unwrap_or(english)
}

/// Reads one language's thresholds from a calibration file; None when missing or not sane.
fn calibrated(file: &str, language: &str) -> Option<Thresholds> {
    let table: toml::Table = toml::from_str(file).ok()?;
    let entry = table.get(language)?.as_table()?;
    let machine_below = entry.get("machine_below")?.as_float()?;
    let human_above = entry.get("human_above")?.as_float()?;
    // The calibration file may ask for longer texts than the default (its top-level key).
    let min_tokens = match table.get("min_tokens").map(|v| v.as_integer()) {
        None => MIN_TOKENS,
        Some(Some(n)) if (MIN_TOKENS as i64..=200).contains(&n) => n as usize,
        Some(_) => return None,
    };
    (machine_below > 1.0 && human_above > machine_below)
        .then(|| Thresholds { machine_below, human_above, min_tokens, language: language.into() })
}
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
    /// The language the thresholds were calibrated on (a locale code).
    pub calibrated_for: String,
}

pub fn verdict(perplexity: f64, tokens: usize, t: &Thresholds) -> Verdict {
    if tokens < t.min_tokens {
        Verdict::TooShort
    } else if perplexity < t.machine_below {
        Verdict::LooksMachine
    } else if perplexity > t.human_above {
        Verdict::LooksHuman
    } else {
        Verdict::Unsure
    }
}

/// Scores `text` with the thresholds for `language` (a locale code).
pub fn score(engine: &mut Engine, text: &str, language: &str, cancel: &std::sync::atomic::AtomicBool) -> Result<DetectorReport> {
    super::cap(text, MAX_CHARS, "text")?;
    let t = thresholds(engine, language);
    let ids = engine.tokenizer().encode_text(text.trim())?;
    // A model that starts every text with a marker scores the text's own tokens after it.
    let bos = usize::from(engine.tokenizer().leading_bos().is_some() && !ids.is_empty());
    if ids.len() < 2 {
        return Ok(DetectorReport {
            tokens: super::tokens::pieces(engine.tokenizer(), text)?
                .into_iter()
                .map(|p| ScoredToken { text: p.text, prob: 1.0 })
                .collect(),
            perplexity: 0.0,
            verdict: Verdict::TooShort,
            machine_below: t.machine_below,
            human_above: t.human_above,
            calibrated_for: t.language,
        });
    }
    let p = engine.perplexity_cancellable(&ids, cancel)?;
    if !p.perplexity.is_finite() {
        return Err(Error::Compute("the perplexity is not a number".into()));
    }
    let mut tokens = Vec::with_capacity(ids.len());
    for (i, &id) in ids.iter().enumerate().skip(bos) {
        let prob = if i == 0 { 1.0 } else { p.logprobs[i - 1].exp() };
        tokens.push(ScoredToken { text: engine.tokenizer().decode(&[id], false), prob });
    }
    Ok(DetectorReport {
        verdict: verdict(p.perplexity, ids.len() - bos, &t),
        tokens,
        perplexity: p.perplexity,
        machine_below: t.machine_below,
        human_above: t.human_above,
        calibrated_for: t.language,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands() {
        let t = Thresholds { machine_below: MACHINE_BELOW, human_above: HUMAN_ABOVE, min_tokens: MIN_TOKENS, language: "en".into() };
        assert_eq!(verdict(8.0, 40, &t), Verdict::LooksMachine);
        assert_eq!(verdict(35.0, 40, &t), Verdict::Unsure);
        assert_eq!(verdict(300.0, 40, &t), Verdict::LooksHuman);
        assert_eq!(verdict(300.0, 5, &t), Verdict::TooShort);
    }

    #[test]
    fn the_multilingual_calibration_has_every_language_of_the_lab() {
        for lang in ["en", "de", "tr", "uk", "ar", "ru"] {
            let t = calibrated(MULTILINGUAL_CALIBRATION, lang);
            assert!(t.is_some(), "{lang}: no sane thresholds in models/detector/Gemma-3-270M.toml");
        }
    }

    #[test]
    fn a_broken_calibration_entry_is_not_used() {
        assert_eq!(calibrated("[de]\nmachine_below = 50.0\nhuman_above = 20.0\n", "de"), None, "reversed");
        assert_eq!(calibrated("[de]\nmachine_below = 50.0\n", "de"), None, "incomplete");
        assert_eq!(calibrated("not toml [", "de"), None);
        let t = calibrated("[de]\nmachine_below = 30.0\nhuman_above = 90.0\n", "de");
        assert_eq!(t.map(|t| (t.machine_below, t.human_above, t.min_tokens)), Some((30.0, 90.0, MIN_TOKENS)));
        let longer = calibrated("min_tokens = 30\n[de]\nmachine_below = 30.0\nhuman_above = 90.0\n", "de");
        assert_eq!(longer.map(|t| t.min_tokens), Some(30));
        assert_eq!(calibrated("min_tokens = 3\n[de]\nmachine_below = 30.0\nhuman_above = 90.0\n", "de"), None, "shorter than the default");
    }

    #[test]
    fn the_multilingual_model_wants_longer_texts() {
        let t = calibrated(MULTILINGUAL_CALIBRATION, "tr");
        assert_eq!(t.map(|t| t.min_tokens), Some(30), "short texts are noise on Gemma (docs/detector-calibration.md)");
    }
}
