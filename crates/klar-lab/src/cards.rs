//! Model cards: what the Lab tells a learner about each model Klar can run, and whether its file is
//! here. The facts live in `models/cards/<name>.toml` and `models/manifest.toml`, compiled into the
//! program so an installed Klar always has them; the prose is in `locales/<locale>/models.ftl`.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

const MANIFEST: &str = include_str!("../../../models/manifest.toml");

/// One card per manifest model, by model name (a test checks that none is missing).
const CARD_FILES: &[&str] = &[
    include_str!("../../../models/cards/SmolLM2-135M-Instruct.toml"),
    include_str!("../../../models/cards/Gemma-3-270M.toml"),
];

/// The card's words in models.ftl: `models-<key>-<part>` for every card ...
pub const CARD_TEXTS: &[&str] = &["about", "languages", "weak", "data", "copy", "why-text"];
/// ... and this one too for a model trained to follow instructions (it answers the chat demos).
pub const INSTRUCT_TEXT: &str = "why-instruct";

/// What the manifest says about a model (only what a card shows).
#[derive(Debug, Deserialize)]
struct ManifestModel {
    name: String,
    file: String,
    sha256: String,
    size: u64,
    licence: String,
    #[serde(default)]
    default: bool,
}

#[derive(Debug, Deserialize)]
struct Manifest {
    model: Vec<ManifestModel>,
}

/// A card file: every field is required, so a card cannot silently lack one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CardFile {
    name: String,
    key: String,
    maker: String,
    released: String,
    parameters_millions: u32,
    quantization: String,
    context_tokens: u32,
    training_tokens_billions: u32,
    /// "YYYY-MM", or "unknown" where the makers have not published it.
    data_cutoff: String,
    languages: Vec<String>,
    instruction_tuned: bool,
    upstream: String,
    copy_source: String,
    reference_checked: bool,
}

/// A model card as the Lab shows it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct ModelCard {
    /// Prefix of the card's strings in models.ftl (`models-<key>-about`, …).
    pub key: String,
    pub name: String,
    pub file: String,
    pub maker: String,
    /// Year and month of release, "YYYY-MM".
    pub released: String,
    pub parameters_millions: u32,
    #[ts(type = "number")]
    pub file_bytes: u64,
    pub quantization: String,
    pub context_tokens: u32,
    pub training_tokens_billions: u32,
    /// "YYYY-MM"; None where the makers have not said.
    pub data_cutoff: Option<String>,
    /// The languages Klar offers that the model writes (BCP 47 tags).
    pub languages: Vec<String>,
    pub instruction_tuned: bool,
    pub licence: String,
    /// The original model, as its makers publish it.
    pub upstream: String,
    /// Where Klar's copy of the file comes from.
    pub copy_source: String,
    pub sha256: String,
    /// Klar's tests compare the file's behaviour with llama.cpp's reference outputs.
    pub reference_checked: bool,
    /// The model Klar uses when the learner has not put another one in place.
    pub default: bool,
    /// Its file is in one of the model folders, with the size the manifest names.
    pub installed: bool,
}

