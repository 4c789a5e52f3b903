//! Learner rights: everything stored about a learner, as JSON (a progress file that another
//! Klar can import) and as CSV tables for people. Deletion is `KlarApp::delete_learner`.

use crate::report::csv_text;
use crate::app::KlarApp;
use crate::clock::iso_utc;
use crate::error::Result;
use crate::storage::ReflectionScope;
use crate::transfer::{learner_file, FileLearner, ProgressFile, TransferKind};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CsvFile {
    pub file_name: String,
    pub content: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LearnerDataExport {
    /// Suggested file name for the JSON.
    pub json_file_name: String,
    pub json: String,
    pub csv_files: Vec<CsvFile>,
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

impl KlarApp {
    /// The learner's record as this session may see it: the learner themself gets all their
    /// reflections; anyone else (the teacher) only the ones the learner shared.
    fn learner_data(&mut self, id: i64) -> Result<FileLearner> {
        self.require_self_or_admin(id)?;
        let own = self.current.as_ref().is_some_and(|c| c.id == id);
        learner_file(&self.storage, id, if own { ReflectionScope::All } else { ReflectionScope::SharedOnly })
    }

    /// Everything stored about the learner as a progress file (JSON): all reflections for the
    /// learner themself, the shared ones for the teacher. Sign-in secrets are only stored as
    /// hashes and are left out.
    pub fn learner_data_json(&mut self, id: i64) -> Result<String> {
        let data = self.learner_data(id)?;
        let device = self.storage.setting(crate::classroom::KEY_DEVICE_NAME)?;
        ProgressFile::new(TransferKind::LearnerData, self.storage.now(), device, vec![data]).to_json()
    }

    /// The same data as CSV tables: (file name, content) for the learner, lessons, answers and
    /// reflections. Times are ISO 8601 in UTC.
    pub fn learner_data_csv(&mut self, id: i64) -> Result<Vec<(String, String)>> {
        let d = self.learner_data(id)?;
        let s = |x: &str| x.to_string();
        let learner = vec![
            vec![s("uuid"), s("name"), s("picture"), s("created"), s("last_active")],
            vec![
                d.uuid.clone(),
                d.display_name.clone(),
                d.avatar.clone(),
                iso_utc(d.created_ms),
                iso_utc(d.last_active_ms),
            ],
        ];
        let mut lessons = vec![vec![
            s("lesson_uuid"),
            s("current_step_uuid"),
            s("started"),
            s("completed"),
            s("updated"),
            s("seconds_spent"),
        ]];
        for p in &d.progress {
            lessons.push(vec![
                p.lesson_uuid.clone(),
                p.current_step_uuid.clone().unwrap_or_default(),
                iso_utc(p.started_ms),
                p.completed_ms.map(iso_utc).unwrap_or_default(),
                iso_utc(p.updated_ms),
                p.seconds_spent.to_string(),
            ]);
        }
        let mut answers = vec![vec![
            s("lesson_uuid"),
            s("question_uuid"),
            s("first_choice"),
            s("first_correct"),
            s("first_answered"),
            s("last_choice"),
            s("last_correct"),
            s("last_answered"),
            s("attempts"),
            s("first_confidence"),
        ]];
        for a in &d.answers {
            answers.push(vec![
                a.lesson_uuid.clone(),
                a.question_uuid.clone(),
                a.first_choice.join(" "),
                yes_no(a.first_correct),
                iso_utc(a.first_ms),
                a.last_choice.join(" "),
                yes_no(a.last_correct),
                iso_utc(a.last_ms),
                a.attempts.to_string(),
                a.first_confidence.map(|c| c.as_str().to_string()).unwrap_or_default(),
            ]);
        }
        let mut reflections = vec![vec![
            s("lesson_uuid"),
            s("step_uuid"),
            s("text"),
            s("created"),
            s("updated"),
            s("shared_with_teacher"),
        ]];
        for r in &d.reflections {
            reflections.push(vec![
                r.lesson_uuid.clone(),
                r.step_uuid.clone(),
                r.body.clone(),
                iso_utc(r.created_ms),
                iso_utc(r.updated_ms),
                yes_no(r.shared),
            ]);
        }
        Ok(vec![
            (s("learner.csv"), csv_text(&learner)?),
            (s("lessons.csv"), csv_text(&lessons)?),
            (s("answers.csv"), csv_text(&answers)?),
            (s("reflections.csv"), csv_text(&reflections)?),
        ])
    }

    /// Both forms at once, for the "download my data" button.
    pub fn learner_data_export(&mut self, id: i64) -> Result<LearnerDataExport> {
        let json = self.learner_data_json(id)?;
        let csv_files =
            self.learner_data_csv(id)?.into_iter().map(|(table, content)| CsvFile { file_name: format!("klar-my-data-{table}"), content }).collect();
        Ok(LearnerDataExport { json_file_name: "klar-my-data.json".into(), json, csv_files })
    }
}
