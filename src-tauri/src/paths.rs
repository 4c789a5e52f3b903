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

/// The folder Tauri's bundler names the package's resource folder after (`productName`).
const PRODUCT_NAME: &str = "Klar";

/// Where an installed Klar keeps what it ships with (lessons, models, licences), in order: the
/// executable's own folder (a portable copy), then the package's resource folder — for
/// `/usr/bin/klar` that is `/usr/lib/Klar`, as Tauri's bundler lays out a .deb (named after the
/// product; `/usr/lib/klar` after the executable is looked at too).
pub fn installed_dirs() -> Vec<PathBuf> {
    let Ok(exe) = std::env::current_exe() else { return Vec::new() };
    let Some(dir) = exe.parent() else { return Vec::new() };
    let mut dirs = vec![dir.to_path_buf()];
    if let Some(prefix) = dir.parent() {
        dirs.push(prefix.join("lib").join(PRODUCT_NAME));
        if let Some(name) = exe.file_stem().filter(|n| *n != PRODUCT_NAME) {
            dirs.push(prefix.join("lib").join(name));
        }
    }
    dirs
}

/// The `lessons/` folder: `KLAR_LESSONS_DIR`, else the installed one (see `installed_dirs`); a
/// development build falls back to the source tree.
pub fn lessons_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("KLAR_LESSONS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    let installed: Vec<PathBuf> = installed_dirs().into_iter().map(|d| d.join("lessons")).collect();
    if let Some(found) = installed.iter().find(|d| d.join("course.toml").is_file()) {
        return found.clone();
    }
    match source_tree() {
        Some(tree) => tree.join("lessons"),
        // A release build never looks in the folder it was built in: that folder may not be the
        // installer's to trust. Without installed lessons, it explains that none were found.
        None => installed.into_iter().next().unwrap_or_else(|| PathBuf::from("lessons")),
    }
}

/// Where the lab looks for model files, in order: `KLAR_MODELS_DIR` alone if set; else the
/// data folder's `models/` (where a teacher copies a stronger model) and the installed `models/`
/// (see `installed_dirs`); a development build also looks in the source tree's `models/` (where
/// `cargo xtask fetch-models` puts it).
pub fn model_folders(data_dir: &std::path::Path) -> Vec<PathBuf> {
    if let Some(d) = std::env::var_os("KLAR_MODELS_DIR").filter(|d| !d.is_empty()) {
        return vec![PathBuf::from(d)];
    }
    let mut folders = vec![data_dir.join("models")];
    folders.extend(installed_dirs().into_iter().map(|d| d.join("models")));
    folders.extend(source_tree().map(|tree| tree.join("models")));
    folders
}

/// The repository this binary was built from, for development builds only. A release build does
/// not even carry the path: it must not load lessons or models that someone else could plant in
/// the folder it was built in.
#[cfg(debug_assertions)]
fn source_tree() -> Option<PathBuf> {
    Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))
}

#[cfg(not(debug_assertions))]
fn source_tree() -> Option<PathBuf> {
    None
}

/// The language the OS asks for, as a raw tag ("de_DE.UTF-8" and the like).
pub fn os_locale() -> String {
    ["KLAR_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .unwrap_or_else(|| "en".into())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn only_a_development_build_looks_in_the_source_tree() {
        if std::env::var_os("KLAR_MODELS_DIR").is_some_and(|d| !d.is_empty()) {
            return; // the override replaces every folder; nothing to check here
        }
        let tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let folders = super::model_folders(Path::new("data"));
        assert_eq!(folders.iter().any(|f| f.starts_with(&tree)), cfg!(debug_assertions), "{folders:?}");
        if std::env::var_os("KLAR_LESSONS_DIR").is_none() {
            let lessons = super::lessons_dir();
            let beside_exe = std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.join("lessons")));
            assert!(cfg!(debug_assertions) || Some(&lessons) == beside_exe.as_ref(), "{lessons:?}");
        }
    }

    #[test]
    fn a_packaged_klar_finds_its_resources_in_lib_beside_bin() {
        // /usr/bin/klar → /usr/lib/Klar, as Tauri's .deb lays it out (named after the product).
        let exe = std::env::current_exe().unwrap_or_default();
        let dirs = super::installed_dirs();
        let (Some(bin), Some(stem)) = (exe.parent(), exe.file_stem()) else { return };
        assert_eq!(dirs.first().map(|d| d.as_path()), Some(bin));
        assert_eq!(dirs.get(1), bin.parent().map(|p| p.join("lib").join("Klar")).as_ref(), "{dirs:?}");
        assert_eq!(dirs.get(2), bin.parent().map(|p| p.join("lib").join(stem)).as_ref(), "{dirs:?}");
        let folders = super::model_folders(Path::new("data"));
        if std::env::var_os("KLAR_MODELS_DIR").is_none() {
            assert!(folders.contains(&dirs[1].join("models")), "{folders:?}");
        }
    }
}
