//! Small text helpers of the privacy rules, all on char boundaries: digits of every script,
//! windows within a line, the word before a position, Arabic compared without its marks.

use super::lexicon;

pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The digit runs of `s` as numbers with their lengths ("12. März 1985" → (12,2), (1985,4)).
pub(crate) fn digit_groups(s: &str) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(u32, usize)> = None;
    for c in s.chars() {
        match (digit_value(c), cur.as_mut()) {
            (Some(d), Some((v, n))) => {
                *v = v.saturating_mul(10).saturating_add(d);
                *n += 1;
            }
            (Some(d), None) => cur = Some((d, 1)),
            (None, _) => out.extend(cur.take()),
        }
    }
    out.extend(cur);
    out
}

/// Start of the window of up to `max` chars before `pos`, not crossing a line break.
pub(crate) fn line_window_start(text: &str, pos: usize, max: usize) -> usize {
    let mut start = pos;
    for (i, c) in text[..pos].char_indices().rev().take(max) {
        if c == '\n' {
            break;
        }
        start = i;
    }
    start
}

/// End of the window of up to `max` chars after `pos`, not crossing a line break.
pub(crate) fn line_window_end(text: &str, pos: usize, max: usize) -> usize {
    let mut end = pos;
    for (i, c) in text[pos..].char_indices().take(max) {
        if c == '\n' {
            break;
        }
        end = pos + i + c.len_utf8();
    }
    end
}

pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

pub(crate) fn char_after(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// The word (letters only) that ends right before `pos`, skipping spaces.
pub(crate) fn word_before(text: &str, pos: usize) -> &str {
    let trimmed = text[..pos].trim_end();
    let start =
        trimmed.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map_or(trimmed.len(), |(i, _)| i);
    &trimmed[start..]
}

/// Arabic compared without diacritics/tatweel and with hamza forms, ى and ة folded.
pub(crate) fn arabic_key(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

pub(crate) fn is_not_name(word: &str) -> bool {
    let key = arabic_key(word);
    lexicon::all(|l| l.not_names).iter().any(|w| *w == word || arabic_key(w) == key)
}

pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.iter().any(|w| *w == lower)
}
