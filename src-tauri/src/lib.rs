//! Klar's desktop shell: finds the data folder and the lessons, makes sure only one Klar runs,
//! opens the window and routes the window's commands to klar-core. No domain logic here.

mod closing;
mod commands;
mod error;
mod files;
mod instance;
pub mod lab;
mod panic_hook;
mod paths;
pub mod state;

use error::IpcError;
use klar_core::app::KlarApp;
use klar_core::lessons::load_course;
use klar_core::storage::Storage;
use klar_core::SystemClock;
use state::Shared;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use tauri::{Manager, RunEvent, WebviewUrl, WebviewWindowBuilder};

pub use paths::{data_dir, lessons_dir, os_locale};

/// Opens the data file and the course; a failure becomes an error the window can show.
fn open_app(data_dir: &std::path::Path, locale: &str) -> Result<KlarApp, IpcError> {
    let loaded = load_course(&lessons_dir());
    for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        tracing::warn!("{d}");
    }
    let localizer = klar_core::i18n::Localizer::embedded();
    let fail = |e: klar_core::Error| {
        IpcError::from_core(&e, klar_core::app::localized_error(&localizer, locale, &e))
    };
    let storage = Storage::open(&klar_core::app::data_file_in(data_dir), Arc::new(SystemClock)).map_err(fail)?;
    // The app first wipes guests left over from a crash, and only then is a backup made, so no
    // backup ever holds a guest's work.
    let app = KlarApp::new(loaded.course, storage).map_err(fail)?;
    if let Err(e) = klar_core::storage::backup_now(app.storage(), &data_dir.join("backups")) {
        tracing::warn!("backup failed: {e}");
    }
    Ok(app)
}

fn allowed_navigation(url: &tauri::Url) -> bool {
    // Only the app's own pages; lesson links never take the window elsewhere.
    matches!(url.scheme(), "tauri") || url.host_str() == Some("tauri.localhost")
}

/// Registers every command the window may call (the same list as build.rs and capabilities/).
pub fn with_commands<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
            commands::app::app_bootstrap,
            commands::app::app_welcomed,
            commands::app::settings_update,
            commands::learners::learners_create,
            commands::learners::learners_select,
            commands::learners::learners_guest,
            commands::learners::learners_sign_out,
            commands::learners::learners_delete,
            commands::course::course_overview,
            commands::course::glossary_term,
            commands::course::glossary_all,
            commands::course::lesson_teachers,
            commands::course::lesson_summary,
            commands::app::app_print,
            commands::lesson::lesson_open,
            commands::lesson::lesson_goto,
            commands::lesson::lesson_complete,
            commands::lesson::quiz_answer,
            commands::lesson::reflection_save,
            commands::lab::lab_status,
            commands::lab::lab_stop,
            commands::lab::lab_next_tokens,
            commands::lab::lab_generate,
            commands::lab::lab_chat_send,
            commands::lab::lab_chat_reset,
            commands::lab::lab_tokenize,
            commands::lab::lab_bias_probe,
            commands::lab::lab_detector_score,
            commands::lab::lab_claims_ask,
            commands::lab::lab_claims_check,
            commands::lab::lab_injection_send,
            commands::lab::lab_injection_guess,
            commands::lab::lab_document_summarise,
            commands::lab::lab_energy_measure,
            commands::lab::lab_privacy_scan,
            commands::lab::lab_classifier_train,
            commands::lab::lab_classifier_predict,
            commands::lab::lab_drawings_save,
            commands::lab::lab_drawings_load,
            commands::lab::lab_drawings_delete,
            commands::classroom::mode_status,
            commands::classroom::mode_choose,
            commands::classroom::teacher_unlock,
            commands::classroom::teacher_overview,
            commands::classroom::teacher_lock,
            commands::classroom::teacher_add_learner,
            commands::classroom::teacher_delete_learner,
            commands::classroom::teacher_class_sign_in,
            commands::classroom::teacher_learner,
            commands::classroom::learner_record,
            commands::classroom::teacher_set_secret,
            commands::classroom::learners_sign_in,
            commands::classroom::session_idle,
            commands::classroom::session_keep_alive,
            commands::classroom::lesson_activity,
            commands::classroom::reflection_share,
            commands::transfer::report_export_csv,
            commands::transfer::progress_export,
            commands::transfer::progress_import,
            commands::transfer::learner_data_export,
            closing::app_close_ready,
    ])
}

