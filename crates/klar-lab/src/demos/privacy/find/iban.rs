//! IBANs: a candidate counts only with its country's length and a valid mod-97 checksum.

use crate::demos::privacy::patterns::Patterns;
use crate::demos::privacy::text::{char_after};
use crate::demos::privacy::{Mark, PersonalData};

/// mod-97 over the rearranged IBAN (ISO 13616): letters count as 10..35.
pub(crate) fn iban_checksum_ok(iban: &str) -> bool {
    let mut rem: u32 = 0;
    let rearranged = iban.chars().skip(4).chain(iban.chars().take(4));
    for c in rearranged {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

pub(crate) fn find_ibans(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    let mut at = 0;
    while let Some(m) = p.iban.find_at(text, at) {
        match iban_at(text, m.start(), m.as_str()) {
            Some(end) => {
                out.push(Mark { range: m.start()..end, kind: PersonalData::Iban });
                at = end;
            }
            // A look-alike ("ab12 DE89 …") may have swallowed a real IBAN: try again one char later.
            None => at = m.start() + char_after(text, m.start()).map_or(1, char::len_utf8),
        }
    }
}

/// The end of a valid IBAN that starts at `start`: exactly its country's length (the candidate may
/// have run on into the next word), not glued to more letters or digits, and passing mod-97.
pub(crate) fn iban_at(text: &str, start: usize, candidate: &str) -> Option<usize> {
    let country = candidate.get(..2)?.to_ascii_uppercase();
    let &(_, len) = IBAN_LENGTHS.iter().find(|(c, _)| *c == country)?;
    let mut compact = String::new();
    let mut end = start;
    for (i, c) in candidate.char_indices() {
        if compact.len() == len {
            break;
        }
        if c.is_ascii_alphanumeric() {
            compact.push(c.to_ascii_uppercase());
            end = start + i + 1;
        }
    }
    let runs_on = char_after(text, end).is_some_and(|c| c.is_alphanumeric());
    (compact.len() == len && !runs_on && iban_checksum_ok(&compact)).then_some(end)
}

/// IBAN length per country (ISO 13616 registry).
#[rustfmt::skip]
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16), ("BG", 22), ("BH", 22),
    ("BI", 27), ("BR", 29), ("BY", 28), ("CH", 21), ("CR", 22), ("CY", 28), ("CZ", 24), ("DE", 22), ("DJ", 27),
    ("DK", 18), ("DO", 28), ("EE", 20), ("EG", 29), ("ES", 24), ("FI", 18), ("FK", 18), ("FO", 18), ("FR", 27),
    ("GB", 22), ("GE", 22), ("GI", 23), ("GL", 18), ("GR", 27), ("GT", 28), ("HN", 28), ("HR", 21), ("HU", 28),
    ("IE", 22), ("IL", 23), ("IQ", 23), ("IS", 26), ("IT", 27), ("JO", 30), ("KW", 30), ("KZ", 20), ("LB", 28),
    ("LC", 32), ("LI", 21), ("LT", 20), ("LU", 20), ("LV", 21), ("LY", 25), ("MC", 27), ("MD", 24), ("ME", 22),
    ("MK", 19), ("MN", 20), ("MR", 27), ("MT", 31), ("MU", 30), ("NI", 28), ("NL", 18), ("NO", 15), ("OM", 23),
    ("PK", 24), ("PL", 28), ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22), ("RU", 33), ("SA", 24),
    ("SC", 31), ("SD", 18), ("SE", 24), ("SI", 19), ("SK", 24), ("SM", 27), ("SO", 23), ("ST", 25), ("SV", 28),
    ("TL", 23), ("TN", 24), ("TR", 26), ("UA", 29), ("VA", 22), ("VG", 24), ("XK", 20), ("YE", 30),
];
