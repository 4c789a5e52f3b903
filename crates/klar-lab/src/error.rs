//! The one error type of the lab engine, with its `Result` alias.
//! Candle's errors are classified here, and only here, into what a learner or teacher can act on.

use std::path::PathBuf;

/// Everything that can go wrong in the engine, phrased so the message can be shown as is.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("model file {path} not found; run `cargo xtask fetch-models` or pass --model")]
    ModelMissing { path: PathBuf },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a usable GGUF model: {reason}")]
    BadGguf { path: PathBuf, reason: String },
    #[error("{path} is not supported: {reason}")]
    Unsupported { path: PathBuf, reason: String },
    #[error(
        "not enough free memory to load the model: it needs about {needed_mib} MiB, \
         only {available_mib} MiB are available; close other programs and try again"
    )]
    OutOfMemory { needed_mib: u64, available_mib: u64 },
    #[error("the prompt has {tokens} tokens but the model's context holds only {context}")]
    ContextExceeded { tokens: usize, context: usize },
    #[error("the {what} is too long: {chars} characters, at most {max_chars}")]
    TooLong { what: String, chars: usize, max_chars: usize },
    #[error("invalid input: {0}")]
    InvalidInput(String),
    #[error("the computation failed inside the tensor library: {0}")]
    Compute(String),
    #[error("cancelled")]
    Cancelled,
}

/// The engine's result alias.
pub type Result<T> = std::result::Result<T, Error>;

impl From<candle_core::Error> for Error {
    /// The one place where candle errors become ours. Shape and dtype problems come from
    /// malformed weights once validation has passed; all of them are reported as compute errors
    /// with candle's message, which names the operation.
    fn from(e: candle_core::Error) -> Self {
        match e {
            candle_core::Error::Io(io) => Error::Compute(format!("i/o: {io}")),
            candle_core::Error::WithBacktrace { inner, .. } => Error::from(*inner),
            candle_core::Error::Context { inner, context } => {
                Error::Compute(format!("{context}: {}", Error::from(*inner)))
            }
            other => Error::Compute(other.to_string()),
        }
    }
}

impl Error {
    /// A short stable code the desktop shell can branch on (never on the text).
    pub fn code(&self) -> &'static str {
        match self {
            Error::ModelMissing { .. } => "model_missing",
            Error::Io { .. } => "io",
            Error::BadGguf { .. } => "bad_model_file",
            Error::Unsupported { .. } => "unsupported_model",
            Error::OutOfMemory { .. } => "out_of_memory",
            Error::ContextExceeded { .. } => "context_exceeded",
            Error::TooLong { .. } => "too_long",
            Error::InvalidInput(_) => "invalid_input",
            Error::Compute(_) => "compute",
            Error::Cancelled => "cancelled",
        }
    }
}
