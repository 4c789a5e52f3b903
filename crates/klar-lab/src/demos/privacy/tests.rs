//! Unit tests of the privacy rules' parts (patterns, checksums, digit groups, name trimming).

use super::find::{date::plausible_date, iban::iban_checksum_ok, name::trim_name, phone::phone_shape};
use super::patterns::{compile, words, Clitics, Patterns};
use super::text::digit_groups;
use super::*;

fn marks(text: &str) -> Vec<(String, PersonalData)> {
    scan(text).marks().map(|(s, k)| (s.to_string(), k)).collect()
}

#[test]
fn every_pattern_compiles() {
    if let Err(e) = Patterns::build() {
        panic!("a privacy pattern does not compile: {e}");
    }
}

#[test]
fn iban_checksum_and_length() {
    assert!(iban_checksum_ok("DE89370400440532013000"));
    assert!(iban_checksum_ok("GB29NWBK60161331926819"));
    assert!(!iban_checksum_ok("DE89370400440532013001"));
    assert!(!iban_checksum_ok("DE8937040044053201300!"));
    assert_eq!(
        marks("DE89 3704 0044 0532 0130 00"),
        vec![("DE89 3704 0044 0532 0130 00".into(), PersonalData::Iban)]
    );
    // Right checksum shape but one digit too many for Germany.
    assert!(marks("DE89 3704 0044 0532 0130 001").is_empty());
}

#[test]
fn turkish_dotted_and_dotless_i_fold_both_ways() -> Result<(), regex::Error> {
    let re = compile(&words(&["kimlik no", "adım"], Clitics::Conjunction))?;
    for s in ["KİMLİK NO", "Kimlik No", "kimlik no", "KIMLIK NO", "ADIM", "Adım", "adim"] {
        assert!(re.is_match(s), "{s}");
    }
    Ok(())
}

#[test]
fn arabic_words_take_the_article_prepositions_and_diacritics() -> Result<(), regex::Error> {
    let re = compile(&words(&["سكري*"], Clitics::Article))?;
    for s in ["السكري", "بالسكري", "سكري", "والسكري", "سُكَّري"] {
        assert!(re.is_match(s), "{s}");
    }
    Ok(())
}

#[test]
fn digits_in_every_script_count() {
    assert_eq!(digit_groups("١٢ مارس ١٩٨٥"), vec![(12, 2), (1985, 4)]);
    assert!(plausible_date(&digit_groups("12.03.1985")));
    assert!(plausible_date(&digit_groups("03/25/1985")));
    assert!(!plausible_date(&digit_groups("32.13.1985")));
}

#[test]
fn name_trimming_stops_at_non_names() {
    let t = "Jonas Bescheid";
    assert_eq!(trim_name(t, 0..t.len(), false), Some(0..5));
    let t = "Team";
    assert_eq!(trim_name(t, 0..t.len(), false), None);
    let t = "أحمد وأنا";
    assert_eq!(trim_name(t, 0..t.len(), false).map(|r| &t[r]), Some("أحمد"));
    let t = "Ministerin Müller";
    assert_eq!(trim_name(t, 0..t.len(), true).map(|r| &t[r]), Some("Müller"));
    assert_eq!(trim_name(t, 0..t.len(), false), None);
}

#[test]
fn phone_shapes() {
    assert!(phone_shape("+49 171 1234567", "491711234567"));
    assert!(phone_shape("0171 1234567", "01711234567"));
    assert!(phone_shape("8 (912) 345-67-89", "89123456789"));
    assert!(phone_shape("(555) 123-4567", "5551234567"));
    assert!(!phone_shape("1234567", "1234567"));
    assert!(!phone_shape("+0 1234 5678", "012345678"));
}
