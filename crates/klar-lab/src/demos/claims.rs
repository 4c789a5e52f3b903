//! Hallucination check: the model's answer is cut into claims the learner compares with a source
//! card; the check says which marks agree with the card. With a card of listed facts (a real case)
//! the check is a plain comparison with those facts, never a second model's opinion.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the learner marked one claim.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ClaimMark {
    Supported,
    Contradicted,
    NotInSource,
}

/// One claim with what the card says about it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct ClaimCheck {
    pub claim: String,
    /// What the source card supports.
    pub expected: ClaimMark,
    pub correct: bool,
    /// The card's fact that decided, when the card lists facts.
    pub fact: Option<String>,
}

/// One fact of a source card (from the lesson preset), with the words that show a claim is about
/// it, the words that agree with it and those that contradict it. `#year` in `conflicts` stands
/// for any year (1000–2099) that is not among `agrees`, `#number` for any other number.
#[derive(Debug, Clone, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct CardFact {
    pub id: String,
    pub about: Vec<String>,
    pub agrees: Vec<String>,
    #[serde(default)]
    pub conflicts: Vec<String>,
}

/// Sentences of an answer, each one claim. Very short fragments are joined to the one before.
pub fn split(answer: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = answer.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let end_mark = matches!(c, '.' | '!' | '?' | '\n' | '。' | '؟');
        let next_is_space = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        // "Dr.", "St." or "1." inside a sentence: no break after a short capitalised word
        // or a number.
        let prev_short = c == '.'
            && current.trim_end_matches('.').split_whitespace().next_back().is_some_and(|w| {
                let n = w.chars().count();
                n == 1
                    || (n <= 3 && w.chars().next().is_some_and(char::is_uppercase))
                    || w.chars().all(|ch| ch.is_ascii_digit())
            });
        if end_mark && next_is_space && !prev_short {
            push_claim(&mut out, &current);
            current.clear();
        }
    }
    push_claim(&mut out, &current);
    out
}

fn push_claim(out: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if s.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if s.chars().filter(|c| c.is_alphanumeric()).count() < 12 => {
            last.push(' ');
            last.push_str(s);
        }
        _ => out.push(s.to_string()),
    }
}

/// Phrases with which the model admits it does not know; such a sentence agrees with a card
/// that says the person does not exist.
const ADMITS: &[&str] = &[
    "not aware", "no information", "don't know", "do not know", "don't have", "do not have",
    "couldn't find", "could not find", "cannot find", "can't find", "not familiar", "no record",
    "does not exist", "doesn't exist", "not a real", "no known", "fictional", "not sure who",
];

/// What a card stating that the subject is invented says about a claim: a sentence admitting
/// that nothing is known agrees with it; every detail contradicts it (the person does not
/// exist), and "not in the source" is accepted for those too.
pub fn expected_for_invented(claim: &str) -> ClaimMark {
    let lower = claim.to_lowercase().replace('’', "'");
    if ADMITS.iter().any(|p| lower.contains(p)) {
        ClaimMark::Supported
    } else {
        ClaimMark::Contradicted
    }
}

fn accepted(expected: ClaimMark, mark: ClaimMark) -> bool {
    match expected {
        ClaimMark::Supported => mark == ClaimMark::Supported,
        _ => mark != ClaimMark::Supported,
    }
}

/// Checks the learner's marks against a card saying the subject was invented.
pub fn check_invented(claims: &[String], marks: &[ClaimMark]) -> Vec<ClaimCheck> {
    claims
        .iter()
        .zip(marks)
        .map(|(c, &m)| {
            let expected = expected_for_invented(c);
            ClaimCheck { claim: c.clone(), expected, correct: accepted(expected, m), fact: None }
        })
        .collect()
}

/// The numbers in a text, as written ("1888", "100").
fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).collect()
}

/// Whether `text` (lower case) contains `term` as whole words; a term ending in `*` is a word
/// start ("kilomet*" matches "kilometres").
fn mentions(text: &str, term: &str) -> bool {
    let term = term.to_lowercase();
    let (term, prefix) = match term.strip_suffix('*') {
        Some(t) => (t.to_string(), true),
        None => (term, false),
    };
    if term.is_empty() {
        return false;
    }
    text.match_indices(&term).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && (prefix || !after.is_some_and(char::is_alphanumeric))
    })
}

fn conflicts_with(text: &str, fact: &CardFact) -> bool {
    fact.conflicts.iter().any(|c| match c.as_str() {
        "#year" => numbers(text).into_iter().any(|n| {
            n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1000..2100).contains(&y)) && !fact.agrees.iter().any(|a| a == n)
        }),
        "#number" => numbers(text).into_iter().any(|n| !fact.agrees.iter().any(|a| numbers(a).contains(&n))),
        other => mentions(text, other),
    })
}

