// (Plain comments: build.rs include!s this file, where inner doc comments are not allowed.)
// THE list of the window's commands, grouped by the module (domain) that holds them. It exists
// once: build.rs reads this file to declare each command's permission, lib.rs registers the
// handlers from it, and tests/commands.rs checks the capability file and the UI's wrappers in
// `ui/src/lib/ipc/` against it. A new command is named here, in its module and in one wrapper.

/// Calls `$callback!` with `module { command, … }` groups.
#[macro_export]
macro_rules! klar_commands {
    ($callback:ident) => {
        $callback! {
            app { app_bootstrap, app_welcomed, app_locale, app_print, app_close_ready, app_about }
            settings { settings_update }
            learners { learners_create, learners_select, learners_guest, learners_sign_in, learners_sign_out, learners_delete }
            course { course_overview, glossary_term, glossary_all, lesson_teachers, lesson_summary, lab_presets }
            player { lesson_open, lesson_goto, quiz_answer, reflection_save, reflection_share, demo_predict, demo_record, lesson_activity, lesson_complete }
            classroom { mode_status, mode_choose, teacher_unlock, teacher_lock, teacher_add_learner, teacher_delete_learner, teacher_class_sign_in, teacher_set_learner_idle, teacher_change_pin, teacher_set_secret }
            session { session_idle, session_keep_alive }
            report { teacher_overview, teacher_learner, learner_record, report_export_csv }
            transfer { progress_export, progress_import, progress_import_confirm, progress_import_cancel, learner_data_export }
            data { data_backups, data_restore, data_start_empty }
            lab { lab_status, lab_model_cards, lab_warm_up, lab_stop, lab_next_tokens, lab_generate, lab_chat_prepare, lab_chat_send, lab_chat_reset, lab_tokenize, lab_tokenizer_counts, lab_bias_probe, lab_agent_rank, lab_detector_score, lab_claims_ask, lab_claims_check, lab_injection_send, lab_injection_guess, lab_document_summarise, lab_energy_measure, lab_privacy_scan, lab_classifier_train, lab_classifier_predict, lab_drawings_save, lab_drawings_load, lab_drawings_delete }
        }
    };
}
