//! Klar's hands-on AI lab: small llama-architecture GGUF models run locally on the CPU
//! ([`Engine`]: `engine/`, `model/`, `gguf/`, `kernels`, `tokenizer`, `sampling`, `chat`), a tiny
//! drawing [`Classifier`] trained live (`classifier/`), and the logic of every demo (`demos/`, the
//! privacy highlighter included), which the app's lab worker reaches through the [`workbench`].
//! The desktop shell and the `klar-lab` CLI (`bench` backs its benchmark) call it; nothing here
//! touches the network.

pub mod bench;
pub mod cards;
pub mod chat;
pub mod classifier;
pub mod demos;
pub mod engine;
pub mod error;
pub mod gguf;
pub mod kernels;
pub mod model;
pub mod paths;
pub mod sampling;
pub mod system;
pub mod tokenizer;
pub mod workbench;

pub use bench::BenchReport;
pub use chat::{Chat, Message, Role};
pub use classifier::{Classifier, TrainOptions, TrainProgress, TrainReport};
pub use engine::{
    Engine, EngineOptions, GenerateParams, Generation, MonotonicStopwatch, Perplexity, StopReason,
    Stopwatch, TokenProb, TokenStep, TopK, Tokenized,
};
pub use error::{Error, LabErrorCode, MessageValue, Result};
pub use sampling::Sampling;
