//! The shell's state: the core app behind a mutex, used only inside `spawn_blocking` so that
//! database work never runs on the UI thread.

use crate::error::IpcError;
use klar_core::app::KlarApp;
use std::sync::{Arc, Mutex};

pub struct Shared {
    pub app: Arc<Mutex<Result<KlarApp, IpcError>>>,
    pub os_locale: String,
}

impl Shared {
    /// Runs `f` on a blocking worker with the app locked; errors come back localized.
    pub async fn run<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut KlarApp) -> klar_core::Result<T> + Send + 'static,
    {
        let app = Arc::clone(&self.app);
        let joined = tauri::async_runtime::spawn_blocking(move || {
            let mut guard = app.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match guard.as_mut() {
                Ok(app) => f(app).map_err(|e| IpcError::from_core(&e, app.error_message(&e))),
                Err(startup) => Err(startup.clone()),
            }
        })
        .await;
        joined.unwrap_or_else(|e| Err(IpcError::new("internal", "An unexpected error happened.", e.to_string())))
    }
}
