//! Phone numbers: a phone shape or a phone cue nearby, and never a date, time, price or order
//! number.

use regex::Regex;
use crate::demos::privacy::patterns::Patterns;
use crate::demos::privacy::text::{digit_value, is_digit, line_window_start};
use crate::demos::privacy::{Mark, PersonalData};

/// Which cue is nearest before `pos` on the same line: Some(true) phone, Some(false) not a phone.
pub(crate) fn nearest_phone_cue(p: &Patterns, text: &str, pos: usize) -> Option<bool> {
    let start = line_window_start(text, pos, 32);
    let window = &text[start..pos];
    let last_end = |re: &Regex| re.find_iter(window).map(|m| m.end()).max();
    let phone = last_end(&p.phone_cue);
    let not_phone =
        [last_end(&p.not_phone_cue)].into_iter().chain(p.id_cues.iter().map(|(re, _)| last_end(re))).flatten().max();
    // '#' and '№' right before the number mean "number of something".
    if matches!(window.trim_end().chars().last(), Some('#' | '№')) {
        return Some(false);
    }
    match (phone, not_phone) {
        (Some(a), Some(b)) => Some(a > b),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

pub(crate) fn find_phones(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for m in p.phone.find_iter(text) {
        let mut start = m.start();
        let mut cand = m.as_str();
        // An opening parenthesis without its closing one belongs to the sentence, not the number.
        if let Some(rest) = cand.strip_prefix('(').filter(|_| !cand.contains(')')) {
            // So is a space after it, also a non-breaking one.
            let rest = rest.trim_start();
            start += cand.len() - rest.len();
            cand = rest;
        }
        let end = m.end();
        if glued_to_other_text(text, start, end) {
            continue;
        }
        // A date (also one followed by a time), a time range, a decimal fraction, or a quantity.
        let mut lead = cand.chars();
        let decimal = lead.next().and_then(digit_value) == Some(0) && lead.next() == Some('.');
        if decimal || p.units.is_match(&text[end..]) || p.date_shape.is_match(cand) || p.time_range.is_match(cand) {
            continue;
        }
        let digits: String =
            cand.chars().filter_map(|c| digit_value(c).and_then(|d| char::from_digit(d, 10))).collect();
        let n = digits.len();
        if !(7..=15).contains(&n) {
            continue;
        }
        // Phone numbers are written in groups of two or more; "0 1 2 3 4 5 6 7" is counting.
        let single_groups = cand
            .split(|c: char| !is_digit(c))
            .filter(|g| g.chars().count() == 1)
            .count()
            .saturating_sub(usize::from(cand.starts_with('+')) + usize::from(cand.contains("(0)")));
        // Six or more pairs ("01 02 03 04 05 06") are lottery numbers or a list, not a phone number.
        let groups: Vec<usize> =
            cand.split(|c: char| !is_digit(c)).filter(|g| !g.is_empty()).map(|g| g.chars().count()).collect();
        if single_groups > 1 || (groups.len() >= 6 && groups.iter().all(|g| *g <= 2)) {
            continue;
        }
        let accept = match nearest_phone_cue(p, text, start) {
            Some(is_phone) => is_phone,
            None => phone_shape(cand, &digits),
        };
        if accept {
            out.push(Mark { range: start..end, kind: PersonalData::Phone });
        }
    }
}

/// A number that runs on into a word or another number ("ABC0171…", "1.0171…", "…567,50") is
/// part of something else.
pub(crate) fn glued_to_other_text(text: &str, start: usize, end: usize) -> bool {
    let before: Vec<char> = text[..start].chars().rev().take(2).collect();
    let after: Vec<char> = text[end..].chars().take(2).collect();
    let joins = |c: char| matches!(c, '.' | ',' | '-' | '/' | '+');
    let glued_before = match before.as_slice() {
        [c, ..] if c.is_alphanumeric() => true,
        [c, d, ..] => joins(*c) && d.is_alphanumeric(),
        _ => false,
    };
    let glued_after = match after.as_slice() {
        [c, ..] if c.is_alphanumeric() => true,
        [c, d, ..] => joins(*c) && d.is_alphanumeric(),
        _ => false,
    };
    glued_before || glued_after
}

/// The shapes a phone number has without any cue around it.
pub(crate) fn phone_shape(cand: &str, digits: &str) -> bool {
    let n = digits.len();
    // Any space (also a non-breaking one) may follow the parenthesis.
    let bare = cand.trim_start_matches(|c: char| c == '(' || c.is_whitespace());
    if let Some(rest) = bare.strip_prefix('+') {
        // +49 171 1234567: a country code never starts with 0.
        return (8..=15).contains(&n) && !rest.trim_start().starts_with('0');
    }
    if let Some(international) = digits.strip_prefix("00") {
        return (10..=15).contains(&n) && !international.starts_with('0');
    }
    if digits.starts_with('0') {
        // A national number with its trunk prefix: 0171 1234567, 030/1234567, 0532 123 45 67.
        return (8..=13).contains(&n);
    }
    // By chars, not bytes: the 8 may be Arabic-Indic or Persian (two bytes in UTF-8).
    let mut after_first = bare.chars();
    let first = after_first.next();
    let separated = after_first.as_str().starts_with(|c: char| c == '(' || c == '-' || c.is_whitespace());
    if n == 11 && first.and_then(digit_value) == Some(8) && separated {
        // Russian trunk prefix: 8 (912) 345-67-89.
        return true;
    }
    // North American 3-3-4: (555) 123-4567, 555-123-4567.
    let groups: Vec<usize> =
        cand.split(|c: char| !is_digit(c)).filter(|g| !g.is_empty()).map(|g| g.chars().count()).collect();
    n == 10 && groups == [3, 3, 4]
}
