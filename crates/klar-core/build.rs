//! Embeds the Fluent files from `locales/` and turns every English message id into a constant,
//! so Rust code that names a missing message does not compile.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(&locales) {
        for dir in dirs.flatten() {
            let path = dir.path();
            if !path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let locale = dir.file_name().to_string_lossy().into_owned();
            for f in std::fs::read_dir(&path).into_iter().flatten().flatten() {
                let p = f.path();
                if p.extension().is_some_and(|e| e == "ftl") {
                    println!("cargo:rerun-if-changed={}", p.display());
                    files.push((locale.clone(), f.file_name().to_string_lossy().into_owned(), p));
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("/// (locale, file name, Fluent source) for every file under locales/.\npub static FTL_SOURCES: &[(&str, &str, &str)] = &[\n");
    for (loc, name, path) in &files {
        let _ = writeln!(out, "    ({loc:?}, {name:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n\n/// Every message id of the English template, as a constant.\npub mod ids {\n");
    let mut ids: Vec<String> = Vec::new();
    for (loc, _, path) in &files {
        if loc != "en" {
            continue;
        }
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let res = match fluent_syntax::parser::parse(src.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                println!("cargo:warning={} has {} Fluent syntax errors", path.display(), errs.len());
                r
            }
        };
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
    }
    ids.sort();
    ids.dedup();
    for id in &ids {
        let konst: String = id.chars().map(|c| if c == '-' { '_' } else { c.to_ascii_uppercase() }).collect();
        let _ = writeln!(out, "    pub const {konst}: &str = {id:?};");
    }
    out.push_str("}\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("ftl.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
