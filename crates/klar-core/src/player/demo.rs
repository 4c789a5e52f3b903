//! A demo step's loop: the learner's answer to the predict question, then what the demo recorded
//! of their run, each kept as one intent in one transaction; the debrief shows both.

use crate::app::KlarApp;
use crate::course::{record_fields, Lesson, StepKind, ValueKind};
use crate::error::{Error, OrNotFound, Result};
use crate::progress::record_time;
use crate::storage::DemoRecordRow;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;
use uuid::Uuid;

/// One recorded value, tagged with how the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum DemoValue {
    Percent(f64),
    Count(#[ts(type = "number")] i64),
    Decimal(f64),
    Text(String),
}

impl DemoValue {
    fn kind(&self) -> ValueKind {
        match self {
            DemoValue::Percent(_) => ValueKind::Percent,
            DemoValue::Count(_) => ValueKind::Count,
            DemoValue::Decimal(_) => ValueKind::Decimal,
            DemoValue::Text(_) => ValueKind::Text,
        }
    }

    fn is_sane(&self) -> bool {
        match self {
            DemoValue::Percent(p) => p.is_finite() && (0.0..=1.0).contains(p),
            DemoValue::Count(n) => (0..=1_000_000_000).contains(n),
            DemoValue::Decimal(x) => x.is_finite() && x.abs() < 1e12,
            DemoValue::Text(t) => t.chars().count() <= MAX_TEXT_CHARS,
        }
    }
}

/// A recorded text is a token, a word or a verdict, never a whole answer.
const MAX_TEXT_CHARS: usize = 80;

/// What the learner expected and what they saw, as far as they got.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DemoLoopView {
    /// The predict option chosen.
    pub predicted: Option<String>,
    /// The values of the latest run, by name; empty until the demo has recorded one.
    pub record: BTreeMap<String, DemoValue>,
}

impl DemoLoopView {
    pub(super) fn from_row(row: Option<&DemoRecordRow>) -> DemoLoopView {
        let Some(row) = row else { return DemoLoopView::default() };
        DemoLoopView {
            predicted: row.predicted.clone(),
            // A record this build cannot read (written by a newer one) shows as not yet run.
            record: row.record.as_deref().and_then(|r| serde_json::from_str(r).ok()).unwrap_or_default(),
        }
    }
}

impl KlarApp {
    /// Keeps the learner's answer to a demo step's predict question.
    pub fn demo_predict(&mut self, lesson_uuid: &str, step_uuid: &str, option: &str) -> Result<DemoLoopView> {
        let learner = self.learner_id()?;
        let (_, lesson) = crate::app::find_lesson(&self.course, lesson_uuid)?;
        let (step, predict) = demo_step(lesson, step_uuid)?;
        if !predict.iter().any(|o| o == option) {
            return Err(Error::invalid(format!("'{option}' is not an option of this question")));
        }
        let key = lesson.uuid.to_string();
        let step = step.to_string();
        let row = self.db_mut().transact(|db| {
            db.save_prediction(learner, &key, &step, option)?;
            record_time(db, learner, &key, false)?;
            db.demo_record(learner, &step)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(DemoLoopView::from_row(row.as_ref()))
    }

    /// Keeps what the demo recorded of the learner's latest run: exactly the values its demo
    /// records (`course::record_fields`), each of the right kind.
    pub fn demo_record(&mut self, lesson_uuid: &str, step_uuid: &str, values: BTreeMap<String, DemoValue>) -> Result<DemoLoopView> {
        let learner = self.learner_id()?;
        let (_, lesson) = crate::app::find_lesson(&self.course, lesson_uuid)?;
        let (step, _) = demo_step(lesson, step_uuid)?;
        let Some(StepKind::Demo { demo, preset, .. }) = lesson.step(step).map(|s| &s.kind) else {
            return Err(Error::invalid("this step has no demo"));
        };
        let fields = record_fields(demo, self.course.presets.get(demo).and_then(|p| p.get(preset)));
        for (name, value) in &values {
            let Some(field) = fields.iter().find(|f| f.name == name) else {
                return Err(Error::invalid(format!("demo '{demo}' does not record '{name}'")));
            };
            if field.kind != value.kind() || !value.is_sane() {
                return Err(Error::invalid(format!("'{name}' is not a value demo '{demo}' can have recorded")));
            }
        }
        if let Some(missing) = fields.iter().find(|f| !values.contains_key(f.name)) {
            return Err(Error::invalid(format!("the record of demo '{demo}' lacks '{}'", missing.name)));
        }
        let json = serde_json::to_string(&values).map_err(|e| Error::invalid(e.to_string()))?;
        let key = lesson.uuid.to_string();
        let step = step.to_string();
        let row = self.db_mut().transact(|db| {
            db.save_demo_record(learner, &key, &step, &json)?;
            record_time(db, learner, &key, false)?;
            db.demo_record(learner, &step)
        })?;
        self.last_activity_ms = self.storage.now();
        Ok(DemoLoopView::from_row(row.as_ref()))
    }
}

fn demo_step<'a>(lesson: &'a Lesson, step_uuid: &str) -> Result<(Uuid, &'a [String])> {
    let sid = Uuid::parse_str(step_uuid).map_err(|_| Error::invalid("not a step id"))?;
    let step = lesson.step(sid).or_not_found("step")?;
    match &step.kind {
        StepKind::Demo { predict, .. } => Ok((sid, predict)),
        _ => Err(Error::invalid("this step is not a demo")),
    }
}
