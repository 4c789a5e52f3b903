//! The teacher's view of the class: learners × lessons, the questions most answered wrongly,
//! one page per learner, the CSV export and the printable record of completed lessons.
//! The table's cells are built once (`report_table`) and both the view and the CSV use them,
//! so the export cannot drift from the screen.

use super::{KlarApp, LearnerView, LessonState, TopicView};
use crate::error::{Error, Result};
use crate::i18n::ids;
use crate::progress::{standing, Standing};
use crate::course::{render_markdown, Lesson, LessonEntry, RenderContext, StepKind};
use crate::storage::{FullLearner, Learner, ReflectionScope};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
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

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DifficultQuestion {
    pub lesson_uuid: String,
    pub lesson_number: u32,
    pub lesson_title: String,
    pub question_uuid: String,
    /// The question in the current language (sanitized HTML, like the lesson player's).
    pub question_html: String,
    /// Learners whose first answer was wrong.
    pub wrong_count: u32,
    /// Learners who answered.
    pub answered_count: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct QuestionResult {
    pub question_uuid: String,
    pub first_try_correct: bool,
    #[ts(type = "number")]
    pub attempts: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LessonDetail {
    pub lesson: ReportLesson,
    pub cell: ReportCell,
    #[ts(type = "number | null")]
    pub started_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub completed_ms: Option<i64>,
    pub questions: Vec<QuestionResult>,
}

/// A reflection the learner chose to share with the teacher.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SharedReflection {
    pub lesson_uuid: String,
    pub lesson_number: u32,
    pub step_uuid: String,
    pub prompt_html: String,
    pub text: String,
    #[ts(type = "number")]
    pub updated_ms: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LearnerDetail {
    pub learner: LearnerView,
    pub lessons: Vec<LessonDetail>,
    /// Only reflections the learner shared; the others stay private.
    pub shared_reflections: Vec<SharedReflection>,
    pub lessons_done: u32,
    #[ts(type = "number")]
    pub seconds_spent: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecordLesson {
    pub number: u32,
    pub title: String,
    #[ts(type = "number")]
    pub completed_ms: i64,
    pub minutes: u32,
    pub topics: Vec<TopicView>,
}

/// The printable record of a learner's completed lessons (evidence of AI-literacy training).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LearnerRecord {
    pub title: String,
    pub learner_name: String,
    /// The PC's or school's name, if the teacher set one.
    pub device_name: Option<String>,
    #[ts(type = "number")]
    pub issued_ms: i64,
    pub lessons: Vec<RecordLesson>,
    pub lessons_done: u32,
    pub lessons_total: u32,
    pub total_minutes: u32,
    /// Every topic the completed lessons cover, in curriculum order.
    pub topics_covered: Vec<TopicView>,
    /// One sentence naming Article 4 of the EU AI Act.
    pub statement: String,
}

/// How many questions the teacher view lists under "difficult questions".
pub const DIFFICULT_LIMIT: usize = 8;

/// Everything the teacher view shows, in one reply: the table, the difficult questions, the
/// device's mode and the failed sign-ins (with who has no picture password or PIN yet).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TeacherOverview {
    pub report: ClassReport,
    pub difficult: Vec<DifficultQuestion>,
    pub mode: super::ModeView,
    pub sign_ins: super::SignInOverview,
}

/// Minutes as the report shows them: rounded to the nearest minute.
fn minutes(seconds: i64) -> u32 {
    ((seconds.max(0) + 30) / 60) as u32
}

impl KlarApp {
    fn msg(&self, locale: &str, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.localizer.message(locale, id, Some(&a))
    }

    /// Loadable lessons in course order, numbered as the course map numbers them.
    fn ready_lessons(&self) -> impl Iterator<Item = (u32, &Lesson)> {
        self.course.lessons.iter().enumerate().filter_map(|(i, e)| match e {
            LessonEntry::Ready(l) => Some((i as u32 + 1, l.as_ref())),
            LessonEntry::Unavailable { .. } => None,
        })
    }

    fn report_lessons(&self, locale: &str) -> Vec<ReportLesson> {
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
    fn report_cell(&self, locale: &str, lesson: &Lesson, data: &FullLearner) -> ReportCell {
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

    fn report_row(&self, locale: &str, learner: &Learner) -> Result<ReportRow> {
        let data = self.storage.full_learner(learner.id, ReflectionScope::SharedOnly)?;
        let cells: Vec<ReportCell> = self.ready_lessons().map(|(_, l)| self.report_cell(locale, l, &data)).collect();
        let mut texts = vec![learner.display_name.clone()];
        for c in &cells {
            texts.extend([c.state_text.clone(), c.score_text.clone(), c.time_text.clone()]);
        }
        Ok(ReportRow { learner: self.learner_view(learner)?, cells, texts })
    }

    /// The table behind both `class_report` and `class_report_csv`.
    fn report_table(&self) -> Result<ClassReport> {
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

    /// The report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
    /// every alphabet). The cells are the report's; a cell starting with = + - @ gets a leading
    /// apostrophe so a spreadsheet never runs a learner's name as a formula.
    pub fn class_report_csv(&mut self) -> Result<String> {
        self.require_admin()?;
        let table = self.report_table()?;
        let mut rows = vec![table.header];
        rows.extend(table.rows.into_iter().map(|r| r.texts));
        csv_text(&rows)
    }

    /// The scored questions most often answered wrongly on the first try, most first (teacher only).
    pub fn difficult_questions(&mut self, limit: usize) -> Result<Vec<DifficultQuestion>> {
        self.require_admin()?;
        let locale = self.locale()?;
        let stats: BTreeMap<String, (i64, i64)> =
            self.storage.answer_stats()?.into_iter().map(|(q, answered, wrong)| (q, (answered, wrong))).collect();
        let mut out = Vec::new();
        for (number, lesson) in self.ready_lessons() {
            for step in lesson.scored_questions() {
                let Some(&(answered, wrong)) = stats.get(&step.uuid.to_string()) else { continue };
                if wrong == 0 {
                    continue;
                }
                let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
                out.push(DifficultQuestion {
                    lesson_uuid: lesson.uuid.to_string(),
                    lesson_number: number,
                    lesson_title: lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_default(),
                    question_uuid: step.uuid.to_string(),
                    question_html: lesson
                        .step_text(&locale, &step.id)
                        .map(|(_, t)| render_markdown(&t.body, ctx))
                        .unwrap_or_default(),
                    wrong_count: wrong as u32,
                    answered_count: answered as u32,
                });
            }
        }
        // Most wrong first; then the larger share wrong; then course order (stable sort).
        out.sort_by(|a, b| {
            b.wrong_count.cmp(&a.wrong_count).then(
                (u64::from(b.wrong_count) * u64::from(a.answered_count))
                    .cmp(&(u64::from(a.wrong_count) * u64::from(b.answered_count))),
            )
        });
        out.truncate(limit);
        Ok(out)
    }

    /// The teacher view's data (teacher only).
    pub fn teacher_overview(&mut self) -> Result<TeacherOverview> {
        Ok(TeacherOverview {
            report: self.class_report()?,
            difficult: self.difficult_questions(DIFFICULT_LIMIT)?,
            mode: self.device_mode()?,
            sign_ins: self.sign_in_overview()?,
        })
    }

    /// One learner's page for the teacher: every lesson's cell, question results and the
    /// reflections the learner shared (teacher only).
    pub fn learner_detail(&mut self, id: i64) -> Result<LearnerDetail> {
        self.require_admin()?;
        let locale = self.locale()?;
        let learner = self.storage.learner(id)?;
        let data = self.storage.full_learner(id, ReflectionScope::SharedOnly)?;
        let mut lessons = Vec::new();
        let mut shared_reflections = Vec::new();
        for ((number, lesson), info) in self.ready_lessons().zip(self.report_lessons(&locale)) {
            let key = lesson.uuid.to_string();
            let progress = data.progress.iter().find(|p| p.lesson_uuid == key);
            let questions = lesson
                .steps
                .iter()
                .filter(|s| matches!(s.kind, StepKind::Quiz(_)))
                .filter_map(|s| data.answers.iter().find(|a| a.question_uuid == s.uuid.to_string()))
                .map(|a| QuestionResult {
                    question_uuid: a.question_uuid.clone(),
                    first_try_correct: a.first_correct,
                    attempts: a.attempts,
                })
                .collect();
            lessons.push(LessonDetail {
                cell: self.report_cell(&locale, lesson, &data),
                lesson: info,
                started_ms: progress.map(|p| p.started_ms),
                completed_ms: progress.and_then(|p| p.completed_ms),
                questions,
            });
            for step in lesson.steps.iter().filter(|s| matches!(s.kind, StepKind::Reflect)) {
                // `data` holds shared reflections only.
                let Some(r) = data.reflections.iter().find(|r| r.step_uuid == step.uuid.to_string()) else { continue };
                let ctx = RenderContext { lesson_dir: Some(&lesson.dir) };
                shared_reflections.push(SharedReflection {
                    lesson_uuid: key.clone(),
                    lesson_number: number,
                    step_uuid: r.step_uuid.clone(),
                    prompt_html: lesson
                        .step_text(&locale, &step.id)
                        .map(|(_, t)| render_markdown(&t.body, ctx))
                        .unwrap_or_default(),
                    text: r.body.clone(),
                    updated_ms: r.updated_ms,
                });
            }
        }
        Ok(LearnerDetail {
            learner: self.learner_view(&learner)?,
            lessons_done: lessons.iter().filter(|l| l.cell.state == LessonState::Done).count() as u32,
            seconds_spent: lessons.iter().map(|l| l.cell.seconds_spent).sum(),
            lessons,
            shared_reflections,
        })
    }

    /// The printable record of completed lessons with their topic codes (the learner themself or
    /// the teacher).
    pub fn learner_record(&mut self, id: i64) -> Result<LearnerRecord> {
        self.require_self_or_admin(id)?;
        let locale = self.locale()?;
        let learner = self.storage.learner(id)?;
        let data = self.storage.full_learner(id, ReflectionScope::SharedOnly)?;
        let mut lessons = Vec::new();
        let mut codes = BTreeSet::new();
        let mut lessons_total = 0;
        for (number, lesson) in self.ready_lessons() {
            lessons_total += 1;
            let key = lesson.uuid.to_string();
            let Some(p) = data.progress.iter().find(|p| p.lesson_uuid == key) else { continue };
            let Some(completed_ms) = p.completed_ms else { continue };
            codes.extend(lesson.topics.iter().cloned());
            lessons.push(RecordLesson {
                number,
                title: lesson.meta(&locale).map(|m| m.title.clone()).unwrap_or_else(|| lesson.slug.clone()),
                completed_ms,
                minutes: minutes(p.seconds_spent),
                topics: lesson.topics.iter().map(|c| self.topic_view(&locale, c)).collect(),
            });
        }
        let topics_covered = crate::course::topic_codes()
            .iter()
            .filter(|c| codes.contains(**c))
            .map(|c| self.topic_view(&locale, c))
            .collect();
        let lessons_done = lessons.len() as u32;
        let total_minutes = lessons.iter().map(|l| l.minutes).sum();
        Ok(LearnerRecord {
            title: self.localizer.message(&locale, ids::RECORD_TITLE, None),
            statement: self.msg(
                &locale,
                ids::RECORD_STATEMENT,
                &[("name", learner.display_name.as_str().into()), ("count", lessons_done.into())],
            ),
            learner_name: learner.display_name,
            device_name: self.storage.setting(crate::classroom::KEY_DEVICE_NAME)?,
            issued_ms: self.storage.now(),
            lessons,
            lessons_done,
            lessons_total,
            total_minutes,
            topics_covered,
        })
    }
}

/// A spreadsheet would run a cell that starts with one of these as a formula: also after
/// leading spaces (some programs trim them), and in the full-width forms that some locales'
/// spreadsheets read as the plain ones.
fn defuse(cell: &str) -> String {
    const TRIGGERS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'];
    let first = cell.trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r').chars().next();
    if first.is_some_and(|c| TRIGGERS.contains(&c)) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Rows as CSV text (RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark).
pub(crate) fn csv_text(rows: &[Vec<String>]) -> Result<String> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for row in rows {
        w.write_record(row.iter().map(|c| defuse(c))).map_err(|e| Error::Internal(format!("CSV: {e}")))?;
    }
    let bytes = w.into_inner().map_err(|e| Error::Internal(format!("CSV: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| Error::Internal(format!("CSV: {e}")))?;
    Ok(format!("\u{feff}{text}"))
}

#[cfg(test)]
mod tests {
    use super::defuse;

    #[test]
    fn formula_triggers_are_defused_in_all_their_forms() {
        for cell in [
            "=1+1",
            "+49 30 1234",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "  =HYPERLINK(\"x\")",
            "\u{a0}+1",
            "\u{FF1D}1+1",
            "\u{FF0B}1",
            "\u{FF0D}1",
            "\u{FF20}SUM(A1)",
            " \u{FF1D}1",
        ] {
            assert_eq!(defuse(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["Ada", "", "   ", "1-2", "a=b", "Ben @ home", "\u{0639}\u{0644}\u{064a}"] {
            assert_eq!(defuse(cell), cell, "{cell:?}");
        }
    }
}
