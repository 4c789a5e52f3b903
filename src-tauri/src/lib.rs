//! Klar's desktop shell: finds the data folder and the lessons, makes sure only one Klar runs,
//! opens the window and routes the window's commands to klar-core. No domain logic here.

mod about;
mod closing;
mod commands;
mod error;
mod files;
mod instance;
pub mod lab;
mod panic_hook;
mod paths;
mod rendering;
pub mod state;

use error::IpcError;
use klar_core::app::KlarApp;
use klar_core::course::load_course;
use klar_core::storage::Storage;
use klar_core::SystemClock;
use state::{OpenChoice, Opener, Shared};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use tauri::{Manager, RunEvent, WebviewUrl, WebviewWindowBuilder};

pub use paths::{data_dir, lessons_dir, os_locale};

/// Opens the data file and the course; a failure becomes an error the window can show.
/// `choice` says what to do when the data file is missing or empty (see `OpenChoice`).
pub(crate) fn open_app(data_dir: &std::path::Path, locale: &str, choice: OpenChoice) -> Result<KlarApp, IpcError> {
    let loaded = load_course(&lessons_dir());
    for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        tracing::warn!("{d}");
    }
    let localizer = klar_core::i18n::Localizer::embedded();
    let fail = |e: klar_core::Error| {
        IpcError::from_core(&e, klar_core::app::localized_error(&localizer, locale, &e))
    };
    let file = klar_core::app::data_file_in(data_dir);
    let clock = Arc::new(SystemClock);
    let storage = match choice {
        OpenChoice::AsFound => Storage::open(&file, clock),
        OpenChoice::StartEmpty => Storage::open_new(&file, clock),
        OpenChoice::Restore(name) => klar_core::storage::backup_path(&klar_core::storage::backup_dir_for(&file), &name)
            .and_then(|copy| Storage::restore_file(&file, &copy, clock)),
    }
    .map_err(fail)?;
    // The app first wipes guests left over from a crash, and only then is a backup made, so no
    // backup ever holds a guest's work.
    let app = KlarApp::new(loaded.course, storage).map_err(fail)?;
    if let Err(e) = klar_core::storage::backup_now(app.storage(), &klar_core::storage::backup_dir_for(&file)) {
        tracing::warn!("backup failed: {e}");
    }
    Ok(app)
}

fn allowed_navigation(url: &tauri::Url) -> bool {
    // Only the app's own pages; lesson links never take the window elsewhere.
    matches!(url.scheme(), "tauri") || url.host_str() == Some("tauri.localhost")
}

/// Registers every command the window may call (from the one list in commands/list.rs).
pub fn with_commands<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    macro_rules! register {
        ($($module:ident { $($command:ident),* $(,)? })*) => {
            tauri::generate_handler![$($(commands::$module::$command),*),*]
        };
    }
    // The import waiting for confirmation lives as long as the app, next to its commands.
    builder.manage(commands::transfer::ImportSlot::default()).invoke_handler(crate::klar_commands!(register))
}

/// The names of every command the window may call, as the UI invokes them.
pub const COMMAND_NAMES: &[&str] = {
    macro_rules! names {
        ($($module:ident { $($command:ident),* $(,)? })*) => {
            &[$($(stringify!($command)),*),*]
        };
    }
    crate::klar_commands!(names)
};

/// The state the commands work on, for an already opened app (used by tests).
pub fn shared_state(app: KlarApp, os_locale: &str) -> Shared {
    Shared::new(Ok(app), os_locale.to_string(), None)
}

/// The lab worker for `shared`'s app, looking for models in `model_folders`. It forgets the person
/// who leaves as soon as they leave (and, should that be missed, at its next job of a new session).
pub fn lab_for(shared: &Shared, model_folders: Vec<std::path::PathBuf>) -> lab::Lab {
    let lab = lab::Lab::start(model_folders);
    shared.on_session_change(lab.session_resetter());
    lab
}

/// The state as the real start builds it: the data folder opened (or the start-up error kept)
/// and able to open it again. Used by `run` and by tests.
pub fn opened_state(data_dir: &std::path::Path, os_locale: &str) -> Shared {
    let opener = Opener { data_dir: data_dir.to_path_buf(), locale: klar_core::i18n::negotiate(os_locale).to_string() };
    let opened = opener.open(OpenChoice::AsFound);
    Shared::new(opened, os_locale.to_string(), Some(opener))
}

