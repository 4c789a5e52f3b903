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
    // The classifier lab's input problems, one variant per thing the learner can fix.
    #[error("a classifier needs at least {min} classes; there are {count}")]
    TooFewClasses { count: usize, min: usize },
    #[error("a classifier can have at most {max} classes; there are {count}")]
    TooManyClasses { count: usize, max: usize },
    #[error("class {} has no name; give every class a name", .index + 1)]
    ClassNameEmpty { index: usize },
    #[error("the name of class {} has {chars} characters; at most {max} are allowed", .index + 1)]
    ClassNameTooLong { index: usize, chars: usize, max: usize },
    #[error("two classes are both called \"{name}\"; give each class its own name")]
    DuplicateClassName { name: String },
    #[error("drawing {} belongs to class {}, but there are only {classes} classes", .example + 1, .class + 1)]
    UnknownClass { example: usize, class: usize, classes: usize },
    #[error("class \"{class}\" has {count} drawings; it needs at least {needed}")]
    TooFewDrawings { class: String, index: usize, count: usize, needed: usize },
    #[error("class \"{class}\" has {count} drawings; at most {max} are allowed")]
    TooManyDrawings { class: String, index: usize, count: usize, max: usize },
    #[error("{}the drawing is empty; draw something first", drawing_prefix(.example))]
    EmptyDrawing { example: Option<usize> },
    #[error(
        "{}the drawing has {strokes} lines and {points} points; \
         at most {max_strokes} lines and {max_points} points are allowed",
        drawing_prefix(.example)
    )]
    DrawingTooComplex {
        example: Option<usize>,
        strokes: usize,
        points: usize,
        max_strokes: usize,
        max_points: usize,
    },
    #[error(
        "{}point {} of line {} is not on the canvas (x {x}, y {y})",
        drawing_prefix(.example), .point + 1, .stroke + 1
    )]
    BadPoint { example: Option<usize>, stroke: usize, point: usize, x: f32, y: f32 },
    #[error("the computation failed inside the tensor library: {0}")]
    Compute(String),
    #[error("cancelled")]
    Cancelled,
}

/// "drawing 3: " when the error is about one drawing of a training set (`example` is 0-based).
fn drawing_prefix(example: &Option<usize>) -> String {
    example.map(|i| format!("drawing {}: ", i + 1)).unwrap_or_default()
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
            Error::TooFewClasses { .. } => "too_few_classes",
            Error::TooManyClasses { .. } => "too_many_classes",
            Error::ClassNameEmpty { .. } => "class_name_empty",
            Error::ClassNameTooLong { .. } => "class_name_too_long",
            Error::DuplicateClassName { .. } => "duplicate_class_name",
            Error::UnknownClass { .. } => "unknown_class",
            Error::TooFewDrawings { .. } => "too_few_drawings",
            Error::TooManyDrawings { .. } => "too_many_drawings",
            Error::EmptyDrawing { .. } => "empty_drawing",
            Error::DrawingTooComplex { .. } => "drawing_too_complex",
            Error::BadPoint { .. } => "bad_point",
            Error::Compute(_) => "compute",
            Error::Cancelled => "cancelled",
        }
    }
}
