//! The shell's state: the core app behind a mutex, used only inside `spawn_blocking` so that
//! database work never runs on the UI thread.

use crate::error::IpcError;
use klar_core::app::KlarApp;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Called with the new session epoch whenever the person at the PC changes.
pub type SessionListener = Box<dyn Fn(u64) + Send + Sync>;

pub struct Shared {
    pub app: Arc<Mutex<Result<KlarApp, IpcError>>>,
    pub os_locale: String,
    /// How to open the data again after a failed start (None when another process holds the
    /// data folder, and for an app opened by a test).
    pub opener: Option<Opener>,
    /// The session epoch last seen, and who wants to hear of a change (the lab, which must
    /// forget everything of the person who left).
    epoch: Arc<AtomicU64>,
    listener: Arc<Mutex<Option<SessionListener>>>,
}

/// What to do with the data file when (re)opening it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenChoice {
    /// Open what is there (the first start, and "Try again").
    AsFound,
    /// The file is missing or empty: put this copy from `backups/` in its place.
    Restore(String),
    /// The file is missing or empty and the person chose to start without it.
    StartEmpty,
}

/// Everything needed to open the data folder again.
#[derive(Debug, Clone)]
pub struct Opener {
    pub data_dir: PathBuf,
    pub locale: String,
}

impl Opener {
    pub fn open(&self, choice: OpenChoice) -> Result<KlarApp, IpcError> {
        crate::open_app(&self.data_dir, &self.locale, choice)
    }
}

impl Shared {
    pub fn new(app: Result<KlarApp, IpcError>, os_locale: String, opener: Option<Opener>) -> Self {
        let epoch = app.as_ref().map(KlarApp::session_epoch).unwrap_or(0);
        Shared {
            app: Arc::new(Mutex::new(app)),
            os_locale,
            opener,
            epoch: Arc::new(AtomicU64::new(epoch)),
            listener: Arc::new(Mutex::new(None)),
        }
    }

    /// Opens the data folder on a thread of its own, so that it is ready while the window is
    /// still being built. The thread holds the app's lock from before this returns until the data
    /// is open: every command waits for it there and never sees the placeholder.
    pub fn opening(opener: Opener, os_locale: String) -> Self {
        let placeholder = Err(IpcError::internal(String::from("the data folder is being opened")));
        let shared = Shared::new(placeholder, os_locale, Some(opener.clone()));
        let (app, epoch) = (Arc::clone(&shared.app), Arc::clone(&shared.epoch));
        let (locked, is_locked) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new().name("klar-open".into()).spawn(move || {
            let mut guard = app.lock().unwrap_or_else(|p| p.into_inner());
            let _ = locked.send(());
            let started = std::time::Instant::now();
            *guard = opener.open(OpenChoice::AsFound);
            if let Ok(opened) = guard.as_ref() {
                epoch.store(opened.session_epoch(), Ordering::SeqCst);
            }
            // Start-up figures (KLAR_LOG=info).
            tracing::info!("data and course opened in {:?}, beside the window", started.elapsed());
        });
        match spawned {
            Ok(_) => {
                // Should the thread die before it locks, the first command opens the data itself.
                let _ = is_locked.recv();
            }
            Err(e) => tracing::warn!("cannot start the opening thread ({e}); the first command opens the data"),
        }
        shared
    }

    /// `f` hears of every change of person (after the command that made it).
    pub fn on_session_change(&self, f: SessionListener) {
        *self.listener.lock().unwrap_or_else(|p| p.into_inner()) = Some(f);
    }