pub fn run() -> ExitCode {
    // Before anything can panic: a panic report must never carry what a learner typed.
    panic_hook::install();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("KLAR_LOG").unwrap_or_else(|_| "warn".into()))
        .try_init();
    let data_dir = data_dir();
    let locale = os_locale();
    // Other accounts on this PC must not read the learners' data (the folder is 0700 on Unix).
    if let Err(e) = klar_core::storage::private_dir(&data_dir) {
        tracing::warn!("cannot make {} private: {e}", data_dir.display());
    }
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
    // The system's language goes into the page before its script runs, so the first screens speak
    // it without waiting for a round trip to Rust.
    let early_locale = serde_json::to_string(&klar_core::i18n::os_locale_info(&locale)).unwrap_or_else(|_| "null".into());
    let early_locale = format!("window.__klarLocale = {early_locale};");
    let shared = match &lock {
        Some(_) => {
            let opener = Opener { data_dir: data_dir.clone(), locale: klar_core::i18n::negotiate(&locale).to_string() };
            Shared::opening(opener, locale.clone())
        }
        // Without the lock there is no reopening: another process may hold the data.
        None => Shared::new(
            Err(IpcError::new(
                klar_core::ErrorCode::ReadOnly,
                klar_core::i18n::Localizer::embedded().message(klar_core::i18n::negotiate(&locale), klar_core::i18n::ids::ERROR_READ_ONLY, None),
                data_dir.display().to_string(),
            )),
            locale,
            None,
        ),
    };
    let app_for_exit = Arc::clone(&shared.app);
    let app_for_signals = Arc::clone(&shared.app);
    let lab = lab_for(&shared, paths::model_folders(&data_dir));

    let built = with_commands(tauri::Builder::default())
        .manage(shared)
        .manage(lab)
        .setup(move |app| {
            let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Klar")
                .inner_size(1180.0, 820.0)
                .min_inner_size(720.0, 560.0)
                .center()
                .on_navigation(allowed_navigation)
                .initialization_script(&early_locale)
                // An ephemeral web context: the webview keeps no website data on disk, so nothing
                // of a session can stay behind in it on a shared PC. WebKit allows no automation in
                // such a context, so only under WebDriver (the end-to-end tests, which set this
                // variable through tauri-driver) the webview keeps an ordinary one.
                .incognito(!under_webdriver())
                .build()?;
            rendering::software_only(&window);
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
            shutdown_on_signals(app.handle().clone(), Arc::clone(&app_for_signals));
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
            clean_up(&app_for_exit);
        }
    });
    ExitCode::SUCCESS
}

/// Whether a WebDriver session drives this window (Tauri's own switch for WebKit automation).
fn under_webdriver() -> bool {
    std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true")
}

type SharedApp = Arc<Mutex<Result<KlarApp, IpcError>>>;

/// Nothing of a guest stays behind, and the data file is folded back from its log.
fn clean_up(app: &SharedApp) {
    let mut guard = app.lock().unwrap_or_else(|p| p.into_inner());
    if let Ok(app) = guard.as_mut() {
        if let Err(e) = app.shutdown() {
            tracing::error!("clean-up at exit failed: {e}");
        }
    }
}

/// Logging out, shutting down or Ctrl-C (SIGTERM, SIGHUP, SIGINT) end Klar as closing the
/// window does: the session ends and the window closes, instead of the process just vanishing.
#[cfg(unix)]
fn shutdown_on_signals<R: tauri::Runtime>(handle: tauri::AppHandle<R>, app: SharedApp) {
    use tokio::signal::unix::{signal, SignalKind};
    for kind in [SignalKind::terminate(), SignalKind::hangup(), SignalKind::interrupt()] {
        let (handle, app) = (handle.clone(), Arc::clone(&app));
        tauri::async_runtime::spawn(async move {
            let mut incoming = match signal(kind) {
                Ok(s) => s,
                Err(e) => {
                    tracing::error!("cannot listen for signal {}: {e}", kind.as_raw_value());
                    return;
                }
            };
            if incoming.recv().await.is_some() {
                // Clean up here too: the event loop may not get to its exit event.
                tauri::async_runtime::spawn_blocking(move || clean_up(&app)).await.ok();
                handle.exit(0);
            }
        });
    }
}

#[cfg(not(unix))]
fn shutdown_on_signals<R: tauri::Runtime>(_handle: tauri::AppHandle<R>, _app: SharedApp) {}

struct LockHolder(#[allow(dead_code)] Mutex<Option<instance::InstanceLock>>);
