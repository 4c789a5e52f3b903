//! "About Klar": the version, the build date and the licences of everything inside the app. The
//! licence list is made at build time (`cargo xtask package`, `cargo xtask run`) from what the app
//! really contains and lies beside the installed app in `licences/licences.json`.

use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// One third-party package (a Rust crate or an npm package) inside the app.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PackageLicence {
    pub name: String,
    pub version: String,
    /// The licence expression the package declares (SPDX, e.g. "MIT OR Apache-2.0").
    pub licence: String,
    /// Indexes into `Licences::texts`: the package's own licence and notice files.
    pub texts: Vec<u32>,
}

/// A language model shipped with the app and its licence.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ModelLicence {
    pub name: String,
    pub licence: String,
    pub texts: Vec<u32>,
}

/// Everything `licences.json` holds; each distinct licence text once.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Licences {
    pub crates: Vec<PackageLicence>,
    pub npm: Vec<PackageLicence>,
    pub models: Vec<ModelLicence>,
    pub texts: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AboutView {
    pub version: String,
    /// The day the build's sources were committed (YYYY-MM-DD).
    pub build_date: String,
    /// None when this build has no licence list beside it (a plain `cargo build`).
    pub licences: Option<Licences>,
    /// Names of the models whose licence is listed but whose file is not on this PC.
    pub missing_models: Vec<String>,
}

/// The licence list in the first of `dirs` that has one; a broken file counts as none.
pub fn read_licences(dirs: &[std::path::PathBuf]) -> Option<Licences> {
    dirs.iter().map(|d| d.join("licences").join("licences.json")).find(|p| p.is_file()).and_then(|p| read_file(&p))
}

fn read_file(path: &Path) -> Option<Licences> {
    let text = std::fs::read_to_string(path).map_err(|e| tracing::warn!("cannot read {}: {e}", path.display())).ok()?;
    serde_json::from_str(&text).map_err(|e| tracing::warn!("{} is not a licence list: {e}", path.display())).ok()
}

pub fn about() -> AboutView {
    AboutView {
        version: env!("CARGO_PKG_VERSION").to_string(),
        build_date: env!("KLAR_BUILD_DATE").to_string(),
        licences: read_licences(&crate::paths::installed_dirs()),
        missing_models: missing_models(&crate::paths::model_folders(&crate::paths::data_dir())),
    }
}

/// The manifest's models whose file (of the right size) is in none of `folders`.
fn missing_models(folders: &[std::path::PathBuf]) -> Vec<String> {
    klar_lab::cards::cards(folders).into_iter().filter(|c| !c.installed).map(|c| c.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_licence_list_beside_the_app_is_read_and_a_broken_one_is_none() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        assert!(read_licences(&[dir.path().to_path_buf()]).is_none());
        std::fs::create_dir_all(dir.path().join("licences"))?;
        let file = dir.path().join("licences/licences.json");
        std::fs::write(&file, r#"{"crates":[{"name":"serde","version":"1.0.0","licence":"MIT OR Apache-2.0","texts":[0]}],"npm":[],"models":[{"name":"SmolLM2","licence":"Apache-2.0","texts":[0]}],"texts":["MIT text"]}"#)?;
        let read = read_licences(&[dir.path().join("missing"), dir.path().to_path_buf()]).ok_or("not read")?;
        assert_eq!(read.crates[0].name, "serde");
        assert_eq!(read.texts[read.models[0].texts[0] as usize], "MIT text");
        std::fs::write(&file, "{ not json")?;
        assert!(read_licences(&[dir.path().to_path_buf()]).is_none());
        Ok(())
    }

    #[test]
    fn a_model_without_its_file_is_named_missing() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        assert_eq!(missing_models(&[dir.path().to_path_buf()]), ["SmolLM2-135M-Instruct", "Gemma-3-270M"]);
        let smol = klar_lab::cards::cards(&[]).into_iter().next().ok_or("no card")?;
        std::fs::File::create(dir.path().join(&smol.file))?.set_len(smol.file_bytes)?;
        assert_eq!(missing_models(&[dir.path().to_path_buf()]), ["Gemma-3-270M"]);
        Ok(())
    }

    #[test]
    fn the_build_date_is_a_day() {
        let d = about().build_date;
        assert_eq!(d.len(), 10, "{d}");
        assert!(d.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() }), "{d}");
    }
}