/// What a card of listed facts says about one claim: contradicted when a fact it is about says
/// otherwise, supported when a fact agrees, and "not in the source" when no fact covers it.
pub fn expected_by_facts(claim: &str, facts: &[CardFact]) -> (ClaimMark, Option<String>) {
    let text = claim.to_lowercase().replace('’', "'");
    let relevant: Vec<&CardFact> = facts.iter().filter(|f| f.about.iter().any(|a| mentions(&text, a))).collect();
    if let Some(f) = relevant.iter().find(|f| conflicts_with(&text, f)) {
        return (ClaimMark::Contradicted, Some(f.id.clone()));
    }
    if let Some(f) = relevant.iter().find(|f| f.agrees.iter().any(|a| mentions(&text, a))) {
        return (ClaimMark::Supported, Some(f.id.clone()));
    }
    (ClaimMark::NotInSource, None)
}

/// Checks the learner's marks against a card of listed facts: each mark must be the card's.
pub fn check_facts(claims: &[String], marks: &[ClaimMark], facts: &[CardFact]) -> Vec<ClaimCheck> {
    claims
        .iter()
        .zip(marks)
        .map(|(c, &m)| {
            let (expected, fact) = expected_by_facts(c, facts);
            ClaimCheck { claim: c.clone(), expected, correct: m == expected, fact }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_not_abbreviations() {
        let c = split("Theodor Winkelsee was born in 1852 in Munich. He invented the St. Bernard pump!\nDr. Winkelsee worked at Siemens. Yes.");
        assert_eq!(
            c,
            vec![
                "Theodor Winkelsee was born in 1852 in Munich.",
                "He invented the St. Bernard pump!",
                "Dr. Winkelsee worked at Siemens. Yes.",
            ]
        );
        assert!(split("  ").is_empty());
    }

    #[test]
    fn admitting_is_supported_inventing_is_not() {
        assert_eq!(expected_for_invented("I'm not aware of an inventor with that name."), ClaimMark::Supported);
        assert_eq!(expected_for_invented("He was born in 1852 in Augsburg."), ClaimMark::Contradicted);
        let checks = check_invented(
            &["He was born in 1852.".into(), "He worked in Munich.".into(), "I don’t know more about him.".into()],
            &[ClaimMark::NotInSource, ClaimMark::Supported, ClaimMark::Contradicted],
        );
        assert!(checks[0].correct, "an invented detail may be marked 'not in the source'");
        assert!(!checks[1].correct);
        assert!(!checks[2].correct);
        assert_eq!(checks[2].expected, ClaimMark::Supported);
    }

    fn fact(id: &str, about: &[&str], agrees: &[&str], conflicts: &[&str]) -> CardFact {
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect();
        CardFact { id: id.into(), about: v(about), agrees: v(agrees), conflicts: v(conflicts) }
    }

    fn card() -> Vec<CardFact> {
        vec![
            fact("when", &["drove", "trip", "1888"], &["1888"], &["#year"]),
            fact("route", &["mannheim", "pforzheim", "from", "drove to"], &["mannheim", "pforzheim"], &["berlin"]),
            fact("distance", &["kilomet*", "km"], &["100"], &["#number"]),
            fact("sons", &["son", "sons", "alone"], &["two sons"], &["alone"]),
        ]
    }

    #[test]
    fn a_card_of_facts_sorts_claims_into_supported_contradicted_and_not_in_the_source() {
        let facts = card();
        let e = |c: &str| expected_by_facts(c, &facts);
        assert_eq!(e("In 1888 she drove from Mannheim to Pforzheim."), (ClaimMark::Supported, Some("when".into())));
        assert_eq!(e("She drove to Berlin with her husband."), (ClaimMark::Contradicted, Some("route".into())));
        assert_eq!(e("The trip took place in 1890."), (ClaimMark::Contradicted, Some("when".into())));
        assert_eq!(e("The trip was 250 kilometres long."), (ClaimMark::Contradicted, Some("distance".into())));
        assert_eq!(e("It was about 100 km."), (ClaimMark::Supported, Some("distance".into())));
        assert_eq!(e("She travelled alone."), (ClaimMark::Contradicted, Some("sons".into())));
        assert_eq!(e("She loved flowers and music."), (ClaimMark::NotInSource, None));
        // Whole words only: "person" is not about "son", "Berliner" is not "Berlin".
        assert_eq!(e("She was a brave person."), (ClaimMark::NotInSource, None));
        assert_eq!(e("She drove from Mannheim, eating a Berliner."), (ClaimMark::Supported, Some("route".into())));
    }

    #[test]
    fn with_a_card_of_facts_only_the_card_s_own_mark_is_right() {
        let claims = vec!["She drove to Berlin.".to_string(), "She loved music.".to_string()];
        let checks = check_facts(&claims, &[ClaimMark::NotInSource, ClaimMark::NotInSource], &card());
        assert!(!checks[0].correct, "the card says otherwise: 'not in the source' is not enough");
        assert_eq!(checks[0].expected, ClaimMark::Contradicted);
        assert_eq!(checks[0].fact.as_deref(), Some("route"));
        assert!(checks[1].correct);
    }
}
