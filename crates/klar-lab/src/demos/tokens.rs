//! Tokenizer view: a text cut into the model's tokens, and the same sentence in several
//! languages side by side with what it costs compared with the first one (English).

use crate::engine::Engine;
use crate::error::{Error, Result};
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

/// Cuts `text` into display pieces.
pub fn pieces(engine: &Engine, text: &str) -> Result<Vec<TokenPiece>> {
    let ids = engine.tokenizer().encode_text(text)?;
    let mut out = Vec::new();
    let mut pending_ids = Vec::new();
    let mut pending = Vec::new();
    for id in ids {
        engine.tokenizer().token_bytes(id, true, &mut pending);
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
pub fn compare(engine: &Engine, texts: &[LabeledText]) -> Result<Vec<TokenizedText>> {
    if texts.is_empty() || texts.len() > MAX_TEXTS {
        return Err(Error::InvalidInput(format!("give between 1 and {MAX_TEXTS} texts")));
    }
    let mut out: Vec<TokenizedText> = Vec::with_capacity(texts.len());
    for t in texts {
        super::cap(&t.text, MAX_CHARS, "text")?;
        let pieces = pieces(engine, &t.text)?;
        let count = pieces.iter().map(|p| p.ids.len() as u32).sum::<u32>();
        let first = out.first().map_or(count, |f| f.count);
        let relative = if first == 0 { 0.0 } else { count as f64 / first as f64 };
        out.push(TokenizedText { label: t.label.clone(), pieces, count, relative });
    }
    Ok(out)
}
