//! Addresses: a street word and a house number, or a postal code followed by a city.

use crate::demos::privacy::patterns::{Patterns, StreetRule};
use crate::demos::privacy::text::{is_digit, char_before, word_before, arabic_key, in_list};
use crate::demos::privacy::{Mark, PersonalData};
use crate::demos::privacy::lexicon;
use std::ops::Range;

pub(crate) fn find_addresses(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for (re, rule) in &p.streets {
        for caps in re.captures_iter(text) {
            let Some(m) = caps.name("m") else { continue };
            let ok = match rule {
                StreetRule::GermanCompound => {
                    let street = m.as_str().split([' ', '\t']).next().unwrap_or("");
                    !in_list(lexicon::NOT_STREETS_DE, street) && !p.units.is_match(&text[m.end()..])
                }
                StreetRule::GermanWords => !p.units.is_match(&text[m.end()..]),
                StreetRule::GermanPreposition => {
                    let noun = caps.name("w").map_or("", |w| w.as_str());
                    let rest = &text[m.end()..];
                    let ends = rest.trim_start_matches([' ', '\t']);
                    let address_ends = ends.is_empty()
                        || ends.starts_with([',', '.', ';', '\n', '\r'])
                        || ends.starts_with("in ")
                        || ends.starts_with("bei ")
                        || ends.chars().take(5).filter(|c| is_digit(*c)).count() == 5;
                    // "in der Hauptstraße 12": the street rule marks it without the preposition.
                    let lower = noun.to_lowercase();
                    let is_street = lexicon::STREET_SUFFIXES_DE
                        .iter()
                        .map(|suffix| suffix.trim_end_matches('.'))
                        .any(|suffix| lower.len() > suffix.len() && lower.ends_with(suffix));
                    !in_list(lexicon::NOT_PLACES_DE, noun) && !is_street && address_ends
                }
                StreetRule::Plain => true,
                StreetRule::Arabic => arabic_key(word_before(text, m.start())) != "عن",
            };
            if ok {
                let start = skip_lead_ins(text, m.range());
                out.push(Mark { range: start..m.end(), kind: PersonalData::Address });
            }
        }
    }
    for caps in p.postal_city.captures_iter(text) {
        let (Some(m), Some(city)) = (caps.name("m"), caps.name("w")) else { continue };
        // "44135 Dortmund" but not "12345 Besucher" or "12.345 Menschen".
        let after_number = char_before(text, m.start()).is_some_and(|c| matches!(c, '.' | ',' | '+' | '-' | '/'));
        if !lexicon::contains(|l| l.count_nouns, city.as_str()) && !after_number {
            out.push(Mark { range: m.range(), kind: PersonalData::Address });
        }
    }
}

/// Skips capitalised words at the start of a street match that introduce it rather than name it:
/// "Adresim Atatürk Cad. No: 15" starts the address at "Atatürk".
pub(crate) fn skip_lead_ins(text: &str, range: Range<usize>) -> usize {
    let mut start = range.start;
    while let Some(word) = text[start..range.end].split([' ', '\t']).next() {
        let rest = &text[start + word.len()..range.end];
        if word.is_empty() || rest.is_empty() || !lexicon::contains(|l| l.street_lead_ins, word.trim_end_matches([':', ','])) {
            break;
        }
        start = range.end - rest.trim_start_matches([' ', '\t']).len();
    }
    start
}
