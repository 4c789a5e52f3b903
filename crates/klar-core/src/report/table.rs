//! The class table: learners × lessons with state, first-try score and time; the only place the
//! cells' texts are made.

use crate::app::KlarApp;
use crate::learners::LearnerView;
use crate::course::{Lesson, LessonEntry};
use crate::error::Result;
use crate::i18n::ids;
use crate::progress::{standing, LessonState, Standing};
use crate::storage::{AnswerRecord, Learner, LessonProgress};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::BTreeSet;
use ts_rs::TS;

/// A lesson column of the report, in course order.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReportLesson {
    pub uuid: String,
    pub number: u32,
    pub title: String,
    pub topics: Vec<String>,
}

/// One learner × one lesson. The `*_text` fields are exactly what the CSV holds.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportCell {
    pub lesson_uuid: String,
    pub state: LessonState,
    /// Scored questions answered right on the first try, of `score_total`.
    pub score_correct: u32,
    pub score_total: u32,
    #[ts(type = "number")]
    pub seconds_spent: i64,
    pub state_text: String,
    pub score_text: String,
    pub time_text: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReportRow {
    pub learner: LearnerView,
    pub cells: Vec<ReportCell>,
    /// The row as text: the name, then state, score and time for each lesson (= the CSV row).
    pub texts: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ClassReport {
    pub lessons: Vec<ReportLesson>,
    /// Column headings as text (= the CSV header row).
    pub header: Vec<String>,
    /// Named learners (guests never appear), by name.
    pub rows: Vec<ReportRow>,
}

/// What the report reads of one learner: their progress and answers (reflections stay out).
pub(super) struct LearnerData {
    pub progress: Vec<LessonProgress>,
    pub answers: Vec<AnswerRecord>,
}

/// Minutes as the report shows them: rounded to the nearest minute.
pub(super) fn minutes(seconds: i64) -> u32 {
    ((seconds.max(0) + 30) / 60) as u32
}

impl KlarApp {
    pub(super) fn report_data(&self, id: i64) -> Result<LearnerData> {
        Ok(LearnerData { progress: self.storage.progress_of(id)?, answers: self.storage.answers_of(id)? })
    }

    pub(super) fn msg(&self, locale: &str, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.localizer.message(locale, id, Some(&a))
    }

    /// Loadable lessons in course order, numbered as the course map numbers them.
    pub(super) fn ready_lessons(&self) -> impl Iterator<Item = (u32, &Lesson)> {
        self.course.lessons.iter().enumerate().filter_map(|(i, e)| match e {
            LessonEntry::Ready(l) => Some((i as u32 + 1, l.as_ref())),
            LessonEntry::Unavailable { .. } => None,
        })
    }

    pub(super) fn report_lessons(&self, locale: &str) -> Vec<ReportLesson> {
        self.ready_lessons()
            .map(|(number, l)| ReportLesson {
                uuid: l.uuid.to_string(),
                number,
                title: l.meta(locale).map(|m| m.title.clone()).unwrap_or_else(|| l.slug.clone()),
                topics: l.topics.clone(),
            })
            .collect()
    }

    /// One cell of the table; the only place the state, score and time texts are made.
    pub(super) fn report_cell(&self, locale: &str, lesson: &Lesson, data: &LearnerData) -> ReportCell {
        let key = lesson.uuid.to_string();
        let progress = data.progress.iter().find(|p| p.lesson_uuid == key);
        let right_first_time: BTreeSet<&str> =
            data.answers.iter().filter(|a| a.first_correct).map(|a| a.question_uuid.as_str()).collect();
        let Standing { state, score_correct, score_total } =
            standing(lesson, progress.map(|p| p.completed_ms.is_some()), |q| right_first_time.contains(q));
        let seconds_spent = progress.map_or(0, |p| p.seconds_spent);
        let state_text = self.localizer.message(
            locale,
            match state {
                LessonState::NotStarted => ids::LESSON_STATE_NOT_STARTED,
                LessonState::InProgress => ids::LESSON_STATE_IN_PROGRESS,
                LessonState::Done => ids::LESSON_STATE_DONE,
            },
            None,
        );
        let started = state != LessonState::NotStarted;
        let score_text = if started && score_total > 0 {
            self.msg(locale, ids::REPORT_SCORE, &[("correct", score_correct.into()), ("total", score_total.into())])
        } else {
            String::new()
        };
        let time_text = if started {
            self.msg(locale, ids::REPORT_MINUTES, &[("minutes", minutes(seconds_spent).into())])
        } else {
            String::new()
        };
        ReportCell {
            lesson_uuid: key,
            state,
            score_correct,
            score_total,
            seconds_spent,
            state_text,
            score_text,
            time_text,
        }
    }

    pub(super) fn report_row(&self, locale: &str, learner: &Learner) -> Result<ReportRow> {
        let data = self.report_data(learner.id)?;
        let cells: Vec<ReportCell> = self.ready_lessons().map(|(_, l)| self.report_cell(locale, l, &data)).collect();
        let mut texts = vec![learner.display_name.clone()];
        for c in &cells {
            texts.extend([c.state_text.clone(), c.score_text.clone(), c.time_text.clone()]);
        }
        Ok(ReportRow { learner: self.learner_view(learner)?, cells, texts })
    }

    /// The table behind both `class_report` and `class_report_csv`.
    pub(super) fn report_table(&self) -> Result<ClassReport> {
        let locale = self.locale()?;
        let lessons = self.report_lessons(&locale);
        let mut header = vec![self.localizer.message(&locale, ids::REPORT_COL_LEARNER, None)];
        for l in &lessons {
            let name = format!("{}. {}", l.number, l.title);
            for id in [ids::REPORT_COL_STATE, ids::REPORT_COL_SCORE, ids::REPORT_COL_TIME] {
                header.push(self.msg(&locale, id, &[("name", name.as_str().into())]));
            }
        }
        let mut learners = self.storage.learners()?;
        learners
            .sort_by(|a, b| a.display_name.to_lowercase().cmp(&b.display_name.to_lowercase()).then(a.id.cmp(&b.id)));
        let rows = learners.iter().map(|l| self.report_row(&locale, l)).collect::<Result<_>>()?;
        Ok(ClassReport { lessons, header, rows })
    }

    /// Learners × lessons: state, first-try score and time spent (teacher only).
    pub fn class_report(&mut self) -> Result<ClassReport> {
        self.require_admin()?;
        self.report_table()
    }
}