/// The state the commands work on, for an already opened app (used by tests).
pub fn shared_state(app: KlarApp, os_locale: &str) -> Shared {
    Shared { app: Arc::new(Mutex::new(Ok(app))), os_locale: os_locale.to_string() }
}

pub fn run() -> ExitCode {
    // Before anything can panic: a panic report must never carry what a learner typed.
    panic_hook::install();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("KLAR_LOG").unwrap_or_else(|_| "warn".into()))
        .try_init();
    let data_dir = data_dir();
    let locale = os_locale();
    let lock = match instance::acquire(&data_dir) {
        Ok(instance::Instance::First(lock)) => Some(lock),
        Ok(instance::Instance::AlreadyRunning) => {
            let l = klar_core::i18n::Localizer::embedded();
            eprintln!("{}", l.message(klar_core::i18n::negotiate(&locale), klar_core::i18n::ids::ERROR_ALREADY_RUNNING, None));
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // The window will explain that the data folder cannot be written.
            tracing::error!("cannot lock {}: {e}", data_dir.display());
            None
        }
    };
    let opened = match &lock {
        Some(_) => open_app(&data_dir, klar_core::i18n::negotiate(&locale)),
        None => Err(IpcError::new(
            "read_only",
            klar_core::i18n::Localizer::embedded().message(klar_core::i18n::negotiate(&locale), klar_core::i18n::ids::ERROR_READ_ONLY, None),
            data_dir.display().to_string(),
        )),
    };
    let shared = Shared { app: Arc::new(Mutex::new(opened)), os_locale: locale };
    let app_for_exit = Arc::clone(&shared.app);

    let built = with_commands(tauri::Builder::default())
        .manage(shared)
        .manage(lab::Lab::start(paths::model_folders(&data_dir)))
        .setup(move |app| {
            let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Klar")
                .inner_size(1180.0, 820.0)
                .min_inner_size(720.0, 560.0)
                .center()
                .on_navigation(allowed_navigation)
                // An ephemeral web context: the webview keeps no website data on disk, so nothing
                // of a session can stay behind in it on a shared PC.
                .incognito(true)
                .build()?;
            closing::save_before_close(&window);
            if let Some(lock) = &lock {
                let handle = app.handle().clone();
                instance::listen(lock, move || {
                    if let Some(w) = handle.get_webview_window("main") {
                        let _ = w.unminimize();
                        let _ = w.show();
                        let _ = w.set_focus();
                    }
                });
            }
            // The lock lives as long as the app.
            app.manage(LockHolder(Mutex::new(lock)));
            Ok(())
        })
        .build(tauri::generate_context!());
    let app = match built {
        Ok(a) => a,
        Err(e) => {
            eprintln!("Klar could not start its window: {e}");
            return ExitCode::FAILURE;
        }
    };
    app.run(move |_handle, event| {
        if let RunEvent::Exit = event {
            // Nothing of a guest stays behind.
            let mut guard = app_for_exit.lock().unwrap_or_else(|p| p.into_inner());
            if let Ok(app) = guard.as_mut() {
                if let Err(e) = app.shutdown() {
                    tracing::error!("clean-up at exit failed: {e}");
                }
            }
        }
    });
    ExitCode::SUCCESS
}

struct LockHolder(#[allow(dead_code)] Mutex<Option<instance::InstanceLock>>);
