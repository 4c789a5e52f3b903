//! Tokenizer view: a text cut into the model's tokens, and the same sentence in several
//! languages side by side with what it costs compared with the first one (English).

use crate::error::{Error, Result};
use crate::tokenizer::Tokenizer;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One coloured piece. Usually one token; a character split over several byte tokens (common
/// in Arabic and Cyrillic) is shown as one piece holding all their ids, so no glyph is cut.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TokenPiece {
    pub ids: Vec<u32>,
    pub text: String,
}

/// A text to tokenize, with a label (a language name, "your text", …).
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct LabeledText {
    pub label: String,
    pub text: String,
}

/// One tokenized text.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TokenizedText {
    pub label: String,
    pub pieces: Vec<TokenPiece>,
    pub count: u32,
    /// Tokens relative to the first text (1.0 for the first; 0 when the first is empty).
    pub relative: f64,
}

/// Most texts compared at once and longest text.
const MAX_TEXTS: usize = 8;
const MAX_CHARS: usize = 2000;

/// The same texts counted by one model's tokenizer.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TokenizerCounts {
    /// The model file the tokenizer belongs to.
    pub file: String,
    /// How many different pieces the tokenizer knows.
    pub vocabulary: u32,
    /// Tokens per text, in the order given.
    pub counts: Vec<u32>,
}

/// Cuts `text` into display pieces: the text's own tokens, without a start-of-text marker.
pub fn pieces(tokenizer: &Tokenizer, text: &str) -> Result<Vec<TokenPiece>> {
    let mut ids = Vec::new();
    tokenizer.append_text(text, &mut ids)?;
    let mut out = Vec::new();
    let mut pending_ids = Vec::new();
    let mut pending = Vec::new();
    for id in ids {
        tokenizer.token_bytes(id, true, &mut pending);
        pending_ids.push(id);
        if let Ok(s) = std::str::from_utf8(&pending) {
            out.push(TokenPiece { ids: std::mem::take(&mut pending_ids), text: s.to_string() });
            pending.clear();
        }
    }
    if !pending_ids.is_empty() {
        out.push(TokenPiece { ids: pending_ids, text: String::from_utf8_lossy(&pending).into_owned() });
    }
    Ok(out)
}

/// Tokenizes every text and relates its count to the first one.
pub fn compare(tokenizer: &Tokenizer, texts: &[LabeledText]) -> Result<Vec<TokenizedText>> {
    check(texts)?;
    let mut out: Vec<TokenizedText> = Vec::with_capacity(texts.len());
    for t in texts {
        let pieces = pieces(tokenizer, &t.text)?;
        let count = pieces.iter().map(|p| p.ids.len() as u32).sum::<u32>();
        let first = out.first().map_or(count, |f| f.count);
        let relative = if first == 0 { 0.0 } else { count as f64 / first as f64 };
        out.push(TokenizedText { label: t.label.clone(), pieces, count, relative });
    }
    Ok(out)
}

fn check(texts: &[LabeledText]) -> Result<()> {
    if texts.is_empty() || texts.len() > MAX_TEXTS {
        return Err(Error::InvalidInput(format!("give between 1 and {MAX_TEXTS} texts")));
    }
    texts.iter().try_for_each(|t| super::cap(&t.text, MAX_CHARS, "text"))
}

/// Counts every text's tokens with each named tokenizer.
pub fn counts(tokenizers: &[(String, &Tokenizer)], texts: &[LabeledText]) -> Result<Vec<TokenizerCounts>> {
    check(texts)?;
    let mut out = Vec::with_capacity(tokenizers.len());
    let mut ids = Vec::new();
    for (file, tokenizer) in tokenizers {
        let mut counts = Vec::with_capacity(texts.len());
        for t in texts {
            ids.clear();
            tokenizer.append_text(&t.text, &mut ids)?;
            counts.push(ids.len() as u32);
        }
        out.push(TokenizerCounts { file: file.clone(), vocabulary: tokenizer.vocab_size() as u32, counts });
    }
    Ok(out)
}
