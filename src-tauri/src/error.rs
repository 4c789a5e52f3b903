//! Errors as they cross to the UI: a stable code to branch on (generated for the UI from the
//! core's, the lab's and the shell's own codes), a message already in the learner's language, and
//! details for a teacher or a bug report.

use klar_core::ErrorCode;
use klar_lab::LabErrorCode;
use serde::Serialize;
use ts_rs::TS;

/// The few failures only the shell itself can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ShellErrorCode {
    /// The lab's worker thread is gone (it can only stop if a demo panicked).
    LabStopped,
}

/// Every code the UI can receive: the core's, the lab's (`lab_…`) and the shell's. On the wire it
/// is the code's plain string; for the UI it is one generated union type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum IpcErrorCode {
    Core(ErrorCode),
    Lab(LabErrorCode),
    Shell(ShellErrorCode),
}

impl From<ErrorCode> for IpcErrorCode {
    fn from(c: ErrorCode) -> Self {
        IpcErrorCode::Core(c)
    }
}

impl From<LabErrorCode> for IpcErrorCode {
    fn from(c: LabErrorCode) -> Self {
        IpcErrorCode::Lab(c)
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub code: IpcErrorCode,
    pub message: String,
    pub details: String,
}

impl IpcError {
    pub fn new(code: impl Into<IpcErrorCode>, message: impl Into<String>, details: impl Into<String>) -> Self {
        Self { code: code.into(), message: message.into(), details: details.into() }
    }

    /// Something that should not happen (a worker thread that panicked): not translated, since the
    /// localizer may be what failed.
    pub fn internal(details: impl Into<String>) -> Self {
        Self::new(ErrorCode::Internal, "An unexpected error happened.", details)
    }

    /// The lab worker is gone (it can only stop if a demo panicked).
    pub fn lab_stopped() -> Self {
        Self::new(IpcErrorCode::Shell(ShellErrorCode::LabStopped), "The AI lab stopped working. Please restart Klar.", "the lab worker thread ended")
    }

    pub fn from_core(e: &klar_core::Error, message: String) -> Self {
        Self::new(e.code(), message, e.to_string())
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let code = serde_json::to_value(self.code).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        write!(f, "{code}: {}", self.details)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_code_crosses_as_its_plain_string() -> Result<(), serde_json::Error> {
        let wire = |c: IpcErrorCode| serde_json::to_value(c);
        assert_eq!(wire(ErrorCode::DataMissing.into())?, "data_missing");
        assert_eq!(wire(LabErrorCode::ModelMissing.into())?, "lab_model_missing");
        assert_eq!(wire(IpcErrorCode::Shell(ShellErrorCode::LabStopped))?, "lab_stopped");
        Ok(())
    }
}
