//! The privacy rules' regexes: word lists become forgiving alternations (case, spaces, hyphens,
//! Turkish i, letters typed without their marks, Arabic spellings), and `Patterns::build` fills
//! the regex templates of every kind of data with them, once.

use super::lexicon;
use regex::{Regex, RegexBuilder};
use std::ops::RangeInclusive;
use std::sync::LazyLock;

/// Any decimal digit people type: ASCII, Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹).
pub(crate) const D: &str = r"[0-9\x{0660}-\x{0669}\x{06F0}-\x{06F9}]";
/// Arabic short vowels, shadda, sukun, dagger alef and tatweel: written or not, same word.
const ARABIC_MARKS: &str = r"[\x{064B}-\x{0652}\x{0670}\x{0640}]*";
/// An Arabic noun may carry "and"/"so", the prepositions bi/li/ka, and the article: بالسكري, للسرطان.
const ARABIC_ARTICLE: &str = "(?:[وف]?(?:[بك]?ال|لل|[بلك])?)";

/// How a word list treats Arabic words (other scripts are unaffected).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clitics {
    /// As written, optionally after و/ف ("and"): cue phrases such as تاريخ الميلاد.
    Conjunction,
    /// Nouns: the article ال is optional and prepositions may be attached (health words).
    Article,
}

/// One regex alternation from a word list, forgiving in the ways people type: case-insensitive,
/// any run of spaces, optional hyphens, Turkish dotted/dotless i (Unicode case folding alone does
/// not map İ↔i or I↔ı), Turkish and German letters typed without their marks (ş/s, ü/ue …), Arabic
/// hamza forms, ة/ه, ى/ي and optional diacritics. Word syntax: `*` = a stem, more letters may
/// follow; a leading `=` = exact case, no folding (acronyms such as HIV, where "aids" is a verb).
pub(crate) fn words(list: &[&str], clitics: Clitics) -> String {
    let mut folded: Vec<&str> = list.iter().copied().filter(|w| !w.starts_with('=')).collect();
    let mut exact: Vec<&str> = list.iter().filter_map(|w| w.strip_prefix('=')).collect();
    // Alternation is leftmost-first: longer phrases must come before their prefixes.
    folded.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    exact.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let mut alts: Vec<String> = Vec::new();
    if !folded.is_empty() {
        let inner: Vec<String> = folded.iter().map(|w| word_pattern(w, clitics)).collect();
        alts.push(format!("(?i:{})", inner.join("|")));
    }
    for w in exact {
        alts.push(bounded(w, regex::escape(w).replace(' ', r"[ \t]+")));
    }
    if alts.is_empty() {
        // An empty list matches nothing (a class with no members).
        return r"[^\s\S]".to_string();
    }
    format!("(?:{})", alts.join("|"))
}

fn word_pattern(word: &str, clitics: Clitics) -> String {
    let arabic = word.chars().next().is_some_and(is_arabic_letter);
    let (prefix, body) = match (arabic, clitics) {
        (true, Clitics::Conjunction) => ("[وف]?", word),
        (true, Clitics::Article) => (ARABIC_ARTICLE, word.strip_prefix("ال").unwrap_or(word)),
        (false, _) => ("", word),
    };
    bounded(word, format!("{prefix}{}", fold(body, arabic)))
}

/// Adds word boundaries where the word starts or ends with a letter or digit ("geb." ends in a dot).
fn bounded(word: &str, body: String) -> String {
    let starts = word.chars().next().is_some_and(|c| c.is_alphanumeric());
    let ends = word.chars().last().is_some_and(|c| c.is_alphanumeric() || c == '*');
    format!("{}{body}{}", if starts { r"\b" } else { "" }, if ends { r"\b" } else { "" })
}

/// One word as a pattern that accepts the spellings listed at [`words`].
pub(crate) fn fold(word: &str, arabic: bool) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let class = match c {
            'i' | 'ı' | 'I' | 'İ' => Some("[iıİI]"),
            'ş' => Some("[şs]"),
            'ğ' => Some("[ğg]"),
            'ç' => Some("[çc]"),
            'ö' => Some("(?:ö|oe|o)"),
            'ü' => Some("(?:ü|ue|u)"),
            'ä' => Some("(?:ä|ae|a)"),
            'ß' => Some("(?:ß|ss)"),
            ' ' => Some(r"\s+"),
            '-' => Some(r"[-‐\s]?"),
            '\'' | '’' | 'ʼ' => Some("['’ʼ]"),
            'ا' | 'أ' | 'إ' | 'آ' => Some("[اأإآ]"),
            'ي' | 'ى' => Some("[يى]"),
            'ة' | 'ه' => Some("[ةه]"),
            '*' if arabic => Some(r"[\p{Arabic}&&[\p{L}\p{M}]]{0,4}"),
            '*' => Some(r"[\p{L}\p{M}]*"),
            _ => None,
        };
        match class {
            Some(cls) => out.push_str(cls),
            None => out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
        if is_arabic_letter(c) {
            out.push_str(ARABIC_MARKS);
        }
    }
    out
}

pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

/// Fills `<<NAME>>` placeholders (regex syntax has no `<<`, unlike `{}` for format!).
fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("<<{k}>>"), v);
    }
    out
}

pub(crate) fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    // Word lists with Unicode classes and case folding are larger than the default limits allow.
    RegexBuilder::new(pattern).size_limit(1 << 26).dfa_size_limit(1 << 26).build()
}

/// Health words that need a context word, written as regexes whose group `m` is the mark:
/// Arabic حامل is "pregnant" but also "holder"; الحمل is "pregnancy" but also "carrying".
const HEALTH_IN_CONTEXT: &[&str] = &[
    r"(?:أنا|انا|زوجتي|لأنني|لأني|كنت|كانت)[ \t]+(?P<m>حامل)\b",
    r"\b(?P<m>حامل)[ \t]+(?:في[ \t]+(?:الشهر|الأسبوع)|بطفل|بتوأم)",
    r"(?:فترة|أثناء|اختبار|تحليل|خلال)[ \t]+(?P<m>الحمل)\b",
    r"\b(?P<m>(?i:düşük))[ \t]+(?i:yaptım|yaptı|yapmış)",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum NameRule {
    /// "my name is X", "Name: X": the words after the cue.
    Intro,
    /// "Frau X", "السيد X": like Intro, but not after a determiner ("die Frau Doktor").
    Title,
    /// "X Bey": the word before the cue.
    TitleAfter,
    /// "Liebe X," / "Best regards,\nX": the line around the name is checked by the regex itself.
    Line,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum StreetRule {
    /// "Lindenweg 5": the compound must not be a known non-street ("Parkplatz 12").
    GermanCompound,
    /// "Berliner Straße 12": a house number that is not a quantity.
    GermanWords,
    /// "Am Markt 3a": not a time or text reference ("Am Montag 12", "Im Kapitel 5"), and the
    /// number ends the address (a comma, a line end or a postal code follows).
    GermanPreposition,
    /// English, Turkish, Ukrainian, Russian: the street word and number are evidence enough.
    Plain,
    /// "شارع …", "طريق …" — but عن طريق is "by way of".
    Arabic,
}

pub(crate) struct Patterns {
    pub(crate) email: Regex,
    pub(crate) iban: Regex,
    pub(crate) phone: Regex,
    pub(crate) phone_cue: Regex,
    pub(crate) not_phone_cue: Regex,
    pub(crate) date_shape: Regex,
    pub(crate) time_range: Regex,
    pub(crate) units: Regex,
    pub(crate) dates: Vec<Regex>,
    pub(crate) birth_cue: Regex,
    pub(crate) names: Vec<(Regex, NameRule)>,
    pub(crate) streets: Vec<(Regex, StreetRule)>,
    pub(crate) postal_city: Regex,
    pub(crate) health: Regex,
    pub(crate) health_context: Vec<Regex>,
    pub(crate) not_health: Regex,
    pub(crate) id_cues: Vec<(Regex, RangeInclusive<usize>)>,
    pub(crate) id_filler: Regex,
}

pub(crate) static PATTERNS: LazyLock<Result<Patterns, regex::Error>> = LazyLock::new(Patterns::build);

/// One capitalised name word: "Jonas", "İlkay", "McDonald", "O'Brien", "Jean-Luc", "Мар'яна".
const NAME_WORD: &str = concat!(
    r"\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?",
    r"(?:['’]\p{Lu}[\p{Ll}\p{M}]+|['’ʼ][\p{Cyrillic}&&\p{Ll}]+|-\p{Lu}[\p{Ll}\p{M}]+)*",
);
/// One Arabic word of two letters or more (an initial such as "أ." is no name).
const ARABIC_WORD: &str = r"[\p{Arabic}&&[\p{L}\p{M}]]{2,}";
/// A capitalised word in a street name.
const CAP_WORD: &str = r"\p{Lu}[\p{L}\p{M}]*";

// Name patterns: `<<CUE>>` is the cue list, group `m` the name (only the name is marked).

const INTRO_NAME: &str = r"(?:<<CUE>>)[ \t]*[:\-–]?[ \t]*(?P<m><<ANY>>)";
const LABEL_NAME: &str = r"(?m)^[ \t]*(?:<<CUE>>)[ \t]*:[ \t]*(?P<m><<ANY>>)";
/// Turkish "Adım X" is "my name is X" only at the start of a sentence: "ilk adım" is "first step".
const ADIM_NAME: &str = r"(?m)(?:^|[.!?,][ \t]+)[ \t]*(?:Ad[ıi]m|adım|adim|AD[Iİ]M)[ \t]*:?[ \t]+(?P<m><<NAME>>)";
/// "Frau Dr. med. Müller": academic titles may stand between the title and the name.
const TITLE_NAME: &str =
    concat!(r"(?:<<CUE>>)[ \t]+", r"(?:(?:Dr|Prof)\.?[ \t]+|(?:med|dent|phil|jur)\.[ \t]+)*", r"(?P<m><<ANY>>)");
const TITLE_AFTER_NAME: &str = r"\b(?P<m><<W>>)[ \t]+(?:<<CUE>>)";
/// A greeting at the start of a line, then the name and a comma, "!" or the line end.
const GREETING_NAME: &str = r"(?m)^[ \t]*(?:<<CUE>>)[ \t]*,?[ \t]+(?:يا[ \t]+)?(?P<m><<ANY>>)[ \t]*(?:[,،!:]|\r?$)";
/// A closing line, then (after at most one blank line) a line that holds only the name.
const CLOSING_NAME_BELOW: &str = concat!(
    r"(?m)^[ \t]*(?:<<CUE>>)[ \t]*[,،!.]?[ \t]*\r?\n",
    r"(?:[ \t]*\r?\n)?",
    r"[ \t]*(?P<m><<ANY>>)[ \t]*[.!]?[ \t]*\r?$",
);
/// "Thanks, Tom" at the end of a line.
const CLOSING_NAME_BESIDE: &str = r"(?m)^[ \t]*(?:<<CUE>>)[ \t]*[,،][ \t]*(?P<m><<ANY>>)[ \t]*[.!]?[ \t]*\r?$";

// Address patterns: `<<T>>` is the street-word list, `<<H>>` a house number, group `m` the address.

/// A house number: "12", "3a", "12-14", "7/1".
const HOUSE_NUMBER: &str = r"<<D>>{1,4}[a-zA-Z]?(?:[ \t]*[-/][ \t]*<<D>>{1,4}[a-zA-Z]?)?\b";
/// de: "Lindenweg 5", "Karl-Marx-Allee 90", "Hauptstr. 7": a compound ending in a street word.
const STREET_DE_COMPOUND: &str = r"\b(?P<m>\p{Lu}[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*-?<<SUF>>[ \t]*<<H>>)";
/// de: "Berliner Straße 12", "Alter Markt 3": an "-er" word or a hyphenated name, then the street word.
const STREET_DE_WORDS: &str = r"\b(?P<m>(?:<<C>>er|<<C>>(?:-<<C>>)+)[ \t]+(?:<<T>>)[ \t]*<<H>>)";
/// de: "Am Markt 3a", "An der Alster 5"; group `w` is checked against times and text references.
const STREET_DE_PREPOSITION: &str = r"\b(?P<m>(?:<<T>>)[ \t]+(?P<w>\p{Lu}[\p{L}\p{M}-]+)[ \t]+<<D>>{1,3}[a-zA-Z]?)\b";
/// en: "12 Baker Street", "221B Baker St."
const STREET_EN: &str = r"\b(?P<m><<D>>{1,5}[A-Za-z]?[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}(?:<<T>>)\.?)";
/// tr: "Atatürk Cad. No: 15", "Moda Mah. Çiçek Sokak No:4 Daire 2".
const STREET_TR: &str = concat!(
    r"(?P<m>(?:(?:\p{Lu}[\p{L}\p{M}]*[ \t]+){1,3}(?i:mahallesi|mah\.|mh\.)[ \t]*,?[ \t]*)?", // neighbourhood
    r"(?:\p{Lu}[\p{L}\p{M}]*[ \t]+){1,3}(?:<<T>>)(?:[ \t]*,)?[ \t]*",                        // street
    r"(?:(?i:no|numara)[ \t]*[:.]?[ \t]*)?<<D>>{1,4}[a-zA-Z]?(?:/<<D>>{1,4})?",              // number
    r"(?:[ \t]*,?[ \t]*(?i:daire|d\.|kat|k\.)[ \t]*[:.]?[ \t]*<<D>>{1,3})*)\b",              // flat, floor
);
/// uk/ru: "вул. Шевченка, 10", "ул. Ленина, д. 5, кв. 3".
const STREET_UK_RU: &str = concat!(
    r"(?P<m>(?:<<T>>)[ \t]*",
    r"(?:\p{Lu}[\p{L}\p{M}'’ʼ-]*\.?[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’ʼ-]*,?[ \t]*", // street name
    r"(?:(?i:буд\.|будинок|д\.|дом)[ \t]*)?<<D>>{1,4}\p{Ll}?(?:/<<D>>{1,4})?",   // house
    r"(?:[ \t]*,?[ \t]*(?i:кв\.|квартира|корп\.)[ \t]*<<D>>{1,4})*)\b",          // flat, block
);
/// ar: "شارع الملك فهد 12", "شارع 15".
const STREET_AR: &str = r"(?P<m>(?:<<T>>)[ \t]+(?:<<A>>[ \t]+){0,3}?(?:رقم[ \t]+)?<<D>>{1,4})\b";
/// "44135 Dortmund", "60311 Frankfurt am Main", "101000 Москва"; group `w` must not count things.
const POSTAL_CITY: &str = concat!(
    r"\b(?P<m><<D>>{5,6}[ \t]+(?P<w>\p{Lu}[\p{Ll}\p{M}]+)(?:-\p{Lu}[\p{Ll}\p{M}]+)*",
    r"(?:[ \t]+(?:am|an[ \t]+der|im|upon|на)[ \t]+\p{Lu}[\p{Ll}\p{M}]+)?)\b",
);

// Dates: numeric (d.m.y, m/d/y, ISO) and with month names; the values are checked in code.

const DATE_NUMERIC: &str = r"\b<<D>>{1,2}(?:\.[ \t]?|/|-)<<D>>{1,2}(?:\.[ \t]?|/|-)(?:<<D>>{4}|<<D>>{2})\b";
const DATE_ISO: &str = r"\b<<D>>{4}[-/.]<<D>>{1,2}[-/.]<<D>>{1,2}\b";
/// "12 March 1985", "12. März 1985", "12th of March 1985", "١٢ مارس ١٩٨٥".
const DATE_DAY_MONTH: &str = r"\b<<D>>{1,2}(?:st|nd|rd|th|\.)?[ \t]+(?:of[ \t]+)?(?:<<M>>)\.?,?[ \t]+<<D>>{4}\b";
/// "March 12, 1985".
const DATE_MONTH_DAY: &str = r"(?:<<M>>)\.?[ \t]+<<D>>{1,2}(?:st|nd|rd|th)?,?[ \t]+<<D>>{4}\b";

// Phone numbers: a candidate is a run of digits with separators; its shape is checked in code.

/// Groups may be parted by spaces, also the non-breaking and narrow non-breaking ones that phones
/// and word processors insert.
const PHONE: &str = r"(?:\+[ \x{A0}\x{202F}]?|\([ \x{A0}\x{202F}]?)?<<D>>(?:[ \x{A0}\x{202F}\-/.()]{0,3}<<D>>)*";
/// A candidate that starts with a date ("01.02.2024 10" from "01.02.2024 10:00") is no phone number.
const DATE_SHAPE: &str =
    r"^(?:<<D>>{1,2}[./\-][ ]?<<D>>{1,2}[./\-][ ]?<<D>>{2,4}|<<D>>{4}[./\-]<<D>>{1,2}[./\-]<<D>>{1,2})(?:\D|$)";
const TIME_RANGE: &str = r"^<<D>>{1,2}[.:]<<D>>{2}[ ]*[-–][ ]*<<D>>{1,2}[.:]<<D>>{2}$";

const EMAIL: &str = r"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}";
/// Country code, check digits, then the account part with optional single spaces; the length
/// and checksum are checked in code.
const IBAN: &str = r"\b[A-Za-z]{2}[0-9]{2}(?:[ \x{A0}]?[A-Za-z0-9]){10,32}";

impl Patterns {
    pub(crate) fn build() -> Result<Self, regex::Error> {
        let conj = Clitics::Conjunction;
        let name = fill(r"<<W>>(?:[ \t]+<<W>>){0,2}", &[("W", NAME_WORD)]);
        let any_name = format!("(?:{name}|{})", fill(r"<<A>>(?:[ \t]+<<A>>)?", &[("A", ARABIC_WORD)]));
        let house = fill(HOUSE_NUMBER, &[("D", D)]);
        let months = words(&lexicon::all(|l| l.months), conj);
        let suffixes =
            format!("(?i:{})", lexicon::STREET_SUFFIXES_DE.iter().map(|s| fold(s, false)).collect::<Vec<_>>().join("|"));

        let named = |template: &str, cues: &[&str]| {
            let cue = words(cues, conj);
            compile(&fill(template, &[("CUE", &cue), ("ANY", &any_name), ("NAME", &name), ("W", NAME_WORD)]))
        };
        let names = vec![
            (named(INTRO_NAME, &lexicon::all(|l| l.name_intros))?, NameRule::Intro),
            (named(LABEL_NAME, &lexicon::all(|l| l.name_labels))?, NameRule::Intro),
            (named(ADIM_NAME, &[])?, NameRule::Intro),
            (named(TITLE_NAME, &lexicon::all(|l| l.name_titles))?, NameRule::Title),
            (named(TITLE_AFTER_NAME, &lexicon::all(|l| l.name_titles_after))?, NameRule::TitleAfter),
            (named(GREETING_NAME, &lexicon::all(|l| l.greetings))?, NameRule::Line),
            (named(CLOSING_NAME_BELOW, &lexicon::all(|l| l.closings))?, NameRule::Line),
            (named(CLOSING_NAME_BESIDE, &lexicon::all(|l| l.closings))?, NameRule::Line),
        ];

        let street = |template: &str, types: &[&str]| {
            let t = words(types, conj);
            let vars =
                [("T", t.as_str()), ("SUF", &suffixes), ("H", &house), ("C", CAP_WORD), ("A", ARABIC_WORD), ("D", D)];
            compile(&fill(template, &vars))
        };
        let streets = vec![
            (street(STREET_DE_COMPOUND, &[])?, StreetRule::GermanCompound),
            (street(STREET_DE_WORDS, lexicon::STREET_WORDS_DE)?, StreetRule::GermanWords),
            (street(STREET_DE_PREPOSITION, lexicon::PREPOSITIONS_DE)?, StreetRule::GermanPreposition),
            (street(STREET_EN, lexicon::STREET_TYPES_EN)?, StreetRule::Plain),
            (street(STREET_TR, lexicon::STREET_TYPES_TR)?, StreetRule::Plain),
            (street(STREET_UK_RU, &lexicon::street_types_uk_ru())?, StreetRule::Plain),
            (street(STREET_AR, lexicon::STREET_WORDS_AR)?, StreetRule::Arabic),
        ];

        let mut id_cues = Vec::new();
        for (list, digits) in lexicon::id_strict() {
            id_cues.push((compile(&words(list, conj))?, digits.clone()));
        }
        id_cues.push((compile(&words(&lexicon::all(|l| l.id_cues), conj))?, 4..=20));

        let with_digits = |template: &str| compile(&fill(template, &[("D", D), ("M", &months)]));
        Ok(Patterns {
            email: compile(EMAIL)?,
            iban: compile(IBAN)?,
            phone: with_digits(PHONE)?,
            phone_cue: compile(&words(&lexicon::all(|l| l.phone_cues), conj))?,
            not_phone_cue: compile(&words(&lexicon::all(|l| l.not_phone_cues), conj))?,
            date_shape: with_digits(DATE_SHAPE)?,
            time_range: with_digits(TIME_RANGE)?,
            units: compile(&format!(r"^[ \t\x{{A0}}]*(?:[%€$£₺₴₽]|{})", words(&lexicon::all(|l| l.units), conj)))?,
            dates: vec![
                with_digits(DATE_NUMERIC)?,
                with_digits(DATE_ISO)?,
                with_digits(DATE_DAY_MONTH)?,
                with_digits(DATE_MONTH_DAY)?,
            ],
            birth_cue: compile(&words(&lexicon::all(|l| l.birth_cues), conj))?,
            names,
            streets,
            postal_city: with_digits(POSTAL_CITY)?,
            health: compile(&words(&lexicon::all(|l| l.health_words), Clitics::Article))?,
            health_context: HEALTH_IN_CONTEXT.iter().map(|p| compile(p)).collect::<Result<_, _>>()?,
            not_health: compile(&words(&lexicon::all(|l| l.not_health), conj))?,
            id_cues,
            id_filler: compile(&format!(r"^(?:[ \t]*(?:[:#№=\-–—]|{}))*[ \t]*", words(&lexicon::all(|l| l.id_fillers), conj)))?,
        })
    }
}
