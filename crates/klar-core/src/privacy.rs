//! The privacy highlighter: before a message would go to a chatbot, mark the personal data in it,
//! so a lesson can show the learner what not to paste. Plain rules, offline, no model.
//!
//! How it decides (a highlighter that marks everything teaches nothing, so every mark needs evidence):
//! - shapes that can be checked are checked: an IBAN must pass mod-97 and its country's length; a
//!   phone number needs a phone shape (`+49 …`, `0049 …`, a trunk `0`, Russian `8 (…)`, US `3-3-4`) or a
//!   phone cue ("Tel.", "телефон", "هاتف" …), and never looks like a date, time, price or order number;
//! - what no shape can tell needs a cue next to it: a date is a birth date only near "born",
//!   "geboren", "doğum tarihi", "народився", "родился", "ولدت" …; a name only after "my name is",
//!   a title (Frau, Bay, пані, السيد …), a greeting line or a closing line ("Viele Grüße\nAyla");
//!   an ID number only after its cue (Steuer-ID, TC Kimlik No, ІПН, رقم الهوية …);
//! - addresses need a street word and a house number, or a postal code followed by a city;
//! - health words (diagnoses, conditions, treatments) are matched as stems, with the endings of
//!   Turkish, Ukrainian, Russian and the attached article/prepositions of Arabic.
//!
//! Overlaps: the longer mark wins, then the kind whose rule needed more evidence (a cued name beats
//! a health word: "Frau Krebs"); segments never overlap, and a street followed by its postal code
//! and city ("Hauptstraße 12, 44135 Dortmund") is one address.
//!
//! Input cap: only the first [`MAX_SCAN_CHARS`] characters are scanned; the rest comes back as one
//! unmarked segment and [`PrivacyScan::truncated`] is set, so the text is never lost or altered.
//!
//! Known limitations (by design of a cue-based, offline highlighter):
//! - names without a cue ("Jonas kommt morgen"), lowercase names ("adım ayşe"), "I'm X" (too
//!   risky: "I'm Tired") and greetings in the middle of a line are not marked; after a German title
//!   a following capitalised noun may be taken as part of the name ("Frau Schmidt Kuchen"); Arabic
//!   names after a cue are taken as at most two words;
//! - homonyms of health words are marked: "Krebs"/"рак" the crab, "Behinderungen" of traffic,
//!   "depression" in economics or weather unless written as one of the listed exceptions ("Great
//!   Depression", "Велика депресія", "Sternzeichen Krebs" …); acronyms are matched in capitals only,
//!   so an all-caps "HEARING AIDS" is marked; a health word is marked even when it is about someone
//!   else or a general remark;
//! - a postal code followed by a capitalised word that is not a city ("20000 Gäste") is marked
//!   unless the word is on the list of count nouns;
//! - street forms outside the listed ones (e.g. "Hohenzollernring 5": "-ring" alone is too often an
//!   English "-ring" word) are not marked;
//! - a phone number without a phone shape and without a cue ("555 1234"), IBANs of countries missing
//!   from the length table, and a year of birth alone ("Jahrgang 1985", "1985 doğumlu") are not marked.

use regex::{Regex, RegexBuilder};
use serde::Serialize;
use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;
use ts_rs::TS;

/// How many characters (not bytes) of a message are scanned; a chat message is far shorter, and the
/// cap keeps a pasted book from freezing the lesson.
pub const MAX_SCAN_CHARS: usize = 20_000;

/// A kind of personal data the highlighter can mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum PersonalData {
    Name,
    Address,
    Phone,
    Email,
    Iban,
    BirthDate,
    Health,
    /// Tax ID, passport or ID card number, social security number — introduced by a cue word.
    IdNumber,
}

impl PersonalData {
    pub const ALL: [PersonalData; 8] = [
        PersonalData::Name,
        PersonalData::Address,
        PersonalData::Phone,
        PersonalData::Email,
        PersonalData::Iban,
        PersonalData::BirthDate,
        PersonalData::Health,
        PersonalData::IdNumber,
    ];

    /// The kebab-case name, as serialized and as used in the Fluent message ids.
    pub fn key(self) -> &'static str {
        match self {
            PersonalData::Name => "name",
            PersonalData::Address => "address",
            PersonalData::Phone => "phone",
            PersonalData::Email => "email",
            PersonalData::Iban => "iban",
            PersonalData::BirthDate => "birth-date",
            PersonalData::Health => "health",
            PersonalData::IdNumber => "id-number",
        }
    }

    /// The Fluent id of the short label ("Phone number").
    pub fn label_id(self) -> String {
        format!("privacy-kind-{}", self.key())
    }

    /// The Fluent id of the explanation why this is personal data.
    pub fn why_id(self) -> String {
        format!("privacy-why-{}", self.key())
    }

    /// Breaks ties between marks of equal length: the kind whose rule needed more evidence wins
    /// ("Herr Krebs" is a name, not a diagnosis; a cued ID number is not a phone number).
    fn specificity(self) -> u8 {
        match self {
            PersonalData::IdNumber => 8,
            PersonalData::Iban => 7,
            PersonalData::Email => 6,
            PersonalData::BirthDate => 5,
            PersonalData::Name => 4,
            PersonalData::Address => 3,
            PersonalData::Phone => 2,
            PersonalData::Health => 1,
        }
    }
}

/// A piece of the message: marked with a kind, or plain text. The segments of a scan, joined,
/// are exactly the input; no segment is empty and no two plain segments are neighbours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Segment {
    pub text: String,
    pub kind: Option<PersonalData>,
}

/// How many marks of one kind a scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KindCount {
    pub kind: PersonalData,
    pub count: u32,
}

/// What [`scan`] found: the message in segments, and how many marks of each kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PrivacyScan {
    pub segments: Vec<Segment>,
    /// Only kinds that were found, in the order of [`PersonalData::ALL`].
    pub counts: Vec<KindCount>,
    /// The input was longer than [`MAX_SCAN_CHARS`]; the rest is in the last segment, unmarked.
    pub truncated: bool,
}

impl PrivacyScan {
    /// The marked pieces with their kinds, in text order.
    pub fn marks(&self) -> impl Iterator<Item = (&str, PersonalData)> {
        self.segments.iter().filter_map(|s| s.kind.map(|k| (s.text.as_str(), k)))
    }

    /// How many marks there are in all.
    pub fn total(&self) -> u32 {
        self.counts.iter().map(|c| c.count).sum()
    }
}

/// Finds the personal data in `text`. Never panics. Only the first [`MAX_SCAN_CHARS`] characters
/// are scanned; the rest is returned unmarked and `truncated` is set.
pub fn scan(text: &str) -> PrivacyScan {
    let cut = text.char_indices().nth(MAX_SCAN_CHARS).map_or(text.len(), |(i, _)| i);
    let (head, tail) = text.split_at(cut);
    let marks = match PATTERNS.as_ref() {
        Ok(p) => resolve(head, candidates(p, head)),
        Err(e) => {
            // A pattern that does not compile is a programming error (a test builds them all);
            // showing no marks is better than taking the lesson down.
            tracing::error!(error = %e, "privacy patterns failed to compile");
            Vec::new()
        }
    };
    let mut segments: Vec<Segment> = Vec::new();
    let mut counts = [0u32; PersonalData::ALL.len()];
    let mut pos = 0;
    for m in &marks {
        push_plain(&mut segments, &head[pos..m.range.start]);
        segments.push(Segment { text: head[m.range.clone()].to_string(), kind: Some(m.kind) });
        if let Some(i) = PersonalData::ALL.iter().position(|k| *k == m.kind) {
            counts[i] += 1;
        }
        pos = m.range.end;
    }
    push_plain(&mut segments, &head[pos..]);
    push_plain(&mut segments, tail);
    let counts = PersonalData::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| KindCount { kind: *k, count: n })
        .collect();
    PrivacyScan { segments, counts, truncated: !tail.is_empty() }
}

