//! The licence list of the About page, made at build time from what is really in the app: every
//! third-party Rust crate the `klar` binary links (from `cargo metadata`, normal dependencies only)
//! and every npm package whose code the interface bundle contains (recorded by the bundler in
//! `ui/dist/bundled-packages.json`), each with its licence expression and its licence files, plus
//! the models' and the fonts' licences. Written as one `licences.json`.

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// File names (upper-cased) that hold a licence or a notice the licence asks to pass on.
fn is_licence_file(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    ["LICENSE", "LICENCE", "COPYING", "NOTICE", "UNLICENSE", "COPYRIGHT"].iter().any(|p| upper.starts_with(p))
}

/// Licence texts are shared by many packages; each distinct text is stored once.
#[derive(Default)]
struct Texts {
    all: Vec<String>,
    index: BTreeMap<String, usize>,
}

impl Texts {
    fn add(&mut self, text: String) -> usize {
        if let Some(&i) = self.index.get(&text) {
            return i;
        }
        self.all.push(text.clone());
        self.index.insert(text, self.all.len() - 1);
        self.all.len() - 1
    }

    /// The licence files in `dir`, as indexes into the shared texts.
    fn add_dir(&mut self, dir: &Path) -> Vec<usize> {
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.file_name().is_some_and(|n| is_licence_file(&n.to_string_lossy())))
            .collect();
        files.sort();
        files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).map(|t| self.add(t)).collect()
    }
}

/// The third-party crates linked into the `klar` binary (build-only and test-only crates are not in the app).
fn crates(texts: &mut Texts) -> Result<Vec<Value>, String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--format-version", "1", "--locked", "--filter-platform", "x86_64-unknown-linux-gnu", "--manifest-path"])
        .arg(crate::repo_root().join("Cargo.toml"))
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let meta: Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata gave no JSON: {e}"))?;
    let members: BTreeSet<&str> = meta["workspace_members"].as_array().into_iter().flatten().filter_map(|m| m.as_str()).collect();
    let packages: BTreeMap<&str, &Value> =
        meta["packages"].as_array().into_iter().flatten().filter_map(|p| Some((p["id"].as_str()?, p))).collect();
    let nodes: BTreeMap<&str, &Value> =
        meta["resolve"]["nodes"].as_array().into_iter().flatten().filter_map(|n| Some((n["id"].as_str()?, n))).collect();
    let app = packages.values().find(|p| p["name"] == "klar" && members.contains(p["id"].as_str().unwrap_or(""))).ok_or("cargo metadata has no klar package")?;

    // Walk normal dependencies only, from the app. A proc-macro runs in the compiler and leaves
    // no code in the app, so neither it nor what only it uses is listed.
    let is_proc_macro = |id: &str| {
        packages.get(id).is_some_and(|p| {
            p["targets"].as_array().into_iter().flatten().any(|t| t["kind"].as_array().is_some_and(|k| k.iter().any(|k| k == "proc-macro")))
        })
    };
    let mut seen = BTreeSet::new();
    let mut todo = vec![app["id"].as_str().unwrap_or("")];
    while let Some(id) = todo.pop() {
        if is_proc_macro(id) || !seen.insert(id) {
            continue;
        }
        let Some(node) = nodes.get(id) else { continue };
        for dep in node["deps"].as_array().into_iter().flatten() {
            let normal = dep["dep_kinds"].as_array().into_iter().flatten().any(|k| k["kind"].is_null());
            if normal {
                if let Some(pkg) = dep["pkg"].as_str() {
                    todo.push(pkg);
                }
            }
        }
    }
    let mut list = Vec::new();
    for id in seen.iter().filter(|id| !members.contains(*id)) {
        let Some(p) = packages.get(id) else { continue };
        let dir = p["manifest_path"].as_str().map(Path::new).and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
        list.push(json!({
            "name": p["name"],
            "version": p["version"],
            "licence": p["license"].as_str().unwrap_or("see its licence file"),
            "texts": texts.add_dir(&dir),
        }));
    }
    list.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    Ok(list)
}

