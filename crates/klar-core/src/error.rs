//! One error type for the core. Each error has a stable code that the UI branches on and a
//! Fluent message id so the learner reads it in their own language.

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable, machine-readable error codes. The UI decides on these, never on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    InvalidInput,
    DatabaseNewer,
    DatabaseCorrupt,
    DatabaseBusy,
    DiskFull,
    ReadOnly,
    Io,
    LessonUnavailable,
    Internal,
}

impl ErrorCode {
    /// The Fluent message id that explains this error to a learner.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::NotFound => crate::i18n::ids::ERROR_NOT_FOUND,
            ErrorCode::InvalidInput => crate::i18n::ids::ERROR_INVALID_INPUT,
            ErrorCode::DatabaseNewer => crate::i18n::ids::ERROR_DATABASE_NEWER,
            ErrorCode::DatabaseCorrupt => crate::i18n::ids::ERROR_DATABASE_CORRUPT,
            ErrorCode::DatabaseBusy => crate::i18n::ids::ERROR_DATABASE_BUSY,
            ErrorCode::DiskFull => crate::i18n::ids::ERROR_DISK_FULL,
            ErrorCode::ReadOnly => crate::i18n::ids::ERROR_READ_ONLY,
            ErrorCode::Io => crate::i18n::ids::ERROR_IO,
            ErrorCode::LessonUnavailable => crate::i18n::ids::ERROR_LESSON_UNAVAILABLE,
            ErrorCode::Internal => crate::i18n::ids::ERROR_INTERNAL,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found: {0}")]
    NotFound(String),
    #[error("invalid input: {0}")]
    InvalidInput(String),
    #[error("the data file was written by a newer Klar (schema {found}, this app knows up to {known})")]
    DatabaseNewer { found: i64, known: i64 },
    #[error("the data file is damaged: {0}")]
    DatabaseCorrupt(String),
    #[error("the lesson cannot be used: {0}")]
    LessonUnavailable(String),
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotFound(_) => ErrorCode::NotFound,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::DatabaseNewer { .. } => ErrorCode::DatabaseNewer,
            Error::DatabaseCorrupt(_) => ErrorCode::DatabaseCorrupt,
            Error::LessonUnavailable(_) => ErrorCode::LessonUnavailable,
            Error::Sqlite(e) => classify_sqlite(e),
            Error::Io(e) => classify_io(e),
        }
    }

    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidInput(msg.into())
    }
}

/// SQLite's result codes, sorted into what a learner can act on.
fn classify_sqlite(e: &rusqlite::Error) -> ErrorCode {
    use rusqlite::ErrorCode as C;
    match e {
        rusqlite::Error::QueryReturnedNoRows => ErrorCode::NotFound,
        rusqlite::Error::SqliteFailure(f, _) => match f.code {
            C::DiskFull => ErrorCode::DiskFull,
            C::DatabaseBusy | C::DatabaseLocked => ErrorCode::DatabaseBusy,
            C::DatabaseCorrupt | C::NotADatabase => ErrorCode::DatabaseCorrupt,
            C::ReadOnly | C::CannotOpen | C::PermissionDenied => ErrorCode::ReadOnly,
            C::SystemIoFailure => ErrorCode::Io,
            _ => ErrorCode::Internal,
        },
        _ => ErrorCode::Internal,
    }
}

fn classify_io(e: &std::io::Error) -> ErrorCode {
    match e.kind() {
        std::io::ErrorKind::NotFound => ErrorCode::NotFound,
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            ErrorCode::ReadOnly
        }
        std::io::ErrorKind::StorageFull => ErrorCode::DiskFull,
        _ => ErrorCode::Io,
    }
}

/// `Option` → `Error::NotFound`, in the style of `.or_not_found("learner")`.
pub trait OrNotFound<T> {
    fn or_not_found(self, what: impl std::fmt::Display) -> Result<T>;
}

impl<T> OrNotFound<T> for Option<T> {
    fn or_not_found(self, what: impl std::fmt::Display) -> Result<T> {
        self.ok_or_else(|| Error::NotFound(what.to_string()))
    }
}
