//! One error type for the core. Each error has a stable code that the UI branches on and a
//! Fluent message id so the learner reads it in their own language.

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable, machine-readable error codes. The UI decides on these, never on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
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
    AdminPinWrong,
    Locked,
    AdminRequired,
    NotAllowedInMode,
    SignInWrong,
    SignInSecretMissing,
    ImportNotKlar,
    ImportNewer,
    ImportCorrupt,
    ImportTooLarge,
    SessionExpired,
    DataMissing,
    ImportExpired,
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
            ErrorCode::AdminPinWrong => crate::i18n::ids::ERROR_ADMIN_PIN_WRONG,
            ErrorCode::Locked => crate::i18n::ids::ERROR_LOCKED,
            ErrorCode::AdminRequired => crate::i18n::ids::ERROR_ADMIN_REQUIRED,
            ErrorCode::NotAllowedInMode => crate::i18n::ids::ERROR_NOT_ALLOWED_IN_MODE,
            ErrorCode::SignInWrong => crate::i18n::ids::ERROR_SIGN_IN_WRONG,
            ErrorCode::SignInSecretMissing => crate::i18n::ids::ERROR_SIGN_IN_SECRET_MISSING,
            ErrorCode::ImportNotKlar => crate::i18n::ids::ERROR_IMPORT_NOT_KLAR,
            ErrorCode::ImportNewer => crate::i18n::ids::ERROR_IMPORT_NEWER,
            ErrorCode::ImportCorrupt => crate::i18n::ids::ERROR_IMPORT_CORRUPT,
            ErrorCode::ImportTooLarge => crate::i18n::ids::ERROR_IMPORT_TOO_LARGE,
            ErrorCode::SessionExpired => crate::i18n::ids::ERROR_SESSION_EXPIRED,
            ErrorCode::DataMissing => crate::i18n::ids::ERROR_DATA_MISSING,
            ErrorCode::ImportExpired => crate::i18n::ids::ERROR_IMPORT_EXPIRED,
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
    #[error("internal: {0}")]
    Internal(String),
    #[error("wrong admin PIN ({tries_left} tries left)")]
    AdminPinWrong { tries_left: u32 },
    #[error("too many wrong tries; locked for {seconds_left} more seconds")]
    Locked { seconds_left: u32 },
    #[error("the teacher (admin PIN) must sign in first")]
    AdminRequired,
    #[error("not allowed in this mode: {0}")]
    NotAllowedInMode(String),
    #[error("wrong picture password or PIN ({tries_left} tries left)")]
    SignInWrong { tries_left: u32 },
    #[error("this learner has no picture password or PIN yet")]
    SignInSecretMissing,
    #[error("not a Klar progress file")]
    ImportNotKlar,
    #[error("the file was written by a newer Klar (version {found}, this app reads up to {known})")]
    ImportNewer { found: u64, known: u64 },
    #[error("the file is damaged: {0}")]
    ImportCorrupt(String),
    #[error("the file is larger than {max_mib} MiB")]
    ImportTooLarge { max_mib: u64 },
    #[error("the session ended after {minutes} minutes without activity")]
    SessionExpired { minutes: u32 },
    #[error("the data file is missing or empty, and {backups} saved copies exist")]
    DataMissing { backups: usize },
    #[error("the import preview is no longer waiting (confirmed, cancelled, expired or from another session)")]
    ImportExpired,
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
            Error::Internal(_) => ErrorCode::Internal,
            Error::AdminPinWrong { .. } => ErrorCode::AdminPinWrong,
            Error::Locked { .. } => ErrorCode::Locked,
            Error::AdminRequired => ErrorCode::AdminRequired,
            Error::NotAllowedInMode(_) => ErrorCode::NotAllowedInMode,
            Error::SignInWrong { .. } => ErrorCode::SignInWrong,
            Error::SignInSecretMissing => ErrorCode::SignInSecretMissing,
            Error::ImportNotKlar => ErrorCode::ImportNotKlar,
            Error::ImportNewer { .. } => ErrorCode::ImportNewer,
            Error::ImportCorrupt(_) => ErrorCode::ImportCorrupt,
            Error::ImportTooLarge { .. } => ErrorCode::ImportTooLarge,
            Error::SessionExpired { .. } => ErrorCode::SessionExpired,
            Error::DataMissing { .. } => ErrorCode::DataMissing,
            Error::ImportExpired => ErrorCode::ImportExpired,
            Error::Sqlite(e) => classify_sqlite(e),
            Error::Io(e) => classify_io(e),
        }
    }

    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidInput(msg.into())
    }

    pub fn corrupt_import(msg: impl Into<String>) -> Self {
        Error::ImportCorrupt(msg.into())
    }

    /// The Fluent message id for this error: its code's, except that a long lock speaks in minutes.
    pub fn message_id(&self) -> &'static str {
        match self {
            Error::Locked { seconds_left } if *seconds_left > LOCK_SHOWN_IN_SECONDS => {
                crate::i18n::ids::ERROR_LOCKED_MINUTES
            }
            _ => self.code().message_id(),
        }
    }

    /// The number a localized message shows (`$count`): tries left, seconds (or minutes) left, the size cap.
    pub fn count(&self) -> Option<u64> {
        match self {
            Error::AdminPinWrong { tries_left } | Error::SignInWrong { tries_left } => Some(u64::from(*tries_left)),
            Error::Locked { seconds_left } if *seconds_left > LOCK_SHOWN_IN_SECONDS => {
                Some(u64::from(seconds_left.div_ceil(60)))
            }
            Error::Locked { seconds_left } => Some(u64::from(*seconds_left)),
            Error::ImportTooLarge { max_mib } => Some(*max_mib),
            Error::ImportNewer { found, .. } => Some(*found),
            Error::SessionExpired { minutes } => Some(u64::from(*minutes)),
            Error::DataMissing { backups } => Some(*backups as u64),
            _ => None,
        }
    }
}

/// Locks longer than this are told in whole minutes (rounded up), shorter ones in seconds.
const LOCK_SHOWN_IN_SECONDS: u32 = 90;

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
