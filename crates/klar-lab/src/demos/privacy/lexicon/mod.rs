//! The privacy highlighter's word lists, one file per language (en, de, tr, uk, ru, ar), so a
//! translator can review one language without reading the rules or a regex. Every rule uses the
//! lists of all languages at once: a message may mix them.

mod ar;
mod de;
mod en;
mod ru;
mod tr;
mod uk;

pub(crate) use de::{
    NOT_PLACES as NOT_PLACES_DE, NOT_STREETS as NOT_STREETS_DE, PREPOSITIONS as PREPOSITIONS_DE,
    STREET_SUFFIXES as STREET_SUFFIXES_DE, STREET_WORDS as STREET_WORDS_DE,
};
pub(crate) use en::STREET_TYPES as STREET_TYPES_EN;
pub(crate) use tr::STREET_TYPES as STREET_TYPES_TR;
pub(crate) use ar::STREET_WORDS as STREET_WORDS_AR;

use std::ops::RangeInclusive;

/// The words of one language, by the rule that uses them.
pub(crate) struct Lexicon {
    /// Phrases that introduce a phone number, so that a number without the usual shape still counts.
    pub phone_cues: &'static [&'static str],
    /// Phrases after which a number is an order, invoice, page … number, not a phone number.
    pub not_phone_cues: &'static [&'static str],
    /// Words that follow a number that is a quantity, price or time, not a phone or house number.
    pub units: &'static [&'static str],
    /// Cues for a date of birth; the date must stand right before or after one of them.
    pub birth_cues: &'static [&'static str],
    /// Month names (Ukrainian and Russian also in the genitive their dates use).
    pub months: &'static [&'static str],
    /// Phrases after which the next capitalised word(s) are the writer's name. "I'm X" is left
    /// out: "I'm Tired" would be marked.
    pub name_intros: &'static [&'static str],
    /// Form labels at the start of a line ("Name: Jonas Weber"); a colon must follow.
    pub name_labels: &'static [&'static str],
    /// Titles before a name. Latin-script titles are case-sensitive: "ms" is also milliseconds.
    pub name_titles: &'static [&'static str],
    /// Titles after a name, as Turkish puts them: "Ahmet Bey", "Ayşe Hanım".
    pub name_titles_after: &'static [&'static str],
    /// A word before a title that makes it a plain noun: "die Frau", "als Frau", "the Dr".
    pub determiners: &'static [&'static str],
    /// Greetings at the start of a line, followed by a name ("Liebe Ayla,", "Привіт, Олено!").
    pub greetings: &'static [&'static str],
    /// Closing lines after which the next line (or the rest of the line after a comma) is a name.
    pub closings: &'static [&'static str],
    /// Capitalised words that follow name cues but are not names ("Dear Team", "Hallo Zusammen",
    /// "Sayın Yetkili"). Compared case-sensitively, Arabic without marks.
    pub not_names: &'static [&'static str],
    /// Capitalised words that may precede a street name at the start of a sentence.
    pub street_lead_ins: &'static [&'static str],
    /// Capitalised words after five digits that count things rather than name a city.
    pub count_nouns: &'static [&'static str],
    /// Health: diagnoses, conditions and treatments (stems take Turkish suffixes, Slavic case
    /// endings and German compounds such as "Krebserkrankung"; Arabic takes the article).
    pub health_words: &'static [&'static str],
    /// Phrases in which a health word means something else; a health mark inside one is dropped.
    pub not_health: &'static [&'static str],
    /// ID cues with a free-form code (letters and at least four digits).
    pub id_cues: &'static [&'static str],
    /// ID cues whose number has a fixed count of digits.
    pub id_strict: &'static [(&'static [&'static str], RangeInclusive<usize>)],
    /// Words between an ID cue and its code: "Passport number is X…", "Kimlik No: …".
    pub id_fillers: &'static [&'static str],
}

/// Every language, in the order their words are joined.
const LANGUAGES: [&Lexicon; 6] = [&en::LEXICON, &de::LEXICON, &tr::LEXICON, &uk::LEXICON, &ru::LEXICON, &ar::LEXICON];

/// One list of every language, joined.
pub(crate) fn all(list: impl Fn(&Lexicon) -> &'static [&'static str]) -> Vec<&'static str> {
    LANGUAGES.iter().flat_map(|l| list(l).iter().copied()).collect()
}

/// The Ukrainian and Russian street types (one rule serves both).
pub(crate) fn street_types_uk_ru() -> Vec<&'static str> {
    [uk::STREET_TYPES, ru::STREET_TYPES].concat()
}

/// The fixed-length ID cues of every language with their digit counts.
pub(crate) fn id_strict() -> impl Iterator<Item = &'static (&'static [&'static str], RangeInclusive<usize>)> {
    LANGUAGES.iter().flat_map(|l| l.id_strict.iter())
}

/// Whether `word`, lower-cased, is in one language's `list`.
pub(crate) fn contains(list: impl Fn(&Lexicon) -> &'static [&'static str], word: &str) -> bool {
    let lower = word.to_lowercase();
    LANGUAGES.iter().any(|l| list(l).iter().any(|w| *w == lower))
}
