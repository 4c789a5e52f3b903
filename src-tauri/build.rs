//! Declares the app's own commands so that Tauri generates their permissions; the window's
//! capability in capabilities/ grants exactly these and nothing else.

const COMMANDS: &[&str] = &[
    "app_bootstrap",
    "app_welcomed",
    "settings_update",
    "learners_create",
    "learners_select",
    "learners_guest",
    "learners_sign_out",
    "learners_delete",
    "course_overview",
    "lesson_open",
    "lesson_goto",
    "lesson_complete",
    "quiz_answer",
    "reflection_save",
    "glossary_term",
    "glossary_all",
    "lesson_teachers",
    "lesson_summary",
    "app_print",
    "lab_status",
    "lab_stop",
    "lab_next_tokens",
    "lab_generate",
    "lab_chat_send",
    "lab_chat_reset",
    "lab_tokenize",
    "lab_bias_probe",
    "lab_detector_score",
    "lab_claims_ask",
    "lab_claims_check",
    "lab_injection_send",
    "lab_injection_guess",
    "lab_document_summarise",
    "lab_energy_measure",
    "mode_status",
    "mode_choose",
    "teacher_unlock",
    "teacher_overview",
    "teacher_lock",
    "teacher_add_learner",
    "teacher_delete_learner",
    "teacher_class_sign_in",
    "teacher_learner",
    "learner_record",
    "teacher_set_secret",
    "learners_sign_in",
    "session_idle",
    "session_keep_alive",
    "lesson_activity",
    "reflection_share",
    "report_export_csv",
    "progress_export",
    "progress_import",
    "learner_data_export",
];

fn main() {
    let attrs = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attrs) {
        panic!("tauri build step failed: {e:#}");
    }
}