/// The npm packages whose code is inside the built interface.
fn npm_packages(texts: &mut Texts) -> Result<Vec<Value>, String> {
    let ui = crate::repo_root().join("ui");
    let record = ui.join("dist/bundled-packages.json");
    let text = std::fs::read_to_string(&record).map_err(|e| format!("cannot read {} (build the interface first): {e}", record.display()))?;
    let names: Vec<String> = serde_json::from_str(&text).map_err(|e| format!("{} is invalid: {e}", record.display()))?;
    let mut list = Vec::new();
    for name in names {
        let dir = ui.join("node_modules").join(&name);
        let manifest: Value = std::fs::read_to_string(dir.join("package.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .ok_or_else(|| format!("node_modules/{name}/package.json is missing"))?;
        list.push(json!({
            "name": name,
            "version": manifest["version"],
            "licence": manifest["license"].as_str().unwrap_or("see its licence file"),
            "texts": texts.add_dir(&dir),
        }));
    }
    Ok(list)
}

/// The models' licences, from models/manifest.toml and the texts in models/licences/.
fn models(texts: &mut Texts) -> Result<Vec<Value>, String> {
    let dir = crate::repo_root().join("models");
    let manifest: toml::Table = std::fs::read_to_string(dir.join("manifest.toml"))
        .map_err(|e| format!("cannot read models/manifest.toml: {e}"))
        .and_then(|t| toml::from_str(&t).map_err(|e| format!("models/manifest.toml is invalid: {e}")))?;
    let mut list = Vec::new();
    for m in manifest.get("model").and_then(|m| m.as_array()).into_iter().flatten() {
        let name = m.get("name").and_then(|v| v.as_str()).unwrap_or_default();
        let licence_file = m.get("licence_file").and_then(|v| v.as_str()).ok_or_else(|| format!("model {name} names no licence_file"))?;
        let text = std::fs::read_to_string(dir.join(licence_file)).map_err(|e| format!("models/{licence_file}: {e}"))?;
        list.push(json!({
            "name": name,
            "licence": m.get("licence").and_then(|v| v.as_str()).unwrap_or_default(),
            "texts": [texts.add(text)],
        }));
    }
    Ok(list)
}

/// Writes `licences.json` into `out_dir` and returns the folder.
pub fn write(out_dir: &Path) -> Result<PathBuf, String> {
    let mut texts = Texts::default();
    let doc = json!({
        "crates": crates(&mut texts)?,
        "npm": npm_packages(&mut texts)?,
        "models": models(&mut texts)?,
        "texts": texts.all,
    });
    std::fs::create_dir_all(out_dir).map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let file = out_dir.join("licences.json");
    std::fs::write(&file, doc.to_string()).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    println!(
        "licences: {} crates, {} npm packages, {} models, {} distinct texts",
        doc["crates"].as_array().map_or(0, Vec::len),
        doc["npm"].as_array().map_or(0, Vec::len),
        doc["models"].as_array().map_or(0, Vec::len),
        doc["texts"].as_array().map_or(0, Vec::len)
    );
    Ok(out_dir.to_path_buf())
}

#[cfg(test)]
mod tests {
    #[test]
    fn licence_files_are_recognised_by_name() {
        for n in ["LICENSE", "LICENSE-MIT", "license.txt", "COPYING", "NOTICE", "LICENCE.md", "UNLICENSE"] {
            assert!(super::is_licence_file(n), "{n}");
        }
        for n in ["README.md", "Cargo.toml", "lib.rs"] {
            assert!(!super::is_licence_file(n), "{n}");
        }
    }

    #[test]
    fn a_shared_text_is_stored_once() {
        let mut t = super::Texts::default();
        let a = t.add("MIT text".into());
        let b = t.add("Apache text".into());
        assert_eq!(t.add("MIT text".into()), a);
        assert_ne!(a, b);
        assert_eq!(t.all.len(), 2);
    }

    /// The real list for this workspace: the app's crates, never build tools or test crates.
    #[test]
    fn the_crate_list_holds_what_the_app_links_and_not_test_tools() -> Result<(), String> {
        let mut texts = super::Texts::default();
        let crates = super::crates(&mut texts)?;
        let names: Vec<&str> = crates.iter().filter_map(|c| c["name"].as_str()).collect();
        for linked in ["rusqlite", "tauri", "serde"] {
            assert!(names.contains(&linked), "{linked} missing from {names:?}");
        }
        for tool in ["proptest", "tauri-build", "klar-core", "syn", "serde_derive"] {
            assert!(!names.contains(&tool), "{tool} is not in the app: {names:?}");
        }
        Ok(())
    }
}
