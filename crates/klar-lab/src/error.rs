//! The one error type of the lab engine, with its `Result` alias, and the lab's side of the error
//! contract with the window: a typed code ([`LabErrorCode`], exported for the UI), the Fluent id
//! of its message and the message's arguments. Candle's errors are classified here, and only
//! here, into what a learner or teacher can act on.

use serde::Serialize;
use std::path::PathBuf;
use ts_rs::TS;

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

/// The code of a lab error as the window sees it: the desktop shell sends it as `IpcError.code`
/// and the UI branches on it (never on the text). Exported for the UI; the names are the wire codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[ts(export)]
pub enum LabErrorCode {
    #[serde(rename = "lab_model_missing")]
    ModelMissing,
    #[serde(rename = "lab_io")]
    Io,
    #[serde(rename = "lab_bad_model_file")]
    BadModelFile,
    #[serde(rename = "lab_unsupported_model")]
    UnsupportedModel,
    #[serde(rename = "lab_out_of_memory")]
    OutOfMemory,
    #[serde(rename = "lab_context_exceeded")]
    ContextExceeded,
    #[serde(rename = "lab_too_long")]
    TooLong,
    #[serde(rename = "lab_invalid_input")]
    InvalidInput,
    #[serde(rename = "lab_too_few_classes")]
    TooFewClasses,
    #[serde(rename = "lab_too_many_classes")]
    TooManyClasses,
    #[serde(rename = "lab_class_name_empty")]
    ClassNameEmpty,
    #[serde(rename = "lab_class_name_too_long")]
    ClassNameTooLong,
    #[serde(rename = "lab_duplicate_class_name")]
    DuplicateClassName,
    #[serde(rename = "lab_unknown_class")]
    UnknownClass,
    #[serde(rename = "lab_too_few_drawings")]
    TooFewDrawings,
    #[serde(rename = "lab_too_many_drawings")]
    TooManyDrawings,
    #[serde(rename = "lab_empty_drawing")]
    EmptyDrawing,
    #[serde(rename = "lab_drawing_too_complex")]
    DrawingTooComplex,
    #[serde(rename = "lab_bad_point")]
    BadPoint,
    #[serde(rename = "lab_compute")]
    Compute,
    #[serde(rename = "lab_cancelled")]
    Cancelled,
}

impl LabErrorCode {
    /// Every code, in declaration order.
    pub const ALL: [LabErrorCode; 21] = [
        LabErrorCode::ModelMissing,
        LabErrorCode::Io,
        LabErrorCode::BadModelFile,
        LabErrorCode::UnsupportedModel,
        LabErrorCode::OutOfMemory,
        LabErrorCode::ContextExceeded,
        LabErrorCode::TooLong,
        LabErrorCode::InvalidInput,
        LabErrorCode::TooFewClasses,
        LabErrorCode::TooManyClasses,
        LabErrorCode::ClassNameEmpty,
        LabErrorCode::ClassNameTooLong,
        LabErrorCode::DuplicateClassName,
        LabErrorCode::UnknownClass,
        LabErrorCode::TooFewDrawings,
        LabErrorCode::TooManyDrawings,
        LabErrorCode::EmptyDrawing,
        LabErrorCode::DrawingTooComplex,
        LabErrorCode::BadPoint,
        LabErrorCode::Compute,
        LabErrorCode::Cancelled,
    ];

