//! Hallucination check: the model's answer about an invented person is cut into claims the
//! learner compares with a source card; the check says which marks agree with the card.

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
            ClaimCheck { claim: c.clone(), expected, correct: accepted(expected, m) }
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
}
