//! Errors as they cross to the UI: a stable code to branch on, a message already in the
//! learner's language, and details for a teacher or a bug report.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct IpcError {
    pub code: String,
    pub message: String,
    pub details: String,
}

impl IpcError {
    pub fn new(code: &str, message: impl Into<String>, details: impl Into<String>) -> Self {
        Self { code: code.to_string(), message: message.into(), details: details.into() }
    }

    /// The lab worker is gone (it can only stop if a demo panicked).
    pub fn lab_stopped() -> Self {
        Self::new("lab_stopped", "The AI lab stopped working. Please restart Klar.", "the lab worker thread ended")
    }

    pub fn from_core(e: &klar_core::Error, message: String) -> Self {
        let code = serde_json::to_value(e.code()).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_else(|| "internal".into());
        Self { code, message, details: e.to_string() }
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.details)
    }
}