    /// The wire code, as serialized ("lab_model_missing").
    pub fn as_str(self) -> &'static str {
        match self {
            LabErrorCode::ModelMissing => "lab_model_missing",
            LabErrorCode::Io => "lab_io",
            LabErrorCode::BadModelFile => "lab_bad_model_file",
            LabErrorCode::UnsupportedModel => "lab_unsupported_model",
            LabErrorCode::OutOfMemory => "lab_out_of_memory",
            LabErrorCode::ContextExceeded => "lab_context_exceeded",
            LabErrorCode::TooLong => "lab_too_long",
            LabErrorCode::InvalidInput => "lab_invalid_input",
            LabErrorCode::TooFewClasses => "lab_too_few_classes",
            LabErrorCode::TooManyClasses => "lab_too_many_classes",
            LabErrorCode::ClassNameEmpty => "lab_class_name_empty",
            LabErrorCode::ClassNameTooLong => "lab_class_name_too_long",
            LabErrorCode::DuplicateClassName => "lab_duplicate_class_name",
            LabErrorCode::UnknownClass => "lab_unknown_class",
            LabErrorCode::TooFewDrawings => "lab_too_few_drawings",
            LabErrorCode::TooManyDrawings => "lab_too_many_drawings",
            LabErrorCode::EmptyDrawing => "lab_empty_drawing",
            LabErrorCode::DrawingTooComplex => "lab_drawing_too_complex",
            LabErrorCode::BadPoint => "lab_bad_point",
            LabErrorCode::Compute => "lab_compute",
            LabErrorCode::Cancelled => "lab_cancelled",
        }
    }

    /// The Fluent id of the learner-facing message (in `locales/*/lab.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            LabErrorCode::ModelMissing => "lab-error-model-missing",
            LabErrorCode::Io => "lab-error-io",
            LabErrorCode::BadModelFile => "lab-error-bad-model-file",
            LabErrorCode::UnsupportedModel => "lab-error-unsupported-model",
            LabErrorCode::OutOfMemory => "lab-error-out-of-memory",
            LabErrorCode::ContextExceeded => "lab-error-context-exceeded",
            LabErrorCode::TooLong => "lab-error-too-long",
            LabErrorCode::InvalidInput => "lab-error-invalid-input",
            LabErrorCode::TooFewClasses => "lab-error-too-few-classes",
            LabErrorCode::TooManyClasses => "lab-error-too-many-classes",
            LabErrorCode::ClassNameEmpty => "lab-error-class-name-empty",
            LabErrorCode::ClassNameTooLong => "lab-error-class-name-too-long",
            LabErrorCode::DuplicateClassName => "lab-error-duplicate-class-name",
            LabErrorCode::UnknownClass => "lab-error-unknown-class",
            LabErrorCode::TooFewDrawings => "lab-error-too-few-drawings",
            LabErrorCode::TooManyDrawings => "lab-error-too-many-drawings",
            LabErrorCode::EmptyDrawing => "lab-error-empty-drawing",
            LabErrorCode::DrawingTooComplex => "lab-error-drawing-too-complex",
            LabErrorCode::BadPoint => "lab-error-bad-point",
            LabErrorCode::Compute => "lab-error-compute",
            LabErrorCode::Cancelled => "lab-error-cancelled",
        }
    }
}

/// A value for one placeholder of a lab error's message; the shell hands it to its localizer.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageValue {
    Text(String),
    Number(f64),
}

impl Error {
    /// The stable code the desktop shell sends to the window (never branch on the text).
    pub fn code(&self) -> LabErrorCode {
        match self {
            Error::ModelMissing { .. } => LabErrorCode::ModelMissing,
            Error::Io { .. } => LabErrorCode::Io,
            Error::BadGguf { .. } => LabErrorCode::BadModelFile,
            Error::Unsupported { .. } => LabErrorCode::UnsupportedModel,
            Error::OutOfMemory { .. } => LabErrorCode::OutOfMemory,
            Error::ContextExceeded { .. } => LabErrorCode::ContextExceeded,
            Error::TooLong { .. } => LabErrorCode::TooLong,
            Error::InvalidInput(_) => LabErrorCode::InvalidInput,
            Error::TooFewClasses { .. } => LabErrorCode::TooFewClasses,
            Error::TooManyClasses { .. } => LabErrorCode::TooManyClasses,
            Error::ClassNameEmpty { .. } => LabErrorCode::ClassNameEmpty,
            Error::ClassNameTooLong { .. } => LabErrorCode::ClassNameTooLong,
            Error::DuplicateClassName { .. } => LabErrorCode::DuplicateClassName,
            Error::UnknownClass { .. } => LabErrorCode::UnknownClass,
            Error::TooFewDrawings { .. } => LabErrorCode::TooFewDrawings,
            Error::TooManyDrawings { .. } => LabErrorCode::TooManyDrawings,
            Error::EmptyDrawing { .. } => LabErrorCode::EmptyDrawing,
            Error::DrawingTooComplex { .. } => LabErrorCode::DrawingTooComplex,
            Error::BadPoint { .. } => LabErrorCode::BadPoint,
            Error::Compute(_) => LabErrorCode::Compute,
            Error::Cancelled => LabErrorCode::Cancelled,
        }
    }

