//! The name rule: what a learner's name may be, and the one spelling it is stored in.

use crate::error::{Error, Result};
use unicode_normalization::UnicodeNormalization;

pub const MAX_NAME_CHARS: usize = 40;

/// Characters that do not show but change how a name reads: direction marks, embeddings,
/// overrides and isolates (a name could pose as someone else's or flip the table), and
/// zero-width characters (two names that look the same would differ).
fn is_hidden_in_names(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// The name as stored: hidden characters taken out (they cannot be seen, so the person loses
/// nothing they meant to type, and what is stored is exactly what shows), NFC-normalised (one
/// spelling for "é"), trimmed. Refuses empty, over-long or control-character names.
pub(crate) fn clean_name(name: &str) -> Result<String> {
    let visible: String = name.chars().filter(|c| !is_hidden_in_names(*c)).nfc().collect();
    let name = visible.trim();
    if name.is_empty() {
        return Err(Error::invalid("the name is empty"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::invalid(format!("the name is longer than {MAX_NAME_CHARS} characters")));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::invalid("the name contains control characters"));
    }
    Ok(name.to_string())
}
