//! Where model files are found: KLAR_MODELS_DIR if set; else the installed `models/` folder (next
//! to the `klar-lab` binary, as the package puts it in /usr/lib/Klar); a development build falls
//! back to the repository's models/ folder. And the name of the default model (models/manifest.toml).

use std::path::PathBuf;

/// File name of the default model (see models/manifest.toml).
pub const DEFAULT_MODEL_FILE: &str = "SmolLM2-135M-Instruct.Q4_1.gguf";
/// File name of the multilingual model (see models/manifest.toml): optional; when present, the
/// demos that continue or score text use it.
pub const MULTILINGUAL_MODEL_FILE: &str = "gemma-3-270m-q4_k_m.gguf";

/// The models folder.
pub fn models_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("KLAR_MODELS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    let installed = std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.join("models")));
    match (installed, source_tree_models()) {
        (Some(dir), _) if dir.is_dir() => dir,
        (_, Some(tree)) => tree,
        (Some(dir), None) => dir,
        (None, None) => PathBuf::from("models"),
    }
}

/// The repository's models/ folder, for development builds only: a release build carries no path
/// of the machine it was built on.
#[cfg(debug_assertions)]
fn source_tree_models() -> Option<PathBuf> {
    Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models"))
}

#[cfg(not(debug_assertions))]
fn source_tree_models() -> Option<PathBuf> {
    None
}

/// Path of the default model.
pub fn default_model() -> PathBuf {
    models_dir().join(DEFAULT_MODEL_FILE)
}