    /// The Fluent id of the learner-facing message.
    pub fn message_id(&self) -> &'static str {
        self.code().message_id()
    }

    /// The placeholders of the learner-facing message (`{ $file }`, `{ $max }` …) with their
    /// values. Paths are shown by file name, and the folder of a missing model on its own.
    pub fn message_args(&self) -> Vec<(&'static str, MessageValue)> {
        use MessageValue::{Number, Text};
        let file_name = |path: &std::path::Path| {
            Text(path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default())
        };
        let n = |v: usize| Number(v as f64);
        match self {
            Error::ModelMissing { path } => vec![
                ("folder", Text(path.parent().map(|p| p.display().to_string()).unwrap_or_default())),
                ("file", file_name(path)),
            ],
            Error::Io { path, .. } | Error::BadGguf { path, .. } | Error::Unsupported { path, .. } => {
                vec![("file", file_name(path))]
            }
            Error::OutOfMemory { needed_mib, available_mib } => {
                vec![("needed", Number(*needed_mib as f64)), ("available", Number(*available_mib as f64))]
            }
            Error::ContextExceeded { tokens, context } => vec![("tokens", n(*tokens)), ("context", n(*context))],
            Error::TooLong { chars, max_chars, .. } => vec![("chars", n(*chars)), ("max", n(*max_chars))],
            Error::TooFewClasses { min, .. } => vec![("min", n(*min))],
            Error::TooManyClasses { max, .. } => vec![("max", n(*max))],
            Error::ClassNameTooLong { max, .. } => vec![("max", n(*max))],
            Error::DuplicateClassName { name } => vec![("class", Text(name.clone()))],
            Error::TooFewDrawings { class, count, needed, .. } => {
                vec![("class", Text(class.clone())), ("count", n(*count)), ("needed", n(*needed))]
            }
            Error::TooManyDrawings { class, max, .. } => vec![("class", Text(class.clone())), ("max", n(*max))],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_codes_and_message_ids_follow_one_rule() -> std::result::Result<(), serde_json::Error> {
        for code in LabErrorCode::ALL {
            assert_eq!(serde_json::to_string(&code)?, format!("\"{}\"", code.as_str()));
            let bare = code.as_str().strip_prefix("lab_").unwrap_or_default();
            assert!(!bare.is_empty(), "{code:?}");
            assert_eq!(code.message_id(), format!("lab-error-{}", bare.replace('_', "-")));
        }
        Ok(())
    }

    #[test]
    fn every_message_id_is_in_the_english_lab_messages() {
        let ftl = include_str!("../../../locales/en/lab.ftl");
        for code in LabErrorCode::ALL {
            assert!(ftl.contains(&format!("\n{} = ", code.message_id())), "{} is missing", code.message_id());
        }
    }

    #[test]
    fn message_args_name_the_file_and_the_figures() {
        let e = Error::ModelMissing { path: PathBuf::from("models").join("m.gguf") };
        assert_eq!(
            e.message_args(),
            vec![("folder", MessageValue::Text("models".into())), ("file", MessageValue::Text("m.gguf".into()))]
        );
        let e = Error::TooFewDrawings { class: "cat".into(), index: 0, count: 2, needed: 5 };
        assert_eq!(e.code(), LabErrorCode::TooFewDrawings);
        assert_eq!(
            e.message_args(),
            vec![
                ("class", MessageValue::Text("cat".into())),
                ("count", MessageValue::Number(2.0)),
                ("needed", MessageValue::Number(5.0)),
            ]
        );
        assert!(Error::Cancelled.message_args().is_empty());
    }
}