fn push_plain(segments: &mut Vec<Segment>, text: &str) {
    if text.is_empty() {
        return;
    }
    match segments.last_mut() {
        Some(last) if last.kind.is_none() => last.text.push_str(text),
        _ => segments.push(Segment { text: text.to_string(), kind: None }),
    }
}

// ---------------------------------------------------------------------------------------------
// Marks and overlaps
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
struct Mark {
    range: Range<usize>,
    kind: PersonalData,
}

fn candidates(p: &Patterns, text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    find_emails(p, text, &mut out);
    find_ibans(p, text, &mut out);
    find_phones(p, text, &mut out);
    find_birth_dates(p, text, &mut out);
    find_names(p, text, &mut out);
    find_addresses(p, text, &mut out);
    find_health(p, text, &mut out);
    find_id_numbers(p, text, &mut out);
    out
}

/// Longest first, then the most specific kind; a candidate that overlaps a chosen one is dropped.
fn resolve(text: &str, mut cands: Vec<Mark>) -> Vec<Mark> {
    cands.retain(|m| m.range.start < m.range.end && m.range.end <= text.len());
    let len = |m: &Mark| text.get(m.range.clone()).map_or(0, |s| s.chars().count());
    cands.sort_by(|a, b| {
        len(b)
            .cmp(&len(a))
            .then(b.kind.specificity().cmp(&a.kind.specificity()))
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut chosen: Vec<Mark> = Vec::new();
    for c in cands {
        if chosen.iter().all(|k| k.range.end <= c.range.start || c.range.end <= k.range.start) {
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|m| m.range.start);
    // "Hauptstraße 12, 44135 Dortmund" is one address, not two.
    let mut merged: Vec<Mark> = Vec::with_capacity(chosen.len());
    for m in chosen {
        if let Some(last) = merged.last_mut() {
            let between = text.get(last.range.end..m.range.start).unwrap_or("x");
            let joinable = between.chars().all(|c| c == ',' || c == '،' || c.is_whitespace())
                && between.matches('\n').count() <= 1;
            // Only a street followed by "postal code + city" is one address; a list of streets is not.
            let postal_next = text[m.range.clone()].chars().take_while(|c| is_digit(*c)).count() >= 5;
            if last.kind == PersonalData::Address && m.kind == PersonalData::Address && joinable && postal_next {
                last.range.end = m.range.end;
                continue;
            }
        }
        merged.push(m);
    }
    merged
}

// ---------------------------------------------------------------------------------------------
// Pattern building: word lists become forgiving alternations
// ---------------------------------------------------------------------------------------------

/// Any decimal digit people type: ASCII, Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹).
const D: &str = r"[0-9\x{0660}-\x{0669}\x{06F0}-\x{06F9}]";
/// Arabic short vowels, shadda, sukun, dagger alef and tatweel: written or not, same word.
const ARABIC_MARKS: &str = r"[\x{064B}-\x{0652}\x{0670}\x{0640}]*";
/// An Arabic noun may carry "and"/"so", the prepositions bi/li/ka, and the article: بالسكري, للسرطان.
const ARABIC_ARTICLE: &str = "(?:[وف]?(?:[بك]?ال|لل|[بلك])?)";

/// How a word list treats Arabic words (other scripts are unaffected).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clitics {
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
fn words(list: &[&str], clitics: Clitics) -> String {
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
fn fold(word: &str, arabic: bool) -> String {
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

fn is_arabic_letter(c: char) -> bool {
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

fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    // Word lists with Unicode classes and case folding are larger than the default limits allow.
    RegexBuilder::new(pattern).size_limit(1 << 26).dfa_size_limit(1 << 26).build()
}

// ---------------------------------------------------------------------------------------------
// Data tables (per language: en, de, tr, uk, ru, ar)
// ---------------------------------------------------------------------------------------------

/// Phrases that introduce a phone number, so that a number without the usual shape still counts.
#[rustfmt::skip]
const PHONE_CUES: &[&str] = &[
    // en
    "phone", "phone number", "tel", "tel.", "telephone", "mobile", "cell", "cellphone", "call me", "text me",
    "whatsapp", "fax", "ph.",
    // de
    "telefon*", "tel.-nr.", "handy*", "mobil*", "festnetz", "rufnummer", "ruf mich an", "erreichbar unter",
    // tr
    "telefonum", "telefon numaram", "cep", "cep telefonu", "cep no", "gsm", "beni ara", "numaram",
    // uk
    "телефон*", "тел.", "тел", "моб.", "мобільний", "номер телефону", "дзвоніть", "зателефонуй", "телефонуй",
    "вайбер", "viber",
    // ru
    "мобильный", "номер телефона", "звоните", "позвони", "позвоните",
    // ar
    "هاتف", "هاتفي", "الهاتف", "رقم الهاتف", "رقم هاتفي", "جوال", "جوالي", "الجوال", "رقم الجوال", "موبايل",
    "اتصل بي", "واتساب", "تلفون",
];

/// Phrases after which a number is an order, invoice, page … number, not a phone number.
#[rustfmt::skip]
const NOT_PHONE_CUES: &[&str] = &[
    // en
    "order", "order no", "order no.", "order number", "invoice*", "customer number", "customer id", "account number",
    "tracking*", "reference", "ref", "ref.", "ticket*", "case number", "item", "article", "serial*", "isbn",
    "version", "page", "pages", "p.", "room", "id", "meeting id", "pin", "code", "tan", "otp",
    // de
    "bestell*", "bestell-nr.", "auftrag*", "rechnung*", "rechnungs-nr.", "kunden*", "kunden-nr.", "sendung*",
    "vorgangsnummer", "aktenzeichen", "artikel*", "artikel-nr.", "kontonummer", "seriennummer", "seite", "seiten",
    "s.", "ticketnummer", "zimmer", "raum", "kennwort",
    // tr
    "sipariş*", "fatura*", "müşteri numarası", "müşteri no", "takip*", "kargo", "hesap numarası", "seri numarası",
    "sayfa*", "referans*", "oda", "kod*", "şifre*",
    // uk
    "замовлення", "номер замовлення", "рахунок", "рахунку", "накладна", "накладної", "трек*", "сторінка", "сторінці",
    "артикул", "договір", "договору", "кімната", "код",
    // ru
    "заказ*", "номер заказа", "счет", "счёт", "счета", "накладная", "накладной", "страница", "стр.", "договор*",
    "комната",
    // ar
    "رقم الطلب", "الطلب", "طلب", "فاتورة", "الفاتورة", "رقم التتبع", "تتبع", "الشحنة", "شحنة", "رقم الحساب", "صفحة",
    "الصفحة", "مرجع", "غرفة", "رمز",
];

/// Words that follow a number that is a quantity, price or time, not a phone or house number.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "uhr", "prozent", "euro", "eur", "usd", "dollar", "tl", "lira", "грн", "гривень", "руб", "рублей", "km", "kg",
    "m", "min", "h", "personen", "leute", "menschen", "minuten", "stunden", "tage", "jahre", "seiten", "mal",
    "people", "persons", "minutes", "hours", "days", "years", "pages", "times", "kişi", "dakika", "saat", "yıl",
    "gün", "sayfa", "людей", "осіб", "человек", "хвилин", "минут", "років", "лет", "днів", "дней", "сторінок",
    "страниц", "شخص", "أشخاص", "دقيقة", "ساعة", "سنة", "يوم", "صفحة", "ريال", "درهم", "جنيه",
];

/// Cues for a date of birth; the date must stand right before or after one of them.
#[rustfmt::skip]
const BIRTH_CUES: &[&str] = &[
    // en
    "born", "date of birth", "birth date", "birthdate", "dob", "d.o.b.",
    // de
    "geboren", "geb.", "geburtsdatum", "geb.-datum", "geburtsdaten",
    // tr
    "doğum tarih*", "d. tarihi", "doğdum", "doğmuşum", "doğdu", "doğmuş", "doğumlu", "doğumluyum",
    // uk
    "народився", "народилася", "народилась", "народжений", "народжена", "дата народження",
    // ru
    "родился", "родилась", "рождён", "рожден", "рождена", "дата рождения", "года рождения",
    // ar
    "ولدت", "ولد", "تاريخ الميلاد", "تاريخ ميلادي", "تاريخ الولادة", "مواليد", "مولود", "مولودة", "المولود",
];

/// Month names, including the genitive forms Ukrainian and Russian use in dates and both the
/// Egyptian/Gulf and the Levantine/Iraqi Arabic names.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    // en
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // de
    "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "mär", "okt", "dez",
    // tr
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
    // uk (genitive, then nominative)
    "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада",
    "грудня", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
    "жовтень", "листопад", "грудень",
    // ru (genitive, then nominative)
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря", "январь", "февраль", "март", "апрель", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
    "декабрь",
    // ar
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول",
];

/// Phrases after which the next capitalised word(s) are the writer's name. "I'm X" is left out:
/// "I'm Tired" would be marked.
#[rustfmt::skip]
const NAME_INTROS: &[&str] = &[
    // en
    "my name is", "my name's",
    // de
    "ich heiße", "ich heisse", "mein name ist", "mein name lautet",
    // tr
    "benim adım", "benim ismim", "ismim", "adım soyadım",
    // uk
    "мене звати", "моє ім'я", "мене кличуть", "моє прізвище",
    // ru
    "меня зовут", "моё имя", "мое имя", "моя фамилия",
    // ar
    "اسمي", "اسمي هو",
];

/// Form labels at the start of a line ("Name: Jonas Weber"); a colon must follow.
#[rustfmt::skip]
const NAME_LABELS: &[&str] = &[
    // en
    "name", "full name", "first name", "last name", "surname",
    // de
    "vorname", "nachname", "vollständiger name",
    // tr
    "ad", "soyad", "soyadı", "ad soyad", "adı soyadı", "isim", "isim soyisim",
    // uk
    "ім'я", "прізвище", "піб", "ім'я та прізвище",
    // ru
    "имя", "фамилия", "фио", "имя и фамилия",
    // ar
    "الاسم", "الاسم الكامل",
];

/// Titles before a name. Latin-script titles are case-sensitive: "ms" is also milliseconds.
#[rustfmt::skip]
const NAME_TITLES: &[&str] = &[
    // en
    "=Mr", "=Mr.", "=Mrs", "=Mrs.", "=Ms", "=Ms.", "=Mx.", "=Dr", "=Dr.", "=Prof.",
    // de (Dr./Prof. above)
    "=Herr", "=Herrn", "=Frau",
    // tr
    "=Bay", "=Bayan", "sayın",
    // uk
    "пан", "пані", "пане", "пана", "панові",
    // ru
    "господин", "госпожа", "господина", "госпожи", "господину", "госпоже", "г-н", "г-жа",
    // ar
    "السيد", "السيدة", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة",
];

/// Turkish puts the title after the name: "Ahmet Bey", "Ayşe Hanım".
const NAME_TITLES_AFTER: &[&str] = &["bey", "hanım", "beyefendi", "hanımefendi"];

/// A word before a title that makes it a plain noun: "die Frau", "als Frau", "the Dr".
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines", "jede", "jeder",
    "jedem", "jeden", "keine", "kein", "keiner", "meine", "mein", "meiner", "meinem", "deine", "dein", "seine",
    "sein", "ihre", "ihr", "unsere", "eure", "als", "diese", "dieser", "diesem", "welche", "junge", "alte", "jungen",
    "alten", "the", "a", "an", "this", "that", "every", "each", "no", "my", "your", "his", "her", "our", "their",
    "as",
];

/// Greetings at the start of a line, followed by a name ("Liebe Ayla,", "Привіт, Олено!").
#[rustfmt::skip]
const GREETINGS: &[&str] = &[
    // en
    "dear", "hi", "hello", "hey",
    // de
    "liebe", "lieber", "hallo", "moin", "servus",
    // tr
    "sevgili", "merhaba", "selam", "değerli",
    // uk
    "дорогий", "дорога", "шановний", "шановна", "привіт", "вітаю", "добрий день",
    // ru
    "дорогой", "дорогая", "уважаемый", "уважаемая", "привет", "здравствуйте", "добрый день",
    // ar
    "عزيزي", "عزيزتي", "مرحبا", "أهلا",
];

/// Closing lines after which the next line (or the rest of the line after a comma) is a name.
#[rustfmt::skip]
const CLOSINGS: &[&str] = &[
    // en
    "best regards", "kind regards", "regards", "best wishes", "best", "cheers", "thanks", "thank you", "many thanks",
    "sincerely", "yours sincerely", "yours faithfully", "yours truly", "warm regards", "love", "greetings",
    "all the best",
    // de
    "viele grüße", "liebe grüße", "beste grüße", "mit freundlichen grüßen", "freundliche grüße", "herzliche grüße",
    "schöne grüße", "mfg", "lg", "vg", "gruß", "grüße", "danke", "vielen dank", "bis bald", "tschüss", "ciao", "dein",
    "deine", "euer", "eure",
    // tr
    "saygılarımla", "saygılar", "sevgiler", "selamlar", "iyi çalışmalar", "teşekkürler", "teşekkür ederim",
    "görüşmek üzere", "hoşça kal",
    // uk
    "з повагою", "з найкращими побажаннями", "дякую", "щиро", "обіймаю", "до зустрічі", "бувай",
    // ru
    "с уважением", "с наилучшими пожеланиями", "спасибо", "всего доброго", "всего хорошего", "искренне", "до встречи",
    "пока", "обнимаю",
    // ar
    "مع التحية", "مع خالص التحية", "مع أطيب التحيات", "تحياتي", "مع الشكر", "شكرا", "مع الاحترام", "مع فائق الاحترام",
    "وتفضلوا بقبول فائق الاحترام",
];

/// Capitalised words that follow name cues but are not names ("Dear Team", "Hallo Zusammen",
/// "Ich heiße Sie willkommen", "Sayın Yetkili"). Compared case-sensitively, Arabic without marks.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    // en
    "All", "Team", "Everyone", "Everybody", "Sir", "Madam", "Colleagues", "Friends", "Friend", "Customer",
    "Customers", "Students", "Parents", "Members", "Neighbours", "Neighbors", "Reader", "Readers", "Folks", "Guys",
    "There", "World", "Mum", "Mom", "Dad", "Thanks", "Thank", "You", "Regards", "Best", "Cheers", "Love", "See",
    "Soon", "Later", "Talk", "Bye", "The", "And", "Or", "I", "My", "We", "Our", "Your", "Area", "Bridge", "Street",
    "Road", "Hospital", "Clinic", "Morning", "Afternoon", "Evening", "Night", "Management", "Support", "Admin",
    "Sales", "Mr", "Mrs", "Ms", "Dr", "Prof", "Siri", "Alexa", "Google", "Gemini", "Claude", "Copilot", "Klar",
    "Diary", "President", "Minister", "Speaker", "Chairman", "Chair", "Mayor", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
    // de
    "Alle", "Allerseits", "Zusammen", "Leute", "Kollegen", "Kolleginnen", "Freunde", "Freundinnen", "Eltern",
    "Kinder", "Damen", "Herren", "Herr", "Herrn", "Frau", "Welt", "Grüße", "Gruß", "Grüßen", "Sie", "Ihnen", "Ihr",
    "Ihre", "Euch", "Du", "Dich", "Dir", "Ich", "Wir", "Er", "Es", "Der", "Die", "Das", "Den", "Dem", "Ein", "Eine",
    "Und", "Oder", "Aber", "Bitte", "Danke", "Herzlich", "Willkommen", "Bis", "Morgen", "Heute", "Gestern", "Bald",
    "Tschüss", "Bescheid", "Doktor", "Professor", "Kunde", "Kundin", "Nachbarn", "Mama", "Papa", "Oma", "Opa",
    "Tagebuch", "Ober", "Präsident", "Präsidentin", "Minister", "Ministerin", "Kanzler", "Kanzlerin", "Bundeskanzler",
    "Bundeskanzlerin", "Bürgermeister", "Bürgermeisterin", "Professorin", "Doktorin", "Pfarrer", "Pfarrerin",
    "Lehrer", "Lehrerin", "Nachbar", "Nachbarin", "Kollege", "Kollegin", "Chef", "Chefin", "Mitarbeiter",
    "Mitarbeitende", "Guten", "Tag", "Abend", "Liebe", "Lieber", "Viele", "Beste", "Schöne", "Herzliche", "Mit",
    "Freundlichen", "Termin", "Frage", "Anfrage", "Nachricht", "Hilfe", "Montag", "Dienstag", "Mittwoch",
    "Donnerstag", "Freitag", "Samstag", "Sonntag", "Vielen", "Dank", "Euer", "Eure", "Dein", "Deine", "Mein", "Meine",
    "Unser", "Unsere",
    // tr
    "Merhaba", "Selam", "Sayın", "Değerli", "Sevgili", "Bey", "Hanım", "Beyefendi", "Hanımefendi", "Hocam",
    "Arkadaşlar", "Herkes", "Ekip", "Takım", "Saygılarımla", "Teşekkürler", "İyi", "Günler", "Çalışmalar", "Efendim",
    "Ben", "Sen", "Biz", "Siz", "Bu", "Şu", "Yetkili", "İlgili", "Müşterimiz", "Dünya", "Bakan", "Başkan", "Müdür",
    "Doktor", "Hoca", "Vali", "Hakim", "Cumhurbaşkanı", "Millet", "Arkadaşım",
    // uk
    "Всім", "Друзі", "Колеги", "Команда", "Пане", "Пані", "Шановні", "Дякую", "Привіт", "Я", "Ти", "Ви", "Ми", "Це",
    "Президент", "Міністр", "Директор", "Лікар", "Добрий", "День", "Вечір", "Ранок", "Бувай", "До", "Світ", "Повагою",
    // ru
    "Всем", "Друзья", "Коллеги", "Уважаемые", "Спасибо", "Привет", "Ты", "Вы", "Мы", "Это", "Добрый", "Вечер", "Утро",
    "Пока", "Мир", "Уважением", "Ребята", "Президент", "Министр", "Директор", "Доктор",
    // ar (compared without diacritics, hamza folded)
    "من", "في", "الى", "مع", "عن", "انا", "هو", "هي", "نحن", "انت", "عمري", "يا", "الجميع", "جميعا", "بكم", "بك",
    "فريق", "عزيزي", "عزيزتي", "شكرا", "اعيش", "اسكن", "اعمل", "ادرس", "طالب", "طالبه", "هنا", "و", "ولكن", "لكن",
];

/// German street words that end a compound ("Lindenweg", "Hauptstraße"). Bare "-ring", "-berg",
/// "-hof" are left out: too many English words and German nouns end that way.
#[rustfmt::skip]
const STREET_SUFFIXES_DE: &[&str] = &[
    "straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "damm", "ufer", "chaussee", "pfad", "stieg",
    "steig", "promenade", "markt",
];

/// German street words on their own, after an "-er" word: "Berliner Straße", "Alter Markt".
#[rustfmt::skip]
const STREET_WORDS_DE: &[&str] = &[
    "=Straße", "=Strasse", "=Str.", "=Weg", "=Gasse", "=Allee", "=Platz", "=Ring", "=Damm", "=Ufer", "=Chaussee",
    "=Markt", "=Steig", "=Pfad",
];

/// German addresses named after a place: "Am Markt 3a", "An der Alster 5".
#[rustfmt::skip]
const PREPOSITIONS_DE: &[&str] = &[
    "=Am", "=Im", "=Zum", "=Zur", "=An der", "=An den", "=Auf dem", "=Auf der", "=In der", "=In den",
    "=Unter den", "=Hinter der", "=Vor dem",
    // in running text: "ich wohne am Markt 3a"
    "=am", "=im", "=zum", "=zur", "=an der", "=an den", "=auf dem", "=auf der", "=in der", "=in den",
];

/// English street types (capitalised, after the house number and the name).
#[rustfmt::skip]
const STREET_TYPES_EN: &[&str] = &[
    "=Street", "=St", "=Road", "=Rd", "=Avenue", "=Ave", "=Lane", "=Ln", "=Drive", "=Boulevard", "=Blvd", "=Way",
    "=Close", "=Court", "=Ct", "=Place", "=Pl", "=Square", "=Sq", "=Terrace", "=Crescent", "=Grove", "=Gardens",
    "=Row", "=Parkway", "=Highway", "=Hwy",
];

/// Turkish street types, before "No:" and the number.
#[rustfmt::skip]
const STREET_TYPES_TR: &[&str] = &[
    "caddesi", "cad.", "cad", "cd.", "sokak", "sokağı", "sok.", "sk.", "bulvarı", "blv.", "bulv.",
];

/// Ukrainian and Russian street types, before the street name.
#[rustfmt::skip]
const STREET_TYPES_UK_RU: &[&str] = &[
    // uk
    "вул.", "вулиця", "вулиці", "просп.", "проспект", "пров.", "провулок", "бульв.", "бульвар", "пл.", "площа",
    "набережна",
    // ru
    "ул.", "улица", "пр-т", "пер.", "переулок", "б-р", "площадь", "ш.", "шоссе", "наб.", "набережная",
];

/// Arabic street words (before the name): شارع "street", طريق "road".
const STREET_WORDS_AR: &[&str] = &["شارع", "طريق"];

/// Compounds with a street ending that are not streets ("Parkplatz 12" is a parking space).
#[rustfmt::skip]
const NOT_STREETS_DE: &[&str] = &[
    "arbeitsplatz", "parkplatz", "stellplatz", "sitzplatz", "spielplatz", "studienplatz", "kitaplatz",
    "ausbildungsplatz", "campingplatz", "supermarkt", "arbeitsmarkt", "wohnungsmarkt", "aktienmarkt", "binnenmarkt",
    "umweg", "ausweg", "rückweg", "heimweg", "hinweg", "schulweg", "lösungsweg", "arbeitsweg", "lebensweg",
    "rechtsweg", "bildungsweg", "fußweg", "radweg", "flohmarkt", "weihnachtsmarkt",
];

/// Capitalised words that may precede a street name at the start of a sentence.
#[rustfmt::skip]
const STREET_LEAD_INS: &[&str] = &[
    "adres", "adresim", "adresimiz", "adresi", "ev", "evim", "address", "home", "my", "i", "we", "adresse",
    "anschrift", "wohnort", "ich", "wir", "meine", "mein", "unsere", "neue", "new", "адреса", "адрес", "я", "мы",
    "ми",
];

/// Words after "Am/Im/An der …" that make it a time or a text reference, not an address.
#[rustfmt::skip]
const NOT_PLACES_DE: &[&str] = &[
    "jahr", "tag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende",
    "abend", "morgen", "mittag", "nachmittag", "ende", "anfang", "schluss", "start", "kapitel", "abschnitt", "teil",
    "level", "alter", "monat", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "moment", "durchschnitt", "schnitt", "ganzen", "grunde", "prinzip",
    "vergleich", "handy", "telefon", "computer", "internet", "bild", "beispiel", "punkt", "schritt", "satz", "test",
    "spiel", "finale", "halbfinale", "minute", "stunde", "jahrgang", "band", "buch", "semester", "rang", "zimmer",
    "raum", "saal", "gebäude", "bus", "zug", "gleis", "kurs", "video", "foto", "platz", "tisch", "stand", "reihe",
    "block", "haus", "schalter", "eingang", "ausgang", "stock", "stockwerk", "klasse", "woche", "folge", "staffel",
    "runde", "tor", "pult", "terminal", "bahnsteig", "sitz", "regel", "liga", "ranking", "tabelle", "paragraph",
    "paragraf", "absatz", "artikel", "zeile", "spalte", "folie", "aufgabe", "frage", "übung", "lektion", "version",
    "modul", "stufe", "phase", "gruppe", "team", "saison", "quartal", "halbjahr", "schuljahr", "kurs",
];

/// Capitalised words after five digits that count things rather than name a city.
#[rustfmt::skip]
const COUNT_NOUNS: &[&str] = &[
    "euro", "menschen", "personen", "leute", "einwohner", "besucher", "zuschauer", "teilnehmer", "mitglieder",
    "mitarbeiter", "mitarbeitende", "beschäftigte", "kunden", "nutzer", "nutzerinnen", "follower", "fans", "schüler",
    "schülerinnen", "studenten", "studierende", "kinder", "jahre", "tage", "stunden", "minuten", "sekunden",
    "kilometer", "meter", "meilen", "zeichen", "wörter", "worte", "seiten", "stück", "exemplare", "dollar", "pfund",
    "franken", "lira", "punkte", "stimmen", "likes", "klicks", "aufrufe", "downloads", "dateien", "bilder", "fotos",
    "videos", "einträge", "zeilen", "tokens", "token", "parameter", "schritte", "kalorien", "bücher", "autos",
    "fahrzeuge", "tonnen", "liter", "watt", "kilowatt", "haushalte", "wohnungen", "fälle", "people", "users",
    "visitors", "members", "followers", "steps", "words", "pages", "dollars", "euros", "years", "days", "hours",
    "miles", "kilometers", "leagues", "points", "views", "calories", "students", "kişi", "человек", "рублей",
    "гривень", "людей",
];

/// Health: diagnoses, conditions and treatments. `*` marks a stem (Turkish suffixes, Slavic case
/// endings, German compounds such as "Krebserkrankung"); `=` an acronym matched in capitals only.
#[rustfmt::skip]
const HEALTH_WORDS: &[&str] = &[
    // en
    "diabet*", "depression", "depressed", "cancer*", "tumor*", "tumour*", "chemo*", "=HIV", "=AIDS", "pregnan*",
    "miscarriage*", "abortion*", "therap*", "psychotherap*", "medication*", "meds", "antidepressant*", "insulin",
    "disabilit*", "wheelchair*", "autis*", "=ADHD", "anxiety disorder*", "panic attack*", "bipolar", "schizophreni*",
    "epilep*", "asthma*", "dementia", "alzheimer*", "parkinson*", "diagnosed with", "addiction*", "alcoholism",
    "recovering alcoholic", "rehab", "eating disorder*", "anorexi*", "bulimi*", "=PTSD", "=OCD", "hepatitis",
    "tuberculosis", "heart attack*", "infertil*", "=IVF", "chronic illness*", "chronic pain", "migraine*",
    "psychiatri*", "surgery",
    // de
    "zuckerkrank*", "depression*", "depressiv*", "krebs*", "brustkrebs*", "lungenkrebs*", "hautkrebs*", "darmkrebs*",
    "prostatakrebs*", "blutkrebs*", "schwanger*", "fehlgeburt*", "abtreibung*", "therapie*", "therapeut*",
    "medikament*", "antidepressiva", "behinderung*", "schwerbehinder*", "rollstuhl*", "=ADHS", "angststörung*",
    "panikattacke*", "demenz*", "diagnostiziert", "diagnose*", "alkoholsucht", "spielsucht", "drogensucht",
    "magersucht", "süchtig", "alkoholiker*", "entzugsklinik*", "essstörung*", "bulimie", "anorexie", "=PTBS",
    "zwangsstörung*", "tuberkulose", "herzinfarkt*", "schlaganfall*", "unfruchtbar*", "künstliche befruchtung",
    "chronisch krank*", "migräne*", "psychiater*", "krankgeschrieben", "krankschreibung*", "burnout*", "burn-out*",
    // tr
    "diyabet*", "şeker hastası*", "şeker hastalığı*", "depresyon*", "kanser*", "tümör*", "kemoterapi*", "hamile*",
    "gebelik*", "kürtaj*", "terapi*", "terapist*", "psikoterapi*", "ilaç*", "ilac*", "antidepresan*", "insülin*",
    "engelli*", "tekerlekli sandalye*", "otizm*", "otistik*", "=DEHB", "anksiyete bozukluğu*", "panik atak*",
    "şizofreni*", "epilepsi*", "sara hastası*", "astım hastası*", "astımım*", "astımlı*", "astım krizi*", "demans*",
    "teşhis*", "tanısı kondu", "alkol bağımlı*", "madde bağımlı*", "tedavi*", "yeme bozukluğu*", "anoreksi*", "=TSSB",
    "obsesif kompulsif*", "hepatit*", "verem", "veremli", "tüberküloz*", "kalp kriz*", "felç*", "kısırlık*",
    "tüp bebek*", "kronik hastalı*", "migren*", "psikiyatr*",
    // uk
    "діабет*", "цукров* діабет*", "депресі*", "депресивн*", "рак", "раку", "раком", "онколог*", "пухлин*",
    "хіміотерапі*", "=ВІЛ", "=СНІД", "вагітн*", "викидень", "викидня", "аборт*", "терапі*", "психотерапі*", "ліки",
    "ліків", "ліками", "лікування", "лікуюся", "лікуюсь", "антидепресант*", "інсулін*", "інвалід*", "аутизм*",
    "=СДУГ", "тривожн* розлад*", "панічн* атак*", "біполярн*", "шизофрені*", "епілепс*", "астм*", "деменці*",
    "альцгеймер*", "паркінсон*", "діагноз*", "діагностували", "алкоголізм*", "наркозалежн*", "анорекс*", "булімі*",
    "=ПТСР", "гепатит*", "туберкульоз*", "інфаркт*", "інсульт*", "безплідд*", "=ЕКЗ", "хронічн* хвороб*", "мігрен*",
    "психіатр*",
    // ru
    "диабет*", "сахарн* диабет*", "депресси*", "депрессивн*", "рака", "раке", "опухол*", "химиотерапи*", "=ВИЧ",
    "=СПИД", "беремен*", "выкидыш*", "терапи*", "психотерапи*", "лекарств*", "лечение", "лечения", "лечусь",
    "антидепрессант*", "инсулин*", "инвалид*", "аутизм*", "аутист*", "=СДВГ", "тревожн* расстройств*",
    "паническ* атак*", "биполярн*", "шизофрени*", "эпилепс*", "деменци*", "диагноз*", "диагностировали",
    "наркозависим*", "анорекси*", "булими*", "туберкул*", "бесплоди*", "=ЭКО", "хроническ* заболевани*",
    "хроническ* болезн*", "мигрен*",
    // ar (the article ال and attached prepositions are optional, see Clitics::Article)
    "سكري", "مرض السكر*", "اكتئاب*", "سرطان*", "أورام", "ورم خبيث", "ورم حميد", "علاج كيميائي", "العلاج الكيميائي",
    "إيدز", "نقص المناعة", "إجهاض*", "علاج نفسي", "العلاج النفسي", "معالج نفسي", "المعالج النفسي", "طبيب نفسي",
    "الطبيب النفسي", "طبيبي النفسي", "دواء*", "أدوية*", "أدويتي", "مضادات الاكتئاب", "أنسولين*", "إنسولين*", "إعاقة*",
    "معاق", "معاقة", "معاقين", "كرسي متحرك", "طيف التوحد", "مرض التوحد", "اضطراب التوحد", "مصاب بالتوحد",
    "مصابة بالتوحد", "اضطراب القلق", "ثنائي القطب", "اضطراب ما بعد الصدمة", "اضطراب الأكل", "اضطرابات الأكل",
    "فرط الحركة", "نوبات هلع", "نوبة هلع", "نوبات الهلع", "فصام*", "شيزوفرينيا", "صرع*", "ربو", "خرف", "زهايمر*",
    "باركنسون*", "تم تشخيصي", "شخصت", "إدمان*", "مدمن*", "التهاب الكبد", "مرض السل", "نوبة قلبية", "جلطة*",
    "سكتة دماغية", "عقم", "أطفال الأنابيب", "مرض مزمن", "أمراض مزمنة", "صداع نصفي", "الصداع النصفي",
];

/// Health words that need a context word, written as regexes whose group `m` is the mark:
/// Arabic حامل is "pregnant" but also "holder"; الحمل is "pregnancy" but also "carrying".
const HEALTH_IN_CONTEXT: &[&str] = &[
    r"(?:أنا|انا|زوجتي|لأنني|لأني|كنت|كانت)[ \t]+(?P<m>حامل)\b",
    r"\b(?P<m>حامل)[ \t]+(?:في[ \t]+(?:الشهر|الأسبوع)|بطفل|بتوأم)",
    r"(?:فترة|أثناء|اختبار|تحليل|خلال)[ \t]+(?P<m>الحمل)\b",
    r"\b(?P<m>(?i:düşük))[ \t]+(?i:yaptım|yaptı|yapmış)",
];

/// Phrases in which a health word means something else; a health mark inside one is dropped.
#[rustfmt::skip]
const NOT_HEALTH: &[&str] = &[
    "great depression", "tropical depression", "economic depression", "tropic of cancer", "i'm a cancer",
    "i am a cancer", "retail therapy", "sternzeichen krebs", "wendekreis des krebses", "im zeichen des krebses",
    "велика депресія", "великая депрессия", "знак зодіаку рак", "знак зодиака рак", "тропік рака", "тропик рака",
    "برج السرطان", "مدار السرطان", "سرطان البحر", "yengeç burcu",
];

/// ID cues whose number has a fixed count of digits.
const ID_CUES_STRICT: &[(&[&str], RangeInclusive<usize>)] = &[
    // Turkish identity number (TC Kimlik No): 11 digits.
    (
        &[
            "tc kimlik no",
            "t.c. kimlik no",
            "tc kimlik numarası",
            "t.c. kimlik numarası",
            "tc kimlik numaram",
            "t.c. kimlik numaram",
            "tc kimlik",
            "t.c. kimlik",
            "tckn",
            "tc no",
            "t.c. no",
        ],
        11..=11,
    ),
    // German tax identification number: 11 digits.
    (
        &[
            "steuer-id",
            "steuer-idnr.",
            "steuer-id-nr.",
            "steueridentifikationsnummer",
            "steuer-identifikationsnummer",
            "steuerliche identifikationsnummer",
            "identifikationsnummer",
        ],
        11..=11,
    ),
    // US social security number: 9 digits.
    (&["social security number", "social security no", "social security no.", "=SSN"], 9..=9),
    // Ukrainian taxpayer number (ІПН / РНОКПП): 10 digits.
    (&["іпн", "рнокпп", "ідентифікаційний податковий номер", "ідентифікаційний код"], 10..=10),
    // Russian taxpayer number (ИНН): 10 or 12; insurance number (СНИЛС): 11.
    (&["инн"], 10..=12),
    (&["снилс"], 11..=11),
];

/// ID cues with a free-form code (letters and at least four digits).
#[rustfmt::skip]
const ID_CUES: &[&str] = &[
    // en
    "passport number", "passport no", "passport no.", "passport", "id number", "id card number", "id card no",
    "identity card number", "national id", "national insurance number", "ni number", "driver's license number",
    "driving licence number", "tax number", "tax id", "tax id number", "=TIN",
    // de
    "reisepassnummer", "reisepass-nr.", "passnummer", "pass-nr.", "reisepass", "ausweisnummer", "ausweis-nr.",
    "personalausweisnummer", "personalausweis-nr.", "personalausweis", "ausweis", "steuernummer", "steuer-nr.",
    "führerscheinnummer", "krankenversicherungsnummer", "versichertennummer", "rentenversicherungsnummer",
    "sv-nummer", "sozialversicherungsnummer",
    // tr
    "pasaport numarası", "pasaport numaram", "pasaport no", "pasaport", "kimlik numarası", "kimlik numaram",
    "kimlik no", "vergi numarası", "vergi numaram", "vergi no", "sgk numarası", "sgk no", "sicil numarası",
    "ehliyet numarası",
    // uk
    "номер паспорта", "паспорт", "серія та номер паспорта", "id-картка", "id-картки", "номер id-картки", "унзр",
    "податковий номер", "ідентифікаційний номер", "посвідчення водія",
    // ru
    "серия и номер паспорта", "полис омс", "водительское удостоверение",
    // ar
    "رقم الهوية", "رقم الهوية الوطنية", "رقم الهوية الشخصية", "الهوية", "رقم جواز السفر", "جواز السفر", "جواز سفري",
    "الرقم القومي", "الرقم الوطني", "رقم الإقامة", "الرقم الضريبي", "رقم الضمان الاجتماعي", "رقم البطاقة الشخصية",
];

/// Words between an ID cue and its code: "Passport number is X…", "Kimlik No: …", "رقم الهوية هو …".
const ID_FILLERS: &[&str] =
    &["no", "no.", "nr", "nr.", "number", "numarası", "numaram", "номер", "is", "ist", "lautet", "هو", "هي"];

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

// ---------------------------------------------------------------------------------------------
// Compiled patterns
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum NameRule {
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
enum StreetRule {
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

struct Patterns {
    email: Regex,
    iban: Regex,
    phone: Regex,
    phone_cue: Regex,
    not_phone_cue: Regex,
    date_shape: Regex,
    time_range: Regex,
    units: Regex,
    dates: Vec<Regex>,
    birth_cue: Regex,
    names: Vec<(Regex, NameRule)>,
    streets: Vec<(Regex, StreetRule)>,
    postal_city: Regex,
    health: Regex,
    health_context: Vec<Regex>,
    not_health: Regex,
    id_cues: Vec<(Regex, RangeInclusive<usize>)>,
    id_filler: Regex,
}

static PATTERNS: LazyLock<Result<Patterns, regex::Error>> = LazyLock::new(Patterns::build);

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
    fn build() -> Result<Self, regex::Error> {
        let conj = Clitics::Conjunction;
        let name = fill(r"<<W>>(?:[ \t]+<<W>>){0,2}", &[("W", NAME_WORD)]);
        let any_name = format!("(?:{name}|{})", fill(r"<<A>>(?:[ \t]+<<A>>)?", &[("A", ARABIC_WORD)]));
        let house = fill(HOUSE_NUMBER, &[("D", D)]);
        let months = words(MONTHS, conj);
        let suffixes =
            format!("(?i:{})", STREET_SUFFIXES_DE.iter().map(|s| fold(s, false)).collect::<Vec<_>>().join("|"));

        let named = |template: &str, cues: &[&str]| {
            let cue = words(cues, conj);
            compile(&fill(template, &[("CUE", &cue), ("ANY", &any_name), ("NAME", &name), ("W", NAME_WORD)]))
        };
        let names = vec![
            (named(INTRO_NAME, NAME_INTROS)?, NameRule::Intro),
            (named(LABEL_NAME, NAME_LABELS)?, NameRule::Intro),
            (named(ADIM_NAME, &[])?, NameRule::Intro),
            (named(TITLE_NAME, NAME_TITLES)?, NameRule::Title),
            (named(TITLE_AFTER_NAME, NAME_TITLES_AFTER)?, NameRule::TitleAfter),
            (named(GREETING_NAME, GREETINGS)?, NameRule::Line),
            (named(CLOSING_NAME_BELOW, CLOSINGS)?, NameRule::Line),
            (named(CLOSING_NAME_BESIDE, CLOSINGS)?, NameRule::Line),
        ];

        let street = |template: &str, types: &[&str]| {
            let t = words(types, conj);
            let vars =
                [("T", t.as_str()), ("SUF", &suffixes), ("H", &house), ("C", CAP_WORD), ("A", ARABIC_WORD), ("D", D)];
            compile(&fill(template, &vars))
        };
        let streets = vec![
            (street(STREET_DE_COMPOUND, &[])?, StreetRule::GermanCompound),
            (street(STREET_DE_WORDS, STREET_WORDS_DE)?, StreetRule::GermanWords),
            (street(STREET_DE_PREPOSITION, PREPOSITIONS_DE)?, StreetRule::GermanPreposition),
            (street(STREET_EN, STREET_TYPES_EN)?, StreetRule::Plain),
            (street(STREET_TR, STREET_TYPES_TR)?, StreetRule::Plain),
            (street(STREET_UK_RU, STREET_TYPES_UK_RU)?, StreetRule::Plain),
            (street(STREET_AR, STREET_WORDS_AR)?, StreetRule::Arabic),
        ];

        let mut id_cues = Vec::new();
        for (list, digits) in ID_CUES_STRICT {
            id_cues.push((compile(&words(list, conj))?, digits.clone()));
        }
        id_cues.push((compile(&words(ID_CUES, conj))?, 4..=20));

        let with_digits = |template: &str| compile(&fill(template, &[("D", D), ("M", &months)]));
        Ok(Patterns {
            email: compile(EMAIL)?,
            iban: compile(IBAN)?,
            phone: with_digits(PHONE)?,
            phone_cue: compile(&words(PHONE_CUES, conj))?,
            not_phone_cue: compile(&words(NOT_PHONE_CUES, conj))?,
            date_shape: with_digits(DATE_SHAPE)?,
            time_range: with_digits(TIME_RANGE)?,
            units: compile(&format!(r"^[ \t\x{{A0}}]*(?:[%€$£₺₴₽]|{})", words(UNITS, conj)))?,
            dates: vec![
                with_digits(DATE_NUMERIC)?,
                with_digits(DATE_ISO)?,
                with_digits(DATE_DAY_MONTH)?,
                with_digits(DATE_MONTH_DAY)?,
            ],
            birth_cue: compile(&words(BIRTH_CUES, conj))?,
            names,
            streets,
            postal_city: with_digits(POSTAL_CITY)?,
            health: compile(&words(HEALTH_WORDS, Clitics::Article))?,
            health_context: HEALTH_IN_CONTEXT.iter().map(|p| compile(p)).collect::<Result<_, _>>()?,
            not_health: compile(&words(NOT_HEALTH, conj))?,
            id_cues,
            id_filler: compile(&format!(r"^(?:[ \t]*(?:[:#№=\-–—]|{}))*[ \t]*", words(ID_FILLERS, conj)))?,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Small text helpers (all on char boundaries)
// ---------------------------------------------------------------------------------------------

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The digit runs of `s` as numbers with their lengths ("12. März 1985" → (12,2), (1985,4)).
fn digit_groups(s: &str) -> Vec<(u32, usize)> {
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
fn line_window_start(text: &str, pos: usize, max: usize) -> usize {
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
fn line_window_end(text: &str, pos: usize, max: usize) -> usize {
    let mut end = pos;
    for (i, c) in text[pos..].char_indices().take(max) {
        if c == '\n' {
            break;
        }
        end = pos + i + c.len_utf8();
    }
    end
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn char_after(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// The word (letters only) that ends right before `pos`, skipping spaces.
fn word_before(text: &str, pos: usize) -> &str {
    let trimmed = text[..pos].trim_end();
    let start =
        trimmed.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map_or(trimmed.len(), |(i, _)| i);
    &trimmed[start..]
}

/// Arabic compared without diacritics/tatweel and with hamza forms, ى and ة folded.
fn arabic_key(s: &str) -> String {
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

fn is_not_name(word: &str) -> bool {
    let key = arabic_key(word);
    NOT_NAMES.iter().any(|w| *w == word || arabic_key(w) == key)
}

fn in_list(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.iter().any(|w| *w == lower)
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

fn find_emails(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for m in p.email.find_iter(text) {
        // An ellipsis or sentence dot before the address is not part of it.
        let lead = m.as_str().len() - m.as_str().trim_start_matches('.').len();
        let start = m.start() + lead;
        let s = &text[start..m.end()];
        let local = s.split('@').next().unwrap_or("");
        if local.is_empty() || local.ends_with('.') || local.contains("..") {
            continue;
        }
        out.push(Mark { range: start..m.end(), kind: PersonalData::Email });
    }
}

/// mod-97 over the rearranged IBAN (ISO 13616): letters count as 10..35.
fn iban_checksum_ok(iban: &str) -> bool {
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

fn find_ibans(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
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
fn iban_at(text: &str, start: usize, candidate: &str) -> Option<usize> {
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

/// Which cue is nearest before `pos` on the same line: Some(true) phone, Some(false) not a phone.
fn nearest_phone_cue(p: &Patterns, text: &str, pos: usize) -> Option<bool> {
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

fn find_phones(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
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
fn glued_to_other_text(text: &str, start: usize, end: usize) -> bool {
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
fn phone_shape(cand: &str, digits: &str) -> bool {
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

/// A plausible calendar date from the digit groups of a match (either day-month or month-day).
fn plausible_date(groups: &[(u32, usize)]) -> bool {
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
fn has_birth_cue(p: &Patterns, text: &str, start: usize, end: usize) -> bool {
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

fn find_birth_dates(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for re in &p.dates {
        for m in re.find_iter(text) {
            if plausible_date(&digit_groups(m.as_str())) && has_birth_cue(p, text, m.start(), m.end()) {
                out.push(Mark { range: m.range(), kind: PersonalData::BirthDate });
            }
        }
    }
}

/// Cuts a cued name at the first word that is not a name; None if nothing is left. With
/// `skip_offices`, leading office words are passed over: "Frau Ministerin Müller" is Müller.
fn trim_name(text: &str, span: Range<usize>, skip_offices: bool) -> Option<Range<usize>> {
    let s = text.get(span.clone())?;
    let mut begin = None;
    let mut end = 0;
    let mut first = true;
    let mut offset = 0;
    for word in s.split([' ', '\t']) {
        let word_start = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let arabic = word.chars().next().is_some_and(is_arabic_letter);
        let key = arabic_key(word);
        let stop = is_not_name(word)
            || (arabic && first && ["ال", "بال", "وال", "فال", "لل"].iter().any(|a| key.starts_with(a)))
            || (arabic
                && !first
                && key.strip_prefix('و').is_some_and(|rest| rest.starts_with("ال") || is_not_name(rest)));
        if stop && first && skip_offices && !arabic {
            continue;
        }
        if stop {
            break;
        }
        begin.get_or_insert(word_start);
        end = word_start + word.len();
        first = false;
    }
    begin.map(|b| span.start + b..span.start + end)
}

fn find_names(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for (re, rule) in &p.names {
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(m)) = (caps.get(0), caps.name("m")) else { continue };
            if *rule == NameRule::Title && in_list(DETERMINERS, word_before(text, whole.start())) {
                continue;
            }
            match trim_name(text, m.range(), *rule == NameRule::Title) {
                // A greeting or closing line holds only the name: "Euer Team" is no signature.
                Some(range) if *rule == NameRule::Line && range != m.range() => {}
                Some(range) => out.push(Mark { range, kind: PersonalData::Name }),
                None => {}
            }
        }
    }
}

fn find_addresses(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for (re, rule) in &p.streets {
        for caps in re.captures_iter(text) {
            let Some(m) = caps.name("m") else { continue };
            let ok = match rule {
                StreetRule::GermanCompound => {
                    let street = m.as_str().split([' ', '\t']).next().unwrap_or("");
                    !in_list(NOT_STREETS_DE, street) && !p.units.is_match(&text[m.end()..])
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
                    let is_street = STREET_SUFFIXES_DE
                        .iter()
                        .map(|suffix| suffix.trim_end_matches('.'))
                        .any(|suffix| lower.len() > suffix.len() && lower.ends_with(suffix));
                    !in_list(NOT_PLACES_DE, noun) && !is_street && address_ends
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
        if !in_list(COUNT_NOUNS, city.as_str()) && !after_number {
            out.push(Mark { range: m.range(), kind: PersonalData::Address });
        }
    }
}

/// Skips capitalised words at the start of a street match that introduce it rather than name it:
/// "Adresim Atatürk Cad. No: 15" starts the address at "Atatürk".
fn skip_lead_ins(text: &str, range: Range<usize>) -> usize {
    let mut start = range.start;
    while let Some(word) = text[start..range.end].split([' ', '\t']).next() {
        let rest = &text[start + word.len()..range.end];
        if word.is_empty() || rest.is_empty() || !in_list(STREET_LEAD_INS, word.trim_end_matches([':', ','])) {
            break;
        }
        start = range.end - rest.trim_start_matches([' ', '\t']).len();
    }
    start
}

fn find_health(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    let exceptions: Vec<Range<usize>> = p.not_health.find_iter(text).map(|m| m.range()).collect();
    let mut found: Vec<Range<usize>> = p.health.find_iter(text).map(|m| m.range()).collect();
    for re in &p.health_context {
        found.extend(re.captures_iter(text).filter_map(|c| c.name("m")).map(|m| m.range()));
    }
    for r in found {
        if !exceptions.iter().any(|e| e.start <= r.start && r.end <= e.end) {
            out.push(Mark { range: r, kind: PersonalData::Health });
        }
    }
}

/// The code after an ID cue: tokens of digits and letters joined by single separators. A
/// letters-only token counts only if short and in capitals, and only before more digits (a series
/// such as "АА 123456") or as a single final letter ("QQ 12 34 56 C"); "12345678901 OK" ends at 1.
fn id_code_after(p: &Patterns, text: &str, from: usize) -> Option<(Range<usize>, usize)> {
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

fn find_id_numbers(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
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

#[cfg(test)]
mod tests {
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
}
