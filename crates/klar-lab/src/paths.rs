//! Where model files are found: KLAR_MODELS_DIR if set, else the repository's models/ folder,
//! and the name of the default model described in models/manifest.toml.

use std::path::PathBuf;

/// File name of the default model (see models/manifest.toml).
pub const DEFAULT_MODEL_FILE: &str = "SmolLM2-135M-Instruct.Q4_1.gguf";

/// The models folder.
pub fn models_dir() -> PathBuf {
    match std::env::var_os("KLAR_MODELS_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models"),
    }
}

/// Path of the default model.
pub fn default_model() -> PathBuf {
    models_dir().join(DEFAULT_MODEL_FILE)
}
