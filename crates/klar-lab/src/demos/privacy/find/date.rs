//! Dates of birth: a plausible date with a birth cue right before or after it.

use crate::demos::privacy::patterns::Patterns;
use crate::demos::privacy::text::{is_digit, digit_groups, line_window_start, line_window_end};
use crate::demos::privacy::{Mark, PersonalData};

/// A plausible calendar date from the digit groups of a match (either day-month or month-day).
pub(crate) fn plausible_date(groups: &[(u32, usize)]) -> bool {
    let year_ok = |(y, len): (u32, usize)| (len == 4 && (1900..=2100).contains(&y)) || len == 2;
    let dm = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    match groups {
        [(y, 4), (m, _), (d, _)] => year_ok((*y, 4)) && dm(*d, *m),
        [(a, _), (b, _), y] => year_ok(*y) && (dm(*a, *b) || dm(*b, *a)),
        [(d, _), (y, 4)] => (1..=31).contains(d) && year_ok((*y, 4)),
        _ => false,
    }
}

/// A birth cue right before the date (a few words, same sentence) or right after it.
pub(crate) fn has_birth_cue(p: &Patterns, text: &str, start: usize, end: usize) -> bool {
    let before = &text[line_window_start(text, start, 40)..start];
    if let Some(cue) = p.birth_cue.find_iter(before).last() {
        let gap = &before[cue.end()..];
        let sentence_ends = gap.contains(['!', '?', ';']) || gap.contains(". ");
        if !sentence_ends && !gap.chars().any(is_digit) && gap.split_whitespace().count() <= 5 {
            return true;
        }
    }
    let after = &text[end..line_window_end(text, end, 25)];
    if let Some(cue) = p.birth_cue.find(after) {
        let gap = &after[..cue.start()];
        if !gap.contains(['.', ',', ';', ':', '!', '?'])
            && !gap.chars().any(is_digit)
            && gap.split_whitespace().count() <= 3
        {
            return true;
        }
    }
    false
}

pub(crate) fn find_birth_dates(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for re in &p.dates {
        for m in re.find_iter(text) {
            if plausible_date(&digit_groups(m.as_str())) && has_birth_cue(p, text, m.start(), m.end()) {
                out.push(Mark { range: m.range(), kind: PersonalData::BirthDate });
            }
        }
    }
}

