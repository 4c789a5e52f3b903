//! The privacy highlighter: before a message would go to a chatbot, mark the personal data in it,
//! so a lesson can show the learner what not to paste. Plain rules, offline, no model.
//!
//! Layout: this file holds the types, [`scan`] and how overlapping marks are resolved;
//! `patterns` turns the word lists into regexes, `find/<kind>.rs` holds the rule for each kind
//! of data, `lexicon/<lang>.rs` the words of each language and `text` small text helpers.
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

mod find;
mod lexicon;
mod patterns;
mod text;
#[cfg(test)]
mod tests;

use patterns::PATTERNS;
use serde::Serialize;
use std::ops::Range;
use text::is_digit;
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
    pub(crate) fn specificity(self) -> u8 {
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
        Ok(p) => resolve(head, find::candidates(p, head)),
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) range: Range<usize>,
    pub(crate) kind: PersonalData,
}

/// Longest first, then the most specific kind; a candidate that overlaps a chosen one is dropped.
pub(crate) fn resolve(text: &str, mut cands: Vec<Mark>) -> Vec<Mark> {
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