/// Every model of the manifest that has a card, in manifest order, each marked installed when its
/// file (of the right size) is in one of `folders`. A broken card is left out and logged; the
/// tests keep that from ever shipping.
pub fn cards(folders: &[PathBuf]) -> Vec<ModelCard> {
    let manifest: Manifest = match toml::from_str(MANIFEST) {
        Ok(m) => m,
        Err(e) => {
            tracing::error!("models/manifest.toml is invalid: {e}");
            return Vec::new();
        }
    };
    let files: Vec<CardFile> = CARD_FILES
        .iter()
        .filter_map(|t| toml::from_str(t).map_err(|e| tracing::error!("a model card is invalid: {e}")).ok())
        .collect();
    manifest
        .model
        .into_iter()
        .filter_map(|m| {
            let card = files.iter().find(|c| c.name == m.name)?;
            let installed = folders
                .iter()
                .any(|f| std::fs::metadata(f.join(&m.file)).is_ok_and(|md| md.is_file() && md.len() == m.size));
            Some(ModelCard {
                key: card.key.clone(),
                name: m.name,
                file: m.file,
                maker: card.maker.clone(),
                released: card.released.clone(),
                parameters_millions: card.parameters_millions,
                file_bytes: m.size,
                quantization: card.quantization.clone(),
                context_tokens: card.context_tokens,
                training_tokens_billions: card.training_tokens_billions,
                data_cutoff: Some(card.data_cutoff.clone()).filter(|d| d != "unknown"),
                languages: card.languages.clone(),
                instruction_tuned: card.instruction_tuned,
                licence: m.licence,
                upstream: card.upstream.clone(),
                copy_source: card.copy_source.clone(),
                sha256: m.sha256,
                reference_checked: card.reference_checked,
                default: m.default,
                installed,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card_files() -> Result<Vec<CardFile>, toml::de::Error> {
        CARD_FILES.iter().map(|t| toml::from_str(t)).collect()
    }

    #[test]
    fn every_manifest_model_has_a_complete_card() -> Result<(), Box<dyn std::error::Error>> {
        let manifest: Manifest = toml::from_str(MANIFEST)?;
        // A missing or misspelt field fails here (every field is required, none unknown).
        let files = card_files()?;
        for m in &manifest.model {
            let card = files.iter().find(|c| c.name == m.name).ok_or(format!("{} has no card in models/cards/", m.name))?;
            for (field, value) in [("key", &card.key), ("maker", &card.maker), ("quantization", &card.quantization), ("upstream", &card.upstream), ("copy_source", &card.copy_source)] {
                assert!(!value.trim().is_empty(), "{}: {field} is empty", m.name);
            }
            let month = |s: &str| s.len() == 7 && s.as_bytes()[4] == b'-' && s.chars().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit());
            assert!(month(&card.released), "{}: released {:?} is not YYYY-MM", m.name, card.released);
            assert!(card.data_cutoff == "unknown" || month(&card.data_cutoff), "{}: data_cutoff {:?}", m.name, card.data_cutoff);
            assert!(card.parameters_millions > 0 && card.context_tokens > 0 && card.training_tokens_billions > 0, "{}", m.name);
            assert!(!card.languages.is_empty(), "{}: no languages", m.name);
        }
        assert_eq!(files.len(), manifest.model.len(), "a card for a model the manifest does not list");
        let keys: std::collections::BTreeSet<&str> = files.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys.len(), files.len(), "two cards share a key");
        Ok(())
    }

    #[test]
    fn every_locale_has_every_card_string() -> Result<(), Box<dyn std::error::Error>> {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut missing = Vec::new();
        let mut count = 0;
        for entry in std::fs::read_dir(&locales)? {
            let dir = entry?.path();
            if !dir.join("main.ftl").is_file() {
                continue;
            }
            count += 1;
            let text = std::fs::read_to_string(dir.join("models.ftl")).unwrap_or_default();
            let has = |id: &str| text.lines().any(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')));
            for card in card_files()? {
                let parts = CARD_TEXTS.iter().copied().chain(card.instruction_tuned.then_some(INSTRUCT_TEXT));
                for part in parts {
                    let id = format!("models-{}-{part}", card.key);
                    if !has(&id) {
                        missing.push(format!("{}: {id}", dir.display()));
                    }
                }
            }
        }
        assert!(count >= 7, "found only {count} locales in {}", locales.display());
        assert!(missing.is_empty(), "missing card strings:\n{}", missing.join("\n"));
        Ok(())
    }

    #[test]
    fn a_card_says_installed_only_when_the_file_of_the_right_size_is_there() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let none = cards(&[dir.path().to_path_buf()]);
        assert_eq!(none.len(), 2);
        assert!(none.iter().all(|c| !c.installed));
        let smol = &none[0];
        assert_eq!((smol.name.as_str(), smol.key.as_str(), smol.default), ("SmolLM2-135M-Instruct", "smollm2", true));
        assert_eq!(smol.file_bytes, 98362432);
        assert_eq!(smol.data_cutoff, None);
        assert_eq!(none[1].data_cutoff.as_deref(), Some("2024-08"));
        assert_eq!(none[1].licence, "Gemma Terms of Use");
        // A file of the wrong size (a broken download) is not the model.
        std::fs::write(dir.path().join(&smol.file), b"not a model")?;
        assert!(!cards(&[dir.path().to_path_buf()])[0].installed);
        let f = std::fs::File::create(dir.path().join(&smol.file))?;
        f.set_len(smol.file_bytes)?;
        let found = cards(&[PathBuf::from("missing"), dir.path().to_path_buf()]);
        assert!(found[0].installed && !found[1].installed);
        Ok(())
    }
}
