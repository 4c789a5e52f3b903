//! Where Klar keeps its data and finds its lessons, and which language the OS prefers.

use std::path::PathBuf;

const APP_ID: &str = "org.klar.desktop";

/// The OS's local (not roaming) app-data folder for Klar; `KLAR_DATA_DIR` overrides it
/// (tests, portable installs).
pub fn data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("KLAR_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    let base = if cfg!(windows) {
        std::env::var_os("LOCALAPPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Library/Application Support"))
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
    };
    base.unwrap_or_else(std::env::temp_dir).join(APP_ID)
}

/// The `lessons/` folder: `KLAR_LESSONS_DIR`, else next to the executable, else the source tree.
pub fn lessons_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("KLAR_LESSONS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(beside) = std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.join("lessons"))) {
        if beside.join("course.toml").is_file() {
            return beside;
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../lessons")
}

/// Where the lab looks for model files, in order: `KLAR_MODELS_DIR` alone if set; else the
/// data folder's `models/` (where a teacher copies a stronger model), `models/` next to the
/// executable, and the source tree's `models/` (where `cargo xtask fetch-models` puts it).
pub fn model_folders(data_dir: &std::path::Path) -> Vec<PathBuf> {
    if let Some(d) = std::env::var_os("KLAR_MODELS_DIR").filter(|d| !d.is_empty()) {
        return vec![PathBuf::from(d)];
    }
    let mut folders = vec![data_dir.join("models")];
    if let Some(beside) = std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.join("models"))) {
        folders.push(beside);
    }
    folders.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models"));
    folders
}

/// The language the OS asks for, as a raw tag ("de_DE.UTF-8" and the like).
pub fn os_locale() -> String {
    ["KLAR_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .unwrap_or_else(|| "en".into())
}
