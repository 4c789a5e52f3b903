//! Checks a learner's choice against a quiz's answer key. This happens only in Rust: the UI
//! never receives the key.

use super::model::{QuizSpec, Select};
use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizVerdict {
    /// For a warm-up (unscored) every answer counts as fine.
    pub correct: bool,
    /// Options that are right, revealed only once the learner answered correctly.
    pub correct_options: Vec<String>,
}

impl QuizVerdict {
    /// The verdict on an answer already judged `correct`: the key is revealed only after a right
    /// answer to a scored question.
    pub fn judged(spec: &QuizSpec, correct: bool) -> Self {
        Self { correct, correct_options: if correct && spec.scored { spec.correct.clone() } else { Vec::new() } }
    }
}

pub fn check_answer(spec: &QuizSpec, chosen: &[String]) -> Result<QuizVerdict> {
    let chosen_set: BTreeSet<&String> = chosen.iter().collect();
    if chosen_set.is_empty() {
        return Err(Error::invalid("choose at least one option"));
    }
    if chosen_set.len() != chosen.len() {
        return Err(Error::invalid("an option was chosen twice"));
    }
    if spec.select == Select::Single && chosen.len() != 1 {
        return Err(Error::invalid("this question takes exactly one answer"));
    }
    if let Some(unknown) = chosen.iter().find(|c| !spec.options.contains(c)) {
        return Err(Error::invalid(format!("'{unknown}' is not an option of this question")));
    }
    if !spec.scored {
        return Ok(QuizVerdict::judged(spec, true));
    }
    let key: BTreeSet<&String> = spec.correct.iter().collect();
    Ok(QuizVerdict::judged(spec, key == chosen_set))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(select: Select, correct: &[&str]) -> QuizSpec {
        QuizSpec {
            select,
            scored: !correct.is_empty(),
            tests: None,
            options: ["a", "b", "c"].iter().map(|s| s.to_string()).collect(),
            correct: correct.iter().map(|s| s.to_string()).collect(),
        }
    }
    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn single_choice() -> Result<()> {
        let q = spec(Select::Single, &["b"]);
        assert!(check_answer(&q, &v(&["b"]))?.correct);
        assert!(!check_answer(&q, &v(&["a"]))?.correct);
        assert!(check_answer(&q, &v(&["a", "b"])).is_err());
        assert!(check_answer(&q, &v(&["z"])).is_err());
        assert!(check_answer(&q, &[]).is_err());
        Ok(())
    }

    #[test]
    fn multiple_choice_needs_exactly_the_key() -> Result<()> {
        let q = spec(Select::Multiple, &["a", "c"]);
        assert!(check_answer(&q, &v(&["c", "a"]))?.correct);
        assert!(!check_answer(&q, &v(&["a"]))?.correct);
        assert!(!check_answer(&q, &v(&["a", "b", "c"]))?.correct);
        assert!(check_answer(&q, &v(&["a", "a"])).is_err());
        Ok(())
    }

    #[test]
    fn warm_up_accepts_any_option() -> Result<()> {
        let q = spec(Select::Single, &[]);
        assert!(check_answer(&q, &v(&["c"]))?.correct);
        Ok(())
    }

    #[test]
    fn wrong_answers_do_not_reveal_the_key() -> Result<()> {
        let q = spec(Select::Single, &["b"]);
        assert!(check_answer(&q, &v(&["a"]))?.correct_options.is_empty());
        Ok(())
    }
}
