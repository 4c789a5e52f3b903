//! ID numbers: the code after an ID cue, with the digit count the cue demands.

use crate::demos::privacy::patterns::Patterns;
use crate::demos::privacy::text::{is_digit};
use crate::demos::privacy::{Mark, PersonalData};
use std::ops::{Range, RangeInclusive};

/// The code after an ID cue: tokens of digits and letters joined by single separators. A
/// letters-only token counts only if short and in capitals, and only before more digits (a series
/// such as "АА 123456") or as a single final letter ("QQ 12 34 56 C"); "12345678901 OK" ends at 1.
pub(crate) fn id_code_after(p: &Patterns, text: &str, from: usize) -> Option<(Range<usize>, usize)> {
    let start = from + p.id_filler.find(&text[from..]).map_or(0, |m| m.end());
    let mut chars = text[start..].char_indices().peekable();
    let (mut end, mut digits, mut alnum) = (start, 0usize, 0usize);
    // A letters-only token waits for the digits after it: (its end, its letters).
    let mut series: Option<(usize, usize)> = None;
    loop {
        let (mut tok_digits, mut tok_letters, mut tok_lower, mut tok_end) = (0usize, 0usize, false, None);
        while let Some(&(i, c)) = chars.peek() {
            if is_digit(c) {
                tok_digits += 1;
            } else if c.is_alphabetic() {
                tok_letters += 1;
                tok_lower |= c.is_lowercase();
            } else {
                break;
            }
            tok_end = Some(start + i + c.len_utf8());
            chars.next();
        }
        let Some(tok_end) = tok_end else { break };
        if tok_digits == 0 {
            if tok_letters > 2 || tok_lower || series.is_some() {
                break;
            }
            series = Some((tok_end, tok_letters));
        } else {
            end = tok_end;
            digits += tok_digits;
            alnum += tok_digits + tok_letters + series.take().map_or(0, |(_, n)| n);
        }
        // One separator, and only if the code goes on right after it.
        match chars.next() {
            Some((_, ' ' | '-' | '/' | '.' | '\u{A0}')) if chars.peek().is_some_and(|&(_, c)| c.is_alphanumeric()) => {}
            _ => break,
        }
    }
    if let Some((letter_end, 1)) = series {
        if digits > 0 {
            end = letter_end;
            alnum += 1;
        }
    }
    (digits >= 4 && (5..=24).contains(&alnum)).then_some((start..end, digits))
}

pub(crate) fn find_id_numbers(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    let mut cues: Vec<(Range<usize>, &RangeInclusive<usize>)> = Vec::new();
    for (re, digits) in &p.id_cues {
        cues.extend(re.find_iter(text).map(|m| (m.range(), digits)));
    }
    // "TC Kimlik No" (11 digits) contains "Kimlik No" (free form): the longer cue decides.
    cues.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut covered_until = 0;
    for (range, allowed) in cues {
        if range.end <= covered_until {
            continue;
        }
        covered_until = range.end;
        if let Some((code, digits)) = id_code_after(p, text, range.end) {
            if allowed.contains(&digits) {
                out.push(Mark { range: code, kind: PersonalData::IdNumber });
            }
        }
    }
}
