//! The loop around a demo step: a question before the run (`@predict`), what the demo records of
//! the learner's run, and the debrief after it, whose `{ placeholders }` name recorded values.

use super::diagnostics::Diagnostic;
use super::model::{Step, StepKind, StepText};
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// How a recorded value is shown: the UI formats it for the learner's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ValueKind {
    /// A share between 0 and 1, shown as a percentage.
    Percent,
    /// A whole number.
    Count,
    /// A number with decimals.
    Decimal,
    /// A short text (a token, a word, a verdict).
    Text,
}

/// One value a demo records of the learner's run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordField {
    pub name: &'static str,
    pub kind: ValueKind,
}

const fn f(name: &'static str, kind: ValueKind) -> RecordField {
    RecordField { name, kind }
}

use ValueKind::{Count, Decimal, Percent, Text};

const NEXT_TOKEN: &[RecordField] = &[f("top_token", Text), f("top_probability", Percent)];
const TOKENIZER: &[RecordField] = &[f("english_tokens", Count), f("most_tokens", Count), f("most_language", Text)];
const CHAT: &[RecordField] = &[f("turns", Count)];
const HALLUCINATION: &[RecordField] = &[f("claims", Count), f("tags_right", Count)];
const BIAS_PROBE: &[RecordField] =
    &[f("first_word", Text), f("first_probability", Percent), f("second_word", Text), f("second_probability", Percent)];
const CLASSIFIER: &[RecordField] = &[f("accuracy", Percent)];
const DETECTOR: &[RecordField] = &[f("verdict", Text), f("score", Decimal)];
const INJECTION_LEVELS: &[RecordField] = &[f("level", Count)];
const INJECTION_DOCUMENT: &[RecordField] = &[f("runs", Count), f("followed", Count)];
const PRIVACY: &[RecordField] = &[f("findings", Count)];
const ENERGY: &[RecordField] = &[f("watt_hours", Decimal), f("tokens", Count)];
/// The agent's first choice on the page with the hidden line, and how likely booking a ticket was
/// without and with that line.
const AGENT: &[RecordField] = &[f("top_action", Text), f("booking_before", Percent), f("booking_after", Percent)];

/// What the demo records with this preset. The injection demo has two games: the secret levels
/// record the level reached, the hidden document how often the summary followed the hidden note.
pub fn record_fields(demo: &str, preset: Option<&toml::Table>) -> &'static [RecordField] {
    match demo {
        "next-token" => NEXT_TOKEN,
        "tokenizer" => TOKENIZER,
        "chat" => CHAT,
        "hallucination" => HALLUCINATION,
        "bias-probe" => BIAS_PROBE,
        "classifier" => CLASSIFIER,
        "detector" => DETECTOR,
        "injection" if preset.and_then(|p| p.get("part")).and_then(|v| v.as_str()) == Some("document") => INJECTION_DOCUMENT,
        "injection" => INJECTION_LEVELS,
        "privacy" => PRIVACY,
        "energy" => ENERGY,
        "agent" => AGENT,
        _ => &[],
    }
}

/// The `{ name }` placeholders in a debrief, in order (Fluent style: spaces inside are optional).
pub fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(after[..close].trim().to_string());
        rest = &after[close + 1..];
    }
    out
}

/// A demo step's text must carry both questions: every predict option from lesson.toml with a
/// text, nothing else, and a debrief whose placeholders the demo records.
pub(super) fn check_demo_text(rel: &Path, step: &Step, st: &StepText, fields: &[RecordField], diags: &mut Vec<Diagnostic>) {
    let StepKind::Demo { demo, predict, .. } = &step.kind else { return };
    let id = &step.id;
    let mut err = |line: usize, m: String| diags.push(Diagnostic::error(rel, Some(line), format!("demo step '{id}': {m}")));
    match &st.predict {
        None => err(st.line, "has no '@predict' question (asked before the learner runs the demo)".into()),
        Some(p) if p.text.is_empty() => err(p.line, "the '@predict' question has no text".into()),
        Some(_) => {}
    }
    for o in predict {
        match st.options.get(o) {
            None => err(st.line, format!("predict option '{o}' has no '@option {o}' block")),
            Some(ot) if ot.text.is_empty() => err(ot.line, format!("predict option '{o}' has no text")),
            Some(ot) if !ot.feedback.is_empty() => err(ot.line, format!("predict option '{o}' is not scored: it takes no '@feedback'")),
            Some(_) => {}
        }
    }
    for (o, ot) in &st.options {
        if !predict.contains(o) {
            err(ot.line, format!("option '{o}' is not in the step's 'predict' list in lesson.toml"));
        }
    }
    match &st.debrief {
        None => err(st.line, "has no '@debrief' question (asked about the learner's own result)".into()),
        Some(d) if d.text.is_empty() => err(d.line, "the '@debrief' question has no text".into()),
        Some(d) => {
            let names = placeholders(&d.text);
            if names.is_empty() {
                err(d.line, "the '@debrief' names none of the learner's values; use one of: ".to_string() + &field_list(fields));
            }
            for name in names {
                if !fields.iter().any(|f| f.name == name) {
                    err(d.line, format!("the debrief uses '{{ {name} }}', which demo '{demo}' does not record (it records: {})", field_list(fields)));
                }
            }
        }
    }
}

fn field_list(fields: &[RecordField]) -> String {
    fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_read_with_or_without_spaces() {
        assert_eq!(placeholders("You saw { top_token } at {top_probability}."), ["top_token", "top_probability"]);
        assert!(placeholders("No values here.").is_empty());
    }

    #[test]
    fn the_agent_records_its_first_choice_and_the_booking_odds() {
        let names: Vec<_> = record_fields("agent", None).iter().map(|f| (f.name, f.kind)).collect();
        assert_eq!(names, [("top_action", Text), ("booking_before", Percent), ("booking_after", Percent)]);
    }

    #[test]
    fn the_document_game_records_other_values_than_the_levels() -> Result<(), toml::de::Error> {
        let doc: toml::Table = toml::from_str("part = \"document\"")?;
        assert_eq!(record_fields("injection", Some(&doc)), INJECTION_DOCUMENT);
        assert_eq!(record_fields("injection", None), INJECTION_LEVELS);
        Ok(())
    }
}