    /// Runs `f` with the stored start-up error when the start failed (None when the app runs).
    pub async fn with_failed_start<T, F>(&self, f: F) -> Option<Result<T, IpcError>>
    where
        T: Send + 'static,
        F: FnOnce(&IpcError, Option<&Opener>) -> Result<(T, Option<KlarApp>), IpcError> + Send + 'static,
    {
        let app = Arc::clone(&self.app);
        let opener = self.opener.clone();
        let joined = tauri::async_runtime::spawn_blocking(move || {
            let mut guard = app.lock().unwrap_or_else(|p| p.into_inner());
            let startup = match guard.as_ref() {
                Ok(_) => return None,
                Err(e) => e.clone(),
            };
            Some(f(&startup, opener.as_ref()).map(|(value, opened)| {
                if let Some(opened) = opened {
                    *guard = Ok(opened);
                }
                value
            }))
        })
        .await;
        joined.unwrap_or_else(|e| Some(Err(IpcError::internal(e.to_string()))))
    }

    /// Runs `f` on a blocking worker with the app locked; errors come back localized. When `f`
    /// changed the person at the PC (even by failing, as an expired session does), the listener
    /// hears of it before the reply goes out. After a failed start, each call first opens the data
    /// again ("Try again" on the error screen): the disk may have room now, or the file may be back.
    pub async fn run<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut KlarApp) -> klar_core::Result<T> + Send + 'static,
    {
        let app = Arc::clone(&self.app);
        let (epoch, listener) = (Arc::clone(&self.epoch), Arc::clone(&self.listener));
        let opener = self.opener.clone();
        let joined = tauri::async_runtime::spawn_blocking(move || {
            let mut guard = app.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if let (Err(_), Some(opener)) = (guard.as_ref(), opener) {
                *guard = opener.open(OpenChoice::AsFound);
            }
            match guard.as_mut() {
                Ok(app) => {
                    let result = f(app).map_err(|e| IpcError::from_core(&e, app.error_message(&e)));
                    let now = app.session_epoch();
                    if epoch.swap(now, Ordering::SeqCst) != now {
                        if let Some(l) = listener.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
                            l(now);
                        }
                    }
                    result
                }
                Err(startup) => Err(startup.clone()),
            }
        })
        .await;
        joined.unwrap_or_else(|e| Err(IpcError::internal(e.to_string())))
    }

    /// A core error from work done outside `run` (file I/O, printing), in the learner's language.
    /// The app is locked only for the moment the message is looked up.
    pub fn core_error(&self, e: &klar_core::Error) -> IpcError {
        let guard = self.app.lock().unwrap_or_else(|p| p.into_inner());
        let message = match guard.as_ref() {
            Ok(app) => app.error_message(e),
            Err(_) => e.to_string(),
        };
        IpcError::from_core(e, message)
    }

    /// Before a lab action: the idle rule runs (an expired session ends here) and the reply is
    /// the session epoch the lab must be in.
    pub async fn lab_session(&self) -> Result<u64, IpcError> {
        self.run(|app| app.lab_session()).await
    }
}

impl Shared {
    /// A lab result as the window sees it: lab errors get a localized message.
    pub fn lab_result<T>(&self, r: Option<klar_lab::Result<T>>) -> Result<T, IpcError> {
        match r {
            Some(Ok(v)) => Ok(v),
            Some(Err(e)) => Err(self.lab_error(&e)),
            None => Err(IpcError::lab_stopped()),
        }
    }

    /// The code, message id and arguments come from klar-lab; only the localizing happens here.
    fn lab_error(&self, e: &klar_lab::Error) -> IpcError {
        use klar_core::app::MessageArg;
        let args: Vec<(&str, MessageArg)> = e
            .message_args()
            .into_iter()
            .map(|(name, value)| match value {
                klar_lab::MessageValue::Text(t) => (name, MessageArg::Text(t)),
                klar_lab::MessageValue::Number(n) => (name, MessageArg::Number(n)),
            })
            .collect();
        let guard = self.app.lock().unwrap_or_else(|p| p.into_inner());
        let message = match guard.as_ref() {
            Ok(app) => app.localized(e.message_id(), &args),
            Err(_) => e.to_string(),
        };
        IpcError::new(e.code(), message, e.to_string())
    }
}
